/// What a terminal must be sent to turn one screen into the next, as ratatui's buffer
/// diff: the painter sends only these glyphs, and ncurses then sends only what differs.
///
///     let changes = next.changes(from: shown)   // [] when nothing changed
///
/// Pure, so the rules below are unit-tested without a terminal (ScreenChangesTests).
extension Screen {
    /// One glyph to send: the cell at (column, row), two columns wide when `isWide`
    /// (its right half, a continuation cell, is never sent on its own).
    public struct Change: Hashable, Sendable {
        public let column: Int
        public let row: Int
        public let cell: Cell
        public let isWide: Bool
    }

    /// The glyphs of this screen that differ from `previous`, row by row, left to right.
    /// With no previous screen, or one of another size, that is every glyph: the
    /// terminal has been cleared. A glyph counts as changed when its cell differs, when
    /// it is wide and its right half differs (a restyled continuation), or when a wide
    /// glyph stood here before and this one is narrow (its old right half must go).
    public func changes(from previous: Screen?) -> [Change] {
        let old = previous.flatMap { $0.size == size ? $0 : nil }
        var changes: [Change] = []
        if old == nil { changes.reserveCapacity(cells.count) }
        for row in 0..<size.height {
            var column = 0
            while column < size.width {
                let cell = self[column, row]
                let wide = column + 1 < size.width && self[column + 1, row].isContinuation
                let changed =
                    old.map { old in
                        old[column, row] != cell
                            || (wide && old[column + 1, row] != self[column + 1, row])
                            || (!wide && column + 1 < size.width && old[column + 1, row].isContinuation)
                    } ?? true
                // A continuation with no wide glyph before it (never drawn by `put`) shows nothing.
                if changed && !cell.isContinuation {
                    changes.append(Change(column: column, row: row, cell: cell, isWide: wide))
                }
                column += wide ? 2 : 1
            }
        }
        return changes
    }
}
