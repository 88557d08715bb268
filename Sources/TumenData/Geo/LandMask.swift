/// Which cells are land, and whose: a scanline fill of each country's rings, sampled at
/// cell centres. The map fills one per projection; route geometry fills one over a
/// longitude/latitude grid. Even-odd within a country (so lakes and enclaves stay holes).
public struct LandMask: Sendable {
    public let columns: Int
    public let rows: Int
    /// Per cell, the country number given to `fill`, or -1 for sea.
    public private(set) var owner: [Int32]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        owner = Array(repeating: -1, count: self.columns * self.rows)
    }

    public func isLand(column: Int, row: Int) -> Bool { owner[row * columns + column] >= 0 }

    public func country(column: Int, row: Int) -> Int? {
        let value = owner[row * columns + column]
        return value >= 0 ? Int(value) : nil
    }

    /// Fills one country given its rings already projected to cell coordinates.
    /// `accept` keeps a layer to the cells it is responsible for.
    public mutating func fill(rings: [[(x: Double, y: Double)]], country: Int, accept: (Int, Int) -> Bool) {
        guard rows > 0, columns > 0 else { return }
        var top = Double.infinity
        var bottom = -Double.infinity
        for ring in rings {
            for p in ring {
                top = min(top, p.y)
                bottom = max(bottom, p.y)
            }
        }
        let firstRow = max(0, Int((top - 0.5).rounded(.up)))
        let lastRow = min(rows - 1, Int((bottom - 0.5).rounded(.down)))
        guard firstRow <= lastRow else { return }
        // Each edge adds its crossing to the rows it spans (not every row looking at every
        // edge): a country's outline has thousands of points and a raster hundreds of rows.
        var crossingsByRow = [[Double]](repeating: [], count: lastRow - firstRow + 1)
        for ring in rings where ring.count >= 3 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if previous.y != current.y {
                    // The rows whose centre line the edge may cross, a row wider each way;
                    // the test below decides exactly.
                    let low = min(previous.y, current.y)
                    let high = max(previous.y, current.y)
                    let from = max(firstRow, Int((low - 0.5).rounded(.up)) - 1)
                    let to = min(lastRow, Int((high - 0.5).rounded(.up)))
                    if from <= to {
                        for row in from...to {
                            let y = Double(row) + 0.5
                            if (previous.y <= y) != (current.y <= y) {
                                let t = (y - previous.y) / (current.y - previous.y)
                                crossingsByRow[row - firstRow].append(previous.x + t * (current.x - previous.x))
                            }
                        }
                    }
                }
                previous = current
            }
        }
        for row in firstRow...lastRow {
            var crossings = crossingsByRow[row - firstRow]
            crossings.sort()
            var i = 0
            while i + 1 < crossings.count {
                // Cells whose centre lies between an entering and a leaving crossing.
                let from = max(0, Int((crossings[i] - 0.5).rounded(.up)))
                let to = min(columns - 1, Int((crossings[i + 1] - 0.5).rounded(.down)))
                if from <= to {
                    for column in from...to where accept(column, row) { owner[row * columns + column] = Int32(country) }
                }
                i += 2
            }
        }
    }
}
