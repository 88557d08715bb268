import CNcursesw
import TumenData
import TumenModel
import TumenRender

/// Paints screens into ncurses, sending only the glyphs `Screen.changes(from:)` finds
/// changed since the last one painted (ncurses then sends only what differs on the
/// terminal). A wide character is painted once, from its first cell.
final class Painter {
    private let colors: ColorPairs
    private var last: Screen?
    /// Outside a UTF-8 locale ncurses shows non-ASCII characters as blanks: send each
    /// cell's ASCII form instead (`ASCIIFallback`).
    private let asciiOnly: Bool

    init(colors: ColorPairs, asciiOnly: Bool = false) {
        self.colors = colors
        self.asciiOnly = asciiOnly
    }

    /// Forget what is on the terminal (after a resize): the next paint sends everything.
    func invalidate() {
        last = nil
    }

    func paint(_ screen: Screen) {
        let previous = last.flatMap { $0.size == screen.size ? $0 : nil }
        if previous == nil { werase(tumen_stdscr()) }
        // The screen may be larger than the terminal for a moment (a resize not yet read).
        let rows = min(screen.size.height, Int(tumen_lines()))
        let columns = min(screen.size.width, Int(tumen_cols()))
        // Right after werase every cell already holds a plain blank: on a first paint the
        // blanks need no call (a third of a 120x40 frame's painting time), when plain is
        // what werase leaves (no attributes, colour pair 0).
        let skipsPlainBlanks = previous == nil && colors.attributes(for: .plain) == (tumen_a_normal(), 0)
        for change in screen.changes(from: previous) where change.row < rows && change.column < columns {
            if skipsPlainBlanks, change.cell == .blank { continue }
            // A wide character that no longer fits the terminal's last column becomes a space.
            let cut = change.isWide && change.column + 1 >= columns
            let shown = cut ? Cell(" ", style: change.cell.style) : change.cell
            if asciiOnly, !shown.text.unicodeScalars.allSatisfy(\.isASCII) {
                // Same width in ASCII: a wide character becomes two cells' worth.
                let text = ASCIIFallback.text(shown.text, width: change.isWide ? 2 : 1)
                for (offset, character) in text.enumerated() {
                    draw(Cell(String(character), style: shown.style), column: change.column + offset, row: change.row)
                }
            } else {
                draw(shown, column: change.column, row: change.row)
            }
        }
        if let cursor = screen.cursor, cursor.row < rows, cursor.column < columns {
            wmove(tumen_stdscr(), Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(tumen_stdscr())
        last = screen
    }

    private func draw(_ cell: Cell, column: Int, row: Int) {
        let (attributes, pair) = colors.attributes(for: cell.style)
        // Screen.put has already replaced control characters; a cell holds one grapheme,
        // of which ncurses takes up to four scalars (five with the terminating zero).
        var cchar = cchar_t()
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 5) { characters in
            var count = 0
            for scalar in cell.text.unicodeScalars.prefix(4) {
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 {
                characters[0] = 32
                count = 1
            }
            characters[count] = 0
            _ = setcchar(&cchar, characters.baseAddress, attributes, pair, nil)
        }
        mvwadd_wch(tumen_stdscr(), Int32(row), Int32(column), &cchar)
    }
}
