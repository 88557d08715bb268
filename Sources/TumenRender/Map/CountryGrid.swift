import TumenData
import TumenModel

/// What the country labels need to know about the map's cells, worked out in one pass:
/// each country's visible area, its bounding box, and its runs of free cells (its own land,
/// no coast or border, no marker, label or route leg). Runs of different countries never
/// share a cell. Then a spot for a name inside a run; the spots on the outline and beside
/// the country are in CountryGrid+Beside.swift.
struct CountryGrid {
    struct Run {
        var row: Int
        var start: Int
        var width: Int
    }

    let raster: BasemapPainter.Result
    let projection: MapProjection
    let columns: Int
    let rows: Int
    private(set) var area: [Int]
    private var sumX: [Double]
    private var sumY: [Double]
    private var runs: [[Run]]
    /// Per country: the first and last column and row of its visible land.
    private(set) var box: [(minColumn: Int, maxColumn: Int, minRow: Int, maxRow: Int)]

    init(raster: BasemapPainter.Result, projection: MapProjection, placer: LabelPlacer) {
        self.raster = raster
        self.projection = projection
        columns = raster.land.columns
        rows = raster.land.rows
        let count = raster.countries.count
        area = [Int](repeating: 0, count: count)
        sumX = [Double](repeating: 0, count: count)
        sumY = sumX
        runs = [[Run]](repeating: [], count: count)
        box = [(minColumn: Int, maxColumn: Int, minRow: Int, maxRow: Int)](
            repeating: (Int.max, Int.min, Int.max, Int.min), count: count)
        for row in 0..<rows {
            var current: (country: Int, start: Int)?
            for column in 0...columns {
                var country: Int?
                if column < columns, let owner = raster.land.country(column: column, row: row) {
                    area[owner] += 1
                    sumX[owner] += Double(column) + 0.5
                    sumY[owner] += Double(row) + 0.5
                    box[owner] = (
                        min(box[owner].minColumn, column), max(box[owner].maxColumn, column),
                        min(box[owner].minRow, row), max(box[owner].maxRow, row)
                    )
                    if !raster.lines.hasLine(column: column, row: row) && !placer.isTaken(column: column, row: row)
                        && !placer.isAvoided(column: column, row: row)
                    {
                        country = owner
                    }
                }
                if let open = current, open.country != country {
                    runs[open.country].append(Run(row: row, start: open.start, width: column - open.start))
                    current = nil
                }
                if current == nil, let country { current = (country, column) }
            }
        }
    }

    /// Natural Earth's label point, in cell coordinates, when it is on screen.
    private func labelPoint(_ country: Int) -> (x: Double, y: Double)? {
        let point = projection.project(
            latitude: raster.countries[country].labelLatitude,
            longitude: raster.countries[country].labelLongitude)
        guard point.x >= 0, point.y >= 0, point.x < Double(columns), point.y < Double(rows) else { return nil }
        return point
    }

    /// Where a name aims: the label point when in view, else the middle of the visible land.
    func target(_ country: Int) -> (x: Double, y: Double) {
        if let point = labelPoint(country) { return point }
        guard area[country] > 0 else { return (Double(columns) / 2, Double(rows) / 2) }
        return (sumX[country] / Double(area[country]), sumY[country] / Double(area[country]))
    }

    /// Some of its land is drawn, or its label point is in view (a country smaller than a
    /// cell may cover no cell's centre but still has its outline drawn there).
    func isOnScreen(_ country: Int) -> Bool { area[country] > 0 || labelPoint(country) != nil }

    /// Squared distance, in column widths, from the middle of a name to `target`.
    func distance(column: Int, row: Int, width: Int, to target: (x: Double, y: Double)) -> Double {
        let dx = Double(column) + Double(width) / 2 - target.x
        let dy = (Double(row) + 0.5 - target.y) * MapGeometry.cellAspect
        return dx * dx + dy * dy
    }

    /// The name on the country's own free cells, nearest its target. With `margin`, a free
    /// cell of the country either side; without, the cells either side may be a coast or a
    /// border but not a marker or a label. Rechecked against the placer, since names placed
    /// since the scan may cover part of a run.
    func inside(_ name: CountryNames.Name, _ country: Int, margin: Bool, placer: LabelPlacer) -> LabelPlacer.Placement?
    {
        let width = DisplayWidth.of(name.text)
        let pad = margin ? 1 : 0
        let target = self.target(country)
        var best: (column: Int, row: Int, distance: Double)?
        for run in runs[country] where run.width >= width + 2 * pad {
            let first = run.start + pad
            let last = run.start + run.width - pad - width
            let preferred = min(max(Int((target.x - Double(width) / 2).rounded()), first), last)
            // Nearest the preferred start first, outwards.
            for offset in 0...(last - first) {
                let found = [preferred - offset, preferred + offset].first { start in
                    (first...last).contains(start)
                        && fits(column: start - 1, row: run.row, width: width + 2, placer: placer)
                }
                guard let start = found else { continue }
                let distance = self.distance(column: start, row: run.row, width: width, to: target)
                if best == nil || distance < best!.distance { best = (start, run.row, distance) }
                break
            }
        }
        guard let best else { return nil }
        return LabelPlacer.Placement(text: name.text, column: best.column, row: best.row, width: width)
    }

    /// No cell of `column..<column + width` on `row` is taken (cells off the grid count as free,
    /// so a margin may fall off the edge).
    func fits(column: Int, row: Int, width: Int, placer: LabelPlacer) -> Bool {
        !(column..<column + width).contains { placer.isTaken(column: $0, row: row) }
    }
}
