import TumenData
import TumenModel

/// Screens as the bytes a terminal at the far end of an SSH connection needs: the ECMA-48
/// sequences every terminal an SSH client runs in understands (xterm, the Windows console,
/// macOS Terminal, PuTTY): cursor position, SGR colours and attributes, the alternate screen.
/// The first frame paints every row; later frames repaint only the cells that changed since
/// the frame the client last received, so a slow client can skip frames and still get the
/// latest screen. Cell text is sanitised, so no dataset can send a control sequence.
public struct RemoteFrameEncoder: Sendable {
    /// Write ASCII only (the client's LANG is not UTF-8), keeping every cell's width.
    public var asciiOnly: Bool

    public init(asciiOnly: Bool = false) {
        self.asciiOnly = asciiOnly
    }

    /// Switches to the alternate screen and hides the cursor (the first update clears it).
    public static let start = "\u{1B}[?1049h\u{1B}[?25l"
    /// Puts the client's terminal back as it was: attributes off, cursor shown, main screen.
    public static let finish = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"

    /// The bytes that turn `old` (what the client shows; nil for nothing known) into `new`.
    /// Empty when nothing changed.
    public func update(from old: Screen?, to new: Screen) -> String {
        let previous = old.flatMap { $0.size == new.size ? $0 : nil }
        var output = previous == nil ? "\u{1B}[0m\u{1B}[H\u{1B}[2J" : ""
        var current: Style?
        for row in 0..<new.size.height {
            guard let span = Self.changedSpan(row: row, old: previous, new: new) else { continue }
            output += "\u{1B}[\(row + 1);\(span.lowerBound + 1)H"
            var column = span.lowerBound
            while column < span.upperBound {
                let cell = new[column, row]
                let wide = column + 1 < new.size.width && new[column + 1, row].isContinuation
                if cell.style != current {
                    output += ANSIWriter.sequence(for: cell.style)
                    current = cell.style
                }
                output += text(of: cell, wide: wide)
                column += wide ? 2 : 1
            }
        }
        if current != nil { output += ANSIWriter.reset }
        let cursorChanged =
            previous.map { $0.cursor?.column != new.cursor?.column || $0.cursor?.row != new.cursor?.row } ?? true
        if cursorChanged || !output.isEmpty {
            if let cursor = new.cursor, new.contains(column: cursor.column, row: cursor.row) {
                output += "\u{1B}[\(cursor.row + 1);\(cursor.column + 1)H\u{1B}[?25h"
            } else if cursorChanged {
                output += "\u{1B}[?25l"
            }
        }
        return output
    }

    /// The columns of `row` to repaint: from the first cell that differs to the last,
    /// widened so a wide character is always written whole. Nil when the row is the same.
    static func changedSpan(row: Int, old: Screen?, new: Screen) -> Range<Int>? {
        let width = new.size.width
        guard let old else { return width > 0 ? 0..<width : nil }
        var first: Int?
        var last = 0
        for column in 0..<width where old[column, row] != new[column, row] {
            if first == nil { first = column }
            last = column
        }
        guard var start = first else { return nil }
        if start > 0, new[start, row].isContinuation || old[start, row].isContinuation { start -= 1 }
        var end = last + 1
        if end < width, new[end, row].isContinuation || old[end, row].isContinuation { end += 1 }
        return start..<end
    }

    private func text(of cell: Cell, wide: Bool) -> String {
        if cell.isContinuation { return " " }
        let shown = TextSanitizer.visible(cell.text)
        guard asciiOnly, !shown.unicodeScalars.allSatisfy(\.isASCII) else { return shown }
        return ASCIIFallback.text(shown, width: wide ? 2 : 1)
    }
}
