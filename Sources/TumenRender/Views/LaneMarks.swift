/// Where one lane row's point events are drawn: a marker for a lone event, a count for
/// several. A count is digits, so two counts side by side (`6` and `3`) would read as
/// one number (`63`), and a count against a marker (`6o`) is hard to read too: a count
/// therefore always has a free cell on both sides, and events that would crowd it are
/// merged into it (their sum). Lone markers may stand side by side (`oo` is two events).
/// The selected event is drawn by itself at its own column; counts keep clear of it.
enum LaneMarks {
    /// Events that fall in one column.
    struct Cell: Equatable {
        var column: Int
        var count: Int
        /// Category ordinal (its colour), or -1 when the events are of several.
        var ordinal: Int
    }

    /// What to draw: a marker when `count` is 1, else the count's digits from `column`.
    struct Mark: Equatable {
        var column: Int
        var count: Int
        var ordinal: Int
        /// The columns of the events it stands for.
        var first: Int
        var last: Int

        var width: Int { count == 1 ? 1 : String(count).count }
        var end: Int { column + width - 1 }
    }

    /// `cells` in column order within `0..<width`, without the selection; `selection` is
    /// the column of the selected event's marker when it is drawn in this row.
    static func layout(_ cells: [Cell], width: Int, selection: Int?) -> [Mark] {
        guard let selection, (0..<width).contains(selection) else {
            let whole = Segment(low: 0, high: width - 1, selectionLeft: false, selectionRight: false).layout(cells)
            return [whole.overflow].compactMap { $0 } + whole.marks
        }
        // Either side of the selection is laid out on its own. Events in the selection's
        // own cell go just right of it (left at the right edge), and a count with no room
        // on its side moves to the other.
        let left = Segment(low: 0, high: selection - 1, selectionLeft: false, selectionRight: true)
        let right = Segment(low: selection + 1, high: width - 1, selectionLeft: true, selectionRight: false)
        let shared = cells.filter { $0.column == selection }
        var before = cells.filter { $0.column < selection }
        var after = cells.filter { $0.column > selection }
        if right.isEmpty {
            before += shared.map { Cell(column: selection - 1, count: $0.count, ordinal: $0.ordinal) }
        } else {
            after.insert(
                contentsOf: shared.map { Cell(column: selection + 1, count: $0.count, ordinal: $0.ordinal) }, at: 0)
        }
        var (leftMarks, leftOverflow) = left.layout(before)
        var keptBefore = before
        if let overflow = leftOverflow, !right.isEmpty {
            after.insert(Cell(column: selection + 1, count: overflow.count, ordinal: overflow.ordinal), at: 0)
            keptBefore = before.filter { $0.column > overflow.last }
            leftOverflow = nil
        }
        var (rightMarks, rightOverflow) = right.layout(after)
        if let overflow = rightOverflow, !left.isEmpty {
            let moved = Cell(column: selection - 1, count: overflow.count, ordinal: overflow.ordinal)
            (leftMarks, leftOverflow) = left.layout(keptBefore + [moved])
            rightOverflow = nil
        }
        // A count with no room on either side happens only in a plot narrower than any
        // window Tumen draws (a lane's plot is at least 24 columns); it is drawn clipped.
        return [leftOverflow].compactMap { $0 } + leftMarks + rightMarks + [rightOverflow].compactMap { $0 }
    }

    /// Cells sharing a column (moved there from the selection's) become one.
    private static func merged(_ cells: [Cell]) -> [Cell] {
        var result: [Cell] = []
        for cell in cells {
            if let last = result.last, last.column == cell.column {
                result[result.count - 1] = Cell(
                    column: cell.column, count: last.count + cell.count,
                    ordinal: last.ordinal == cell.ordinal ? cell.ordinal : -1)
            } else {
                result.append(cell)
            }
        }
        return result
    }

    /// Columns `low...high`; beside the selection a count keeps one cell away from it.
    struct Segment {
        var low: Int
        var high: Int
        var selectionLeft: Bool
        var selectionRight: Bool

        var isEmpty: Bool { high < low }

        /// The marks, and a count that does not fit between the segment's ends.
        func layout(_ cells: [Cell]) -> (marks: [Mark], overflow: Mark?) {
            guard !isEmpty else {
                let total = cells.reduce(0) { $0 + $1.count }
                guard total > 0, let first = cells.first, let last = cells.last else { return ([], nil) }
                return (
                    [],
                    Mark(
                        column: low, count: total, ordinal: Self.ordinal(cells), first: first.column, last: last.column)
                )
            }
            // Left to right; a new mark that would touch the one before joins it, and the
            // grown count may then touch the one before that.
            var marks: [Mark] = []
            for cell in LaneMarks.merged(cells) where cell.count > 0 {
                marks.append(
                    placed(
                        Mark(
                            column: cell.column, count: cell.count, ordinal: cell.ordinal,
                            first: cell.column, last: cell.column)))
                while marks.count >= 2, touch(marks[marks.count - 2], marks[marks.count - 1]) {
                    let b = marks.removeLast()
                    let a = marks.removeLast()
                    marks.append(
                        placed(
                            Mark(
                                column: a.first, count: a.count + b.count,
                                ordinal: a.ordinal == b.ordinal ? a.ordinal : -1, first: a.first, last: b.last)))
                }
            }
            if let first = marks.first, first.count > 1, first.column < low + (selectionLeft ? 1 : 0) {
                return (Array(marks.dropFirst()), first)
            }
            return (marks, nil)
        }

        /// A count starts at its first event's column, moved in to keep clear of the
        /// segment's ends (and of the selection beside them).
        func placed(_ mark: Mark) -> Mark {
            guard mark.count > 1 else { return mark }
            var mark = mark
            let lowest = low + (selectionLeft ? 1 : 0)
            let highest = high - (selectionRight ? 1 : 0)
            mark.column = min(max(mark.first, lowest), highest - mark.width + 1)
            return mark
        }

        /// Two markers touch only when they would share a cell; a count needs a gap.
        func touch(_ a: Mark, _ b: Mark) -> Bool {
            a.count > 1 || b.count > 1 ? a.end + 1 >= b.column : a.end >= b.column
        }

        static func ordinal(_ cells: [Cell]) -> Int {
            let first = cells.first?.ordinal ?? -1
            return cells.allSatisfy { $0.ordinal == first } ? first : -1
        }
    }
}
