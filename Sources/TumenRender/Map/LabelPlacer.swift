/// Places labels beside their markers without overlapping each other or any marker.
/// Labels are offered most important first; a label that finds no free spot is dropped,
/// so on a collision the less important one gives way.
struct LabelPlacer {
    struct Placement: Equatable {
        var text: String
        var column: Int
        var row: Int
        var width: Int
    }

    let columns: Int
    let rows: Int
    private var taken: [Bool]
    /// Cells labels would rather not cover (route legs); used only to choose between spots.
    private var avoided: [Bool]

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        taken = Array(repeating: false, count: self.columns * self.rows)
        avoided = taken
    }

    /// Marks a cell as used by a marker or another element labels must not cover.
    mutating func reserve(column: Int, row: Int, width: Int = 1) {
        guard row >= 0, row < rows else { return }
        for x in max(0, column)..<min(columns, column + width) { taken[row * columns + x] = true }
    }

    mutating func avoid(column: Int, row: Int) {
        guard row >= 0, row < rows, column >= 0, column < columns else { return }
        avoided[row * columns + column] = true
    }

    func isAvoided(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < columns && row < rows && avoided[row * columns + column]
    }

    func isTaken(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < columns && row < rows && taken[row * columns + column]
    }

    /// Tries right of the marker, left, then above and below; among free spots takes the
    /// first that covers the fewest avoided cells. Returns nil when the label must give way.
    mutating func place(_ text: String, width: Int, markerColumn: Int, markerRow: Int, markerWidth: Int = 1)
        -> Placement?
    {
        guard width > 0 else { return nil }
        let c = markerColumn
        let r = markerRow
        let candidates = [
            (c + markerWidth + 1, r), (c - width - 1, r),
            (c + markerWidth, r - 1), (c + markerWidth, r + 1),
            (c - width, r - 1), (c - width, r + 1),
            (c - width / 2, r - 1), (c - width / 2, r + 1),
        ]
        var best: (column: Int, row: Int, cost: Int)?
        for (index, (column, row)) in candidates.enumerated() where fits(column: column, row: row, width: width) {
            // Beside the marker, the gap cell must be empty: a label with another marker
            // between it and its own would read as that marker's.
            if index == 0 && isTaken(column: c + markerWidth, row: r) { continue }
            if index == 1 && isTaken(column: c - 1, row: r) { continue }
            let cost = (column..<column + width).filter { avoided[row * columns + $0] }.count
            if best == nil || cost < best!.cost { best = (column, row, cost) }
            if cost == 0 { break }
        }
        guard let best else { return nil }
        // A one-cell gap either side keeps neighbouring labels from running together.
        reserve(column: best.column - 1, row: best.row, width: width + 2)
        return Placement(text: text, column: best.column, row: best.row, width: width)
    }

    /// For an area (a province, a region): the name centred on its point, or just above or below.
    mutating func placeCentered(_ text: String, width: Int, column c: Int, row r: Int) -> Placement? {
        for (column, row) in [(c - width / 2, r), (c - width / 2, r - 1), (c - width / 2, r + 1)]
        where fits(column: column, row: row, width: width) {
            reserve(column: column - 1, row: row, width: width + 2)
            return Placement(text: text, column: column, row: row, width: width)
        }
        return nil
    }

    private func fits(column: Int, row: Int, width: Int) -> Bool {
        guard row >= 0, row < rows, column >= 0, column + width <= columns else { return false }
        return !(column..<column + width).contains { taken[row * columns + $0] }
    }
}
