import TumenRender

/// A screen's styles as readable text, the second layer of a screen golden, so that a
/// colour or attribute bug fails a golden even when the text is right:
///
///     aaaabbbbbbbbaaaa          one letter per cell (a wide character's two cells
///     aaaaaaaaaaaaaaaa          have one each), one line per row
///     a = black on brightWhite
///     b = black on brightWhite bold underline
///     cursor = column 12, row 3 (only when the screen shows a cursor)
///
/// Letters go to styles in order of first appearance, reading row by row. The presenter's
/// goldens hold this same layer after a `---- styles` line in the text file.
public enum StyleLayer {
    /// Enough symbols for any screen Tumen draws; past them the last is reused.
    static let symbols = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    public static func text(of screen: Screen) -> String {
        var letters: [Style: Character] = [:]
        var order: [Style] = []
        var rows: [String] = []
        for row in 0..<screen.size.height {
            var line = ""
            for column in 0..<screen.size.width {
                let style = screen[column, row].style
                if letters[style] == nil {
                    letters[style] = symbols[min(order.count, symbols.count - 1)]
                    order.append(style)
                }
                line.append(letters[style]!)
            }
            rows.append(line)
        }
        var lines = rows + order.map { "\(letters[$0]!) = \(describe($0))" }
        if let cursor = screen.cursor { lines.append("cursor = column \(cursor.column), row \(cursor.row)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "black on brightWhite bold": the colours by name, then the attributes.
    public static func describe(_ style: Style) -> String {
        var parts = ["\(style.foreground) on \(style.background)"]
        let names: [(Attributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.underline, "underline"),
            (.reverse, "reverse"), (.italic, "italic"),
        ]
        for (attribute, name) in names where style.attributes.contains(attribute) { parts.append(name) }
        return parts.joined(separator: " ")
    }
}
