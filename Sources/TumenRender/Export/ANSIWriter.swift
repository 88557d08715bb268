import TumenData
import TumenModel

/// A screen as text with ANSI colours (SGR sequences), for `tumen render --format ansi`
/// and `less -R`. Only SGR sequences are written, never cursor movement, and cell text
/// is sanitised, so no dataset can smuggle an escape sequence through.
public enum ANSIWriter {
    static let escape = "\u{1B}["
    static let reset = "\u{1B}[0m"

    public static func write(_ screen: Screen) -> String {
        var output = ""
        for row in 0..<screen.size.height {
            var cells: [Cell] = (0..<screen.size.width).map { screen[$0, row] }
            // Trailing blanks with no background or attribute add bytes and nothing else.
            while let last = cells.last, last.text == " " || last.isContinuation,
                last.style.background == .terminalDefault, !last.style.attributes.contains(.reverse),
                !last.style.attributes.contains(.underline)
            {
                cells.removeLast()
            }
            var current = Style.plain
            for cell in cells where !cell.isContinuation {
                if cell.style != current {
                    output += sequence(for: cell.style)
                    current = cell.style
                }
                output += TextSanitizer.visible(cell.text)
            }
            if current != .plain { output += reset }
            output += "\n"
        }
        return output
    }

    /// One SGR sequence that sets a style from scratch (it starts with a reset).
    static func sequence(for style: Style) -> String {
        var codes = ["0"]
        let attributes: [(Attributes, String)] = [
            (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7"),
        ]
        for (attribute, code) in attributes where style.attributes.contains(attribute) { codes.append(code) }
        if let code = colorCode(style.foreground, base: 30) { codes.append(code) }
        if let code = colorCode(style.background, base: 40) { codes.append(code) }
        return escape + codes.joined(separator: ";") + "m"
    }

    /// 30–37 / 90–97 for foregrounds, 40–47 / 100–107 for backgrounds; nil for the default.
    static func colorCode(_ color: Color, base: Int) -> String? {
        guard color != .terminalDefault else { return nil }
        let index = Int(color.rawValue)
        return index < 8 ? String(base + index) : String(base + 60 + index - 8)
    }
}
