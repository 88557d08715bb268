import CNcursesw
import TumenModel
import TumenRender

/// Paints screens into ncurses, comparing each with the last one painted and sending
/// only the cells that changed (ncurses then sends only what differs on the terminal).
/// A wide character is painted once, from its first cell; its continuation is skipped.
final class Painter {
    private let colors: ColorPairs
    private var last: Screen?

    init(colors: ColorPairs) {
        self.colors = colors
    }

    /// Forget what is on the terminal (after a resize): the next paint sends everything.
    func invalidate() {
        last = nil
    }

    func paint(_ screen: Screen) {
        let previous = last.flatMap { $0.size == screen.size ? $0 : nil }
        if previous == nil { werase(tumen_stdscr()) }
        let rows = min(screen.size.height, Int(tumen_lines()))
        let columns = min(screen.size.width, Int(tumen_cols()))
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let cell = screen[column, row]
                let wide = column + 1 < screen.size.width && screen[column + 1, row].isContinuation
                let changed = previous.map { old in
                    old[column, row] != cell || (wide && old[column + 1, row] != screen[column + 1, row])
                        || (column + 1 < old.size.width && old[column + 1, row].isContinuation && !wide)
                } ?? true
                if changed && !cell.isContinuation {
                    // A wide character that no longer fits the terminal's last column becomes a space.
                    draw(wide && column + 1 >= columns ? Cell(" ", style: cell.style) : cell, column: column, row: row)
                }
                column += wide ? 2 : 1
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
        // Screen.put has already replaced control characters; a cell holds one grapheme.
        var characters = cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        if characters.isEmpty { characters = [wchar_t(32)] }
        characters.append(0)
        var cchar = cchar_t()
        _ = characters.withUnsafeBufferPointer { setcchar(&cchar, $0.baseAddress, attributes, pair, nil) }
        mvwadd_wch(tumen_stdscr(), Int32(row), Int32(column), &cchar)
    }
}
