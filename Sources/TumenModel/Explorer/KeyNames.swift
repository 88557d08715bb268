import TumenData

/// The one key notation, written as vim writes keys: a plain character stands for
/// itself, special keys go in angle brackets (`<Enter>`, `<C-c>`, `<F1>`). Key
/// scripts (`tumen render --keys`), the help overlay, the README and the tests all
/// use this table, so a key is spelled the same way everywhere.
///
/// Names are case-insensitive when read (`<enter>`, `<ENTER>`) and written in the
/// canonical spelling below. Three characters need a name because the script
/// syntax gives them another meaning: `<lt>` for `<`, `<Space>` for a space
/// (unbracketed spaces only separate keys) and `<Hash>` for `#` (which starts a comment).
/// A control character that is not a key of its own is written `<U+0001>`.
public enum KeyNames {
    /// Bracketed names and their keys, canonical spelling first for each key.
    public static let named: [(name: String, key: Key)] = [
        ("Enter", .enter), ("CR", .enter), ("Return", .enter),
        ("Esc", .escape), ("Escape", .escape),
        ("Tab", .tab), ("S-Tab", .backTab),
        ("Space", .character(" ")),
        ("BS", .backspace), ("Backspace", .backspace),
        ("Del", .delete), ("Delete", .delete),
        ("Insert", .insert), ("Ins", .insert),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Home", .home), ("End", .end),
        ("PageUp", .pageUp), ("PageDown", .pageDown),
        ("lt", .character("<")), ("Hash", .character("#")), ("gt", .character(">")),
    ]

    /// The key a bracketed name stands for (without the brackets), or nil if the
    /// name means nothing: `Enter`, `s-tab`, `C-x`, `F12`, `Click 10,4`.
    public static func key(named name: String) -> Key? {
        let lowered = name.lowercased()
        if let entry = named.first(where: { $0.name.lowercased() == lowered }) { return entry.key }
        if lowered.hasPrefix("c-"), lowered.count == 3, let letter = lowered.last, letter.isASCII, letter.isLetter {
            return .control(letter)
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number),
            !lowered.dropFirst().hasPrefix("0"), !lowered.dropFirst().hasPrefix("+")
        {
            return .function(number)
        }
        if lowered.hasPrefix("u+") {
            // `U+0007`, or `U+06DC+0301` for a character of several code points.
            var text = String.UnicodeScalarView()
            for part in lowered.dropFirst(2).split(separator: "+", omittingEmptySubsequences: false) {
                guard part.count >= 4, let value = UInt32(part, radix: 16), let scalar = Unicode.Scalar(value) else {
                    return nil
                }
                text.append(scalar)
            }
            let string = String(text)
            return string.count == 1 ? .character(Character(string)) : nil
        }
        return mouse(named: lowered)
    }

    /// How a key is written in a script: `j`, `<Enter>`, `<C-c>`, `<lt>`.
    public static func notation(for key: Key) -> String {
        if case .character(let c) = key, !needsName(c) { return String(c) }
        return "<\(name(for: key))>"
    }

    /// The key's name without brackets, as the help overlay shows it: `j`, `Enter`, `C-c`.
    public static func name(for key: Key) -> String {
        if case .character(let c) = key, !needsName(c) { return String(c) }
        if let entry = named.first(where: { $0.key == key }) { return entry.name }
        if case .character(let c) = key {
            // Controls, and characters that would fuse with a neighbour: by code point.
            return "U+"
                + c.unicodeScalars.map { scalar in
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                }.joined(separator: "+")
        }
        switch key {
        case .character(let c): return String(c)
        case .control(let c): return "C-\(c)"
        case .function(let n): return "F\(n)"
        case .mouse(let event):
            let kind: String =
                switch event.kind {
                case .click: "Click"
                case .wheelUp: "WheelUp"
                case .wheelDown: "WheelDown"
                }
            return "\(kind) \(event.column),\(event.row)"
        default: return "\(key)"  // every other key has an entry in `named`
        }
    }

    /// Characters that cannot stand for themselves in a script, or would not be
    /// visible if they did (controls are sanitised elsewhere; here they get a name
    /// so a separator line never carries one).
    static func needsName(_ c: Character) -> Bool {
        c == "<" || c == " " || c == "#" || c.unicodeScalars.contains { $0.properties.generalCategory == .control }
            || fusesWithNeighbours(c)
    }

    /// A lone combining mark (or a joiner, or a prepended mark) written as itself would
    /// join the character or `>` beside it into one, and read back as a different key
    /// (found by fuzzing the notation). Such characters are written by code point.
    static func fusesWithNeighbours(_ c: Character) -> Bool {
        let text = String(c)
        return ("a" + text).count != 2 || (text + "a").count != 2 || (">" + text).count != 2 || (text + "<").count != 2
    }

    /// `click 10,4`, `wheelup 10,4`: 0-based column and row.
    static func mouse(named lowered: String) -> Key? {
        let parts = lowered.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { return nil }
        let kind: MouseEvent.Kind
        switch parts[0] {
        case "click": kind = .click
        case "wheelup": kind = .wheelUp
        case "wheeldown": kind = .wheelDown
        default: return nil
        }
        let numbers = parts[1].split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 2, let column = numbers[0], let row = numbers[1], column >= 0, row >= 0 else {
            return nil
        }
        return .mouse(MouseEvent(kind: kind, column: column, row: row))
    }
}
