import TumenData

/// The command table grouped for people: the help overlay and the README's key table
/// both come from here, so they list exactly the keys that dispatch.
public struct HelpSection: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// Key names in the README notation: `j <Down>`, `<C-c>`.
        public var keys: String
        public var text: String
    }

    public var title: String
    public var entries: [Entry]
}

extension KeyBindings {
    /// The explorer's contexts in the order help shows them (presenter keys have their own help).
    public static let explorerContexts: [(Command.Context, String)] = [
        (.everywhere, "Timeline and everywhere"),
        (.timeline, "Timeline"),
        (.filterMenu, "Filter menu (f)"),
        (.map, "Map view (m)"),
    ]

    public static var helpSections: [HelpSection] {
        explorerContexts.compactMap { context, title in
            let entries = commands.filter { $0.context == context }.map { command in
                HelpSection.Entry(
                    keys: command.keys.map(KeyNames.notation(for:)).joined(separator: " "), text: command.help)
            }
            return entries.isEmpty ? nil : HelpSection(title: title, entries: entries)
        }
    }

    /// What the mouse does, where the terminal reports it (not a table key: it carries a position).
    public static let mouseHelp =
        "click an event in the list to select it; the wheel moves through events or scrolls the detail pane"

    /// The README's "### Keys" table, generated; a test checks the README holds exactly this.
    public static var markdownKeyTable: String {
        var lines: [String] = []
        for section in helpSections {
            lines.append("**\(section.title)**")
            lines.append("")
            lines.append("| Key | Does |")
            lines.append("| --- | --- |")
            for entry in section.entries {
                let keys = entry.keys.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
                lines.append("| \(keys) | \(entry.text) |")
            }
            lines.append("")
        }
        lines.append("Mouse: \(mouseHelp).")
        return lines.joined(separator: "\n")
    }
}
