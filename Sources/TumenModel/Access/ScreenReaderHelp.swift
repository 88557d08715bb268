import FoundationEssentials
import TumenData

/// `?` in the screen-reader mode: the key table read as a list, one key a line, grouped
/// as the help overlay groups it. It comes from `KeyBindings.commands`, the table that
/// dispatches keys, so what is read is what the keys do.
public enum ScreenReaderHelp {
    public static func lines() -> [String] {
        let sections = KeyBindings.explorerContexts.compactMap { context, title -> (String, [Command])? in
            let commands = KeyBindings.commands.filter { $0.context == context }
            return commands.isEmpty ? nil : (title, commands)
        }
        let count = sections.reduce(0) { $0 + $1.1.count }
        var out = ["Help: \(count) commands in \(sections.count) groups. Any key closes help, q quits."]
        for (title, commands) in sections {
            out.append(Spoken.line(title) + ":")
            for command in commands {
                out.append(
                    Spoken.sentence("\(Spoken.list(command.keys.map(spokenName), conjunction: "or")): \(command.help)"))
            }
        }
        out.append(
            "In this mode, Enter reads an event's details, ] and [ read the route stage by stage, "
                + "and w in the map view reads the map in words.")
        return out
    }

    /// A key as a person says it: "j", "Down", "Ctrl-C", "Space", "F1".
    public static func spokenName(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .control(let letter): return "Ctrl-" + letter.uppercased()
        case .pageUp: return "Page Up"
        case .pageDown: return "Page Down"
        case .escape: return "Esc"
        default: return KeyNames.name(for: key)
        }
    }
}
