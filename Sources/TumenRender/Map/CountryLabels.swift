import TumenModel

/// Country names written across their own land, in capitals, where a free stretch of that
/// country's cells is wide enough; of all such stretches, the one nearest Natural Earth's
/// label point. They come after place labels, so they never push a place label out.
enum CountryLabels {
    static func place(raster: BasemapPainter.Result, projection: MapProjection,
                      placer: inout LabelPlacer) -> [LabelPlacer.Placement] {
        let columns = raster.land.columns, rows = raster.land.rows
        // Biggest countries first: they have most room and are the ones a reader looks for.
        var area = [Int](repeating: 0, count: raster.countries.count)
        for row in 0..<rows {
            for column in 0..<columns {
                if let country = raster.land.country(column: column, row: row) { area[country] += 1 }
            }
        }
        var placements: [LabelPlacer.Placement] = []
        for country in raster.countries.indices.sorted(by: { area[$0] > area[$1] }) where area[country] > 0 {
            let text = raster.countries[country].name.uppercased()
            let width = DisplayWidth.of(text)
            let target = projection.project(latitude: raster.countries[country].labelLatitude,
                                            longitude: raster.countries[country].labelLongitude)
            var best: (column: Int, row: Int, distance: Double)?
            for row in 0..<rows {
                var runStart = 0
                for column in 0...columns {
                    let free = column < columns && raster.land.country(column: column, row: row) == country
                        && !raster.lines.hasLine(column: column, row: row) && !placer.isTaken(column: column, row: row)
                    if free { continue }
                    // A run of free cells ends before `column`; the label needs a cell of margin each side.
                    let runWidth = column - runStart
                    if runWidth >= width + 2 {
                        let first = runStart + 1, last = column - 1 - width
                        let ideal = Int((target.x - Double(width) / 2).rounded())
                        let start = min(max(ideal, first), last)
                        let dx = Double(start) + Double(width) / 2 - target.x
                        let dy = (Double(row) + 0.5 - target.y) * MapGeometry.cellAspect
                        let distance = dx * dx + dy * dy
                        if best == nil || distance < best!.distance { best = (start, row, distance) }
                    }
                    runStart = column + 1
                }
            }
            guard let best else { continue }
            placer.reserve(column: best.column - 1, row: best.row, width: width + 2)
            placements.append(LabelPlacer.Placement(text: text, column: best.column, row: best.row, width: width))
        }
        return placements
    }
}
