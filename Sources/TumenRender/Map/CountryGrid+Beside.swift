import TumenData
import TumenModel

/// Spots for a small country's name when no free stretch inside it is long enough: on its
/// outline, or beside it. At a far zoom North Korea is a few cells of coast and border.
extension CountryGrid {
    /// The name on the country's own land even where its coast or a border runs (at a far
    /// zoom a small country is all outline), never on a marker, a label or a route leg;
    /// covering as little line as it can, then nearest its target.
    func overOutline(_ name: CountryNames.Name, _ country: Int, placer: LabelPlacer) -> LabelPlacer.Placement? {
        let width = DisplayWidth.of(name.text)
        guard area[country] > 0, width <= columns else { return nil }
        let bounds = box[country]
        let target = self.target(country)
        var best: (column: Int, row: Int, cost: Double)?
        for row in bounds.minRow...bounds.maxRow {
            for start in bounds.minColumn...max(bounds.minColumn, min(columns - width, bounds.maxColumn - width + 1)) {
                guard start + width <= columns, fits(column: start - 1, row: row, width: width + 2, placer: placer)
                else { continue }
                var lines = 0
                var usable = true
                for column in start..<start + width {
                    if raster.land.country(column: column, row: row) != country
                        || placer.isAvoided(column: column, row: row)
                    {
                        usable = false
                        break
                    }
                    if raster.lines.hasLine(column: column, row: row) { lines += 1 }
                }
                guard usable else { continue }
                let cost = Double(lines) * 100 + distance(column: start, row: row, width: width, to: target)
                if best == nil || cost < best!.cost { best = (start, row, cost) }
            }
        }
        guard let best else { return nil }
        return LabelPlacer.Placement(text: name.text, column: best.column, row: best.row, width: width)
    }

    /// The name beside the country, touching it (on the same row with at most a cell between,
    /// or on the row above or below): never over a coast, a border, a marker, a label or a
    /// route leg. Over the sea or the country itself; with `overNeighbours`, over another
    /// country's land too, as little as it can. Nearest the target among equals.
    func beside(_ name: CountryNames.Name, _ country: Int, overNeighbours: Bool, placer: LabelPlacer) -> LabelPlacer
        .Placement?
    {
        let width = DisplayWidth.of(name.text)
        guard width <= columns else { return nil }
        let target = self.target(country)
        var bounds = box[country]
        if area[country] == 0 {
            let cell = (column: Int(target.x), row: Int(target.y))
            bounds = (cell.column, cell.column, cell.row, cell.row)
        }
        let owns = footprint(country, bounds: bounds)
        var best: (column: Int, row: Int, cost: Double)?
        for row in max(0, bounds.minRow - 2)...min(rows - 1, bounds.maxRow + 2) {
            for start in max(0, bounds.minColumn - width - 3)...max(0, min(columns - width, bounds.maxColumn + 3)) {
                guard fits(column: start - 1, row: row, width: width + 2, placer: placer) else { continue }
                var foreign = 0
                var clear = true
                for column in start..<start + width {
                    if raster.lines.hasLine(column: column, row: row) || placer.isAvoided(column: column, row: row) {
                        clear = false
                        break
                    }
                    if let owner = raster.land.country(column: column, row: row), owner != country { foreign += 1 }
                }
                guard clear, overNeighbours || foreign == 0 else { continue }
                let touches =
                    (start - 2..<start + width + 2).contains { owns($0, row) }
                    || (start - 1...start + width).contains { owns($0, row - 1) || owns($0, row + 1) }
                guard touches else { continue }
                let cost = Double(foreign) * 100 + distance(column: start, row: row, width: width, to: target)
                if best == nil || cost < best!.cost { best = (start, row, cost) }
            }
        }
        guard let best else { return nil }
        return LabelPlacer.Placement(text: name.text, column: best.column, row: best.row, width: width)
    }

    /// The country's footprint near its visible land: the land itself and its share of the
    /// outline, the coast and border cells nearer its land than any other country's (through
    /// other line cells, at most three steps out). At a far zoom a small country is mostly
    /// outline, and a name beside it sits past that; sharing the outline out by nearness
    /// keeps a name from being set beside a neighbour's coast. A country too small to cover
    /// a cell's centre is its label point.
    private func footprint(_ country: Int, bounds: (minColumn: Int, maxColumn: Int, minRow: Int, maxRow: Int))
        -> (Int, Int) -> Bool
    {
        let reach = 3
        let left = max(0, bounds.minColumn - reach)
        let right = min(columns - 1, bounds.maxColumn + reach)
        let top = max(0, bounds.minRow - reach)
        let bottom = min(rows - 1, bounds.maxRow + reach)
        let width = right - left + 1
        guard width > 0, bottom >= top else { return { _, _ in false } }
        // Per cell of the window: which country's land claimed it (-1 none, -2 a tie).
        var claim = [Int](repeating: -1, count: width * (bottom - top + 1))
        var frontier: [(Int, Int)] = []
        for row in top...bottom {
            for column in left...right {
                var owner = raster.land.country(column: column, row: row)
                if area[country] == 0 && column == bounds.minColumn && row == bounds.minRow { owner = country }
                if let owner {
                    claim[(row - top) * width + column - left] = owner
                    frontier.append((column, row))
                }
            }
        }
        for _ in 0..<reach {
            var reached: [Int: Int] = [:]
            for (column, row) in frontier {
                let owner = claim[(row - top) * width + column - left]
                guard owner >= 0 else { continue }
                for dy in -1...1 {
                    for dx in -1...1 {
                        let x = column + dx
                        let y = row + dy
                        guard x >= left, x <= right, y >= top, y <= bottom, claim[(y - top) * width + x - left] == -1,
                            raster.lines.hasLine(column: x, row: y)
                        else { continue }
                        let index = (y - top) * width + x - left
                        if let other = reached[index], other != owner {
                            reached[index] = -2
                        } else {
                            reached[index] = owner
                        }
                    }
                }
            }
            frontier = []
            for (index, owner) in reached {
                claim[index] = owner
                frontier.append((left + index % width, top + index / width))
            }
        }
        return { column, row in
            column >= left && column <= right && row >= top && row <= bottom
                && claim[(row - top) * width + column - left] == country
        }
    }
}
