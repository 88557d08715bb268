import TumenModel

/// Country names written across their own land, in capitals, where a free stretch of that
/// country's cells is wide enough; of all such stretches, the one nearest Natural Earth's
/// label point (or, when that is off screen, the middle of the country's visible part). They come after place labels, so they never push a place label out.
enum CountryLabels {
    private struct Run {
        var row: Int
        var start: Int
        var width: Int
    }

    static func place(raster: BasemapPainter.Result, projection: MapProjection,
                      placer: inout LabelPlacer) -> [LabelPlacer.Placement] {
        let columns = raster.land.columns, rows = raster.land.rows
        // One pass over the grid: each country's area, and its runs of free cells (its land,
        // no line, no marker or label). Runs of different countries never share a cell.
        var area = [Int](repeating: 0, count: raster.countries.count)
        var sumX = [Double](repeating: 0, count: raster.countries.count), sumY = sumX
        var runs = [[Run]](repeating: [], count: raster.countries.count)
        for row in 0..<rows {
            var current: (country: Int, start: Int)?
            for column in 0...columns {
                var country: Int?
                if column < columns, let owner = raster.land.country(column: column, row: row) {
                    area[owner] += 1
                    sumX[owner] += Double(column) + 0.5
                    sumY[owner] += Double(row) + 0.5
                    if !raster.lines.hasLine(column: column, row: row) && !placer.isTaken(column: column, row: row) {
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
        var placements: [LabelPlacer.Placement] = []
        // Biggest countries first: they have most room and are the ones a reader looks for.
        for country in raster.countries.indices.sorted(by: { area[$0] > area[$1] }) where area[country] > 0 {
            let text = raster.countries[country].name.uppercased()
            let width = DisplayWidth.of(text)
            // Natural Earth's label point when it is in view, else the middle of what is in view.
            var target = projection.project(latitude: raster.countries[country].labelLatitude,
                                            longitude: raster.countries[country].labelLongitude)
            if target.x < 0 || target.y < 0 || target.x > Double(columns) || target.y > Double(rows) {
                target = (sumX[country] / Double(area[country]), sumY[country] / Double(area[country]))
            }
            var best: (column: Int, row: Int, distance: Double)?
            // The label keeps a free cell of margin on each side within its run.
            for run in runs[country] where run.width >= width + 2 {
                let first = run.start + 1, last = run.start + run.width - 1 - width
                let start = min(max(Int((target.x - Double(width) / 2).rounded()), first), last)
                let dx = Double(start) + Double(width) / 2 - target.x
                let dy = (Double(run.row) + 0.5 - target.y) * MapGeometry.cellAspect
                let distance = dx * dx + dy * dy
                if best == nil || distance < best!.distance { best = (start, run.row, distance) }
            }
            guard let best else { continue }
            placer.reserve(column: best.column - 1, row: best.row, width: width + 2)
            placements.append(LabelPlacer.Placement(text: text, column: best.column, row: best.row, width: width))
        }
        return placements
    }
}
