import TumenData
import TumenModel

/// Screens as the bytes a terminal at the far end of an SSH connection needs: the ECMA-48
/// sequences every terminal an SSH client runs in understands (xterm, the Windows console,
/// macOS Terminal, PuTTY): cursor position, SGR colours and attributes, the alternate screen.
/// The first frame paints every cell; later frames repaint only the cells that changed since
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
    /// Empty when nothing changed. The glyphs to send are `Screen.changes(from:)`, the same
    /// diff the ncurses painter uses; the cursor is moved only where a run of them breaks.
    public func update(from old: Screen?, to new: Screen) -> String {
        let previous = old.flatMap { $0.size == new.size ? $0 : nil }
        var output = previous == nil ? "\u{1B}[0m\u{1B}[H\u{1B}[2J" : ""
        var current: Style?
        var cursor: (column: Int, row: Int)?
        for change in new.changes(from: previous) {
            if cursor?.row != change.row || cursor?.column != change.column {
                output += "\u{1B}[\(change.row + 1);\(change.column + 1)H"
            }
            if change.cell.style != current {
                output += ANSIWriter.sequence(for: change.cell.style)
                current = change.cell.style
            }
            output += text(of: change.cell, wide: change.isWide)
            cursor = (change.column + (change.isWide ? 2 : 1), change.row)
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

    private func text(of cell: Cell, wide: Bool) -> String {
        let shown = TextSanitizer.visible(cell.text)
        guard asciiOnly, !shown.unicodeScalars.allSatisfy(\.isASCII) else { return shown }
        return ASCIIFallback.text(shown, width: wide ? 2 : 1)
    }
}
