import FoundationEssentials
import Glibc

/// The way a route leg is drawn, worked out once in longitude and latitude, so every
/// zoom, window size, the presenter and the GeoJSON export show the same line.
///
/// The sources name stages, not roads, so a leg is a plain geometric way: straight where
/// the straight line keeps to the countries the leg may cross, otherwise the shortest way
/// round over a grid of the basemap's countries, kept a little clear of the countries it
/// must not enter (a coarse map blurs borders by a few tenths of a degree) and pulled
/// straight between its corners.
public enum LegPathFinder {
    /// The way from `from` to `to` through land of `allowed` countries or the sea.
    public static func path(from: GeoPoint, to: GeoPoint, allowed: Set<String>, basemap: Basemap) -> [GeoPoint] {
        let length = from.planarDistance(to: to)
        guard length > 1e-9 else { return [from, to] }
        var step = min(0.25, max(0.01, length / 120))
        let margin = max(1.0, length * 0.6)
        let middle = max(0.05, cos((from.latitude + to.latitude) / 2 * .pi / 180))
        let box = GeoBox(
            west: max(-180, min(from.longitude, to.longitude) - margin / middle),
            south: max(-85, min(from.latitude, to.latitude) - margin),
            east: min(180, max(from.longitude, to.longitude) + margin / middle),
            north: min(85, max(from.latitude, to.latitude) + margin))
        // Bounded work for any pair of places: at most about 80,000 cells (a leg across a
        // continent is routed on half-degree cells, which its far zoom cannot tell apart).
        let cells = box.width * middle / step * box.height / step
        if cells > 80_000 { step *= (cells / 80_000).squareRoot() }
        let grid = CountryRaster(box: box, step: step, basemap: basemap)
        // Clear of forbidden land by up to a degree on long legs: a far zoom's cell is that big.
        let clearance = min(1.0, max(0.35, length * 0.03))
        let search = GridSearch(
            grid: grid, allowed: allowed, from: from, to: to,
            clearance: min(8, max(1, Int((clearance / step).rounded(.up)))))
        if search.isClear(search.start, search.goal) { return [from, to] }
        guard let cellPath = search.shortestPath() else { return [from, to] }
        let corners = search.pulledStraight(cellPath)
        var points = corners.dropFirst().dropLast().map { grid.centre(column: $0.column, row: $0.row) }
        points.insert(from, at: 0)
        points.append(to)
        return points
    }

    /// A flight: a light arc bowing to the right of the way flown, a fifth of its length
    /// at the middle, so it does not lie on an overland leg between the same places (the
    /// southern route's flight north-east bows out over the sea, away from the road north).
    public static func arc(from: GeoPoint, to: GeoPoint, points count: Int = 24) -> [GeoPoint] {
        let cosine = max(0.05, cos((from.latitude + to.latitude) / 2 * .pi / 180))
        let (x0, y0) = (from.longitude * cosine, from.latitude)
        let (x1, y1) = (to.longitude * cosine, to.latitude)
        let (dx, dy) = (x1 - x0, y1 - y0)
        let (cx, cy) = ((x0 + x1) / 2 + dy * 0.4, (y0 + y1) / 2 - dx * 0.4)
        return (0...count).map { i in
            let t = Double(i) / Double(count)
            let x = (1 - t) * (1 - t) * x0 + 2 * (1 - t) * t * cx + t * t * x1
            let y = (1 - t) * (1 - t) * y0 + 2 * (1 - t) * t * cy + t * t * y1
            return i == 0 ? from : i == count ? to : GeoPoint(latitude: y, longitude: x / cosine)
        }
    }
}

/// Dijkstra over the country grid's cells, and the pulling straight of what it finds.
struct GridSearch {
    typealias Cell = (column: Int, row: Int)
    let grid: CountryRaster
    let start: Cell
    let goal: Cell
    /// Per cell, how many cells away the nearest forbidden land is, up to `clearance + 1`.
    private var distance: [Int]
    private let clearance: Int

    init(grid: CountryRaster, allowed: Set<String>, from: GeoPoint, to: GeoPoint, clearance: Int) {
        self.grid = grid
        self.clearance = clearance
        start = grid.cell(of: from)
        goal = grid.cell(of: to)
        let (columns, rows) = (grid.columns, grid.rows)
        distance = [Int](repeating: clearance + 1, count: columns * rows)
        var frontier: [Int] = []
        // Whether each of the grid's country numbers may be crossed, asked once per country
        // rather than once per cell.
        let forbidden = grid.codes.map { !allowed.contains($0) }
        for row in 0..<rows {
            for column in 0..<columns {
                if let number = grid.mask.country(column: column, row: row), forbidden[number] {
                    distance[row * columns + column] = 0
                    frontier.append(row * columns + column)
                }
            }
        }
        var level = 0
        while !frontier.isEmpty, level < clearance {
            level += 1
            var next: [Int] = []
            for index in frontier {
                let (column, row) = (index % columns, index / columns)
                for dy in -1...1 {
                    for dx in -1...1 {
                        let (x, y) = (column + dx, row + dy)
                        guard x >= 0, y >= 0, x < columns, y < rows else { continue }
                        if distance[y * columns + x] > level {
                            distance[y * columns + x] = level
                            next.append(y * columns + x)
                        }
                    }
                }
            }
            frontier = next
        }
    }

    /// The place's own cell and its neighbours are always passable: a point on a border
    /// river may rasterise into the country across it.
    private func nearEnd(_ cell: Cell) -> Bool {
        max(abs(cell.column - start.column), abs(cell.row - start.row)) <= 1
            || max(abs(cell.column - goal.column), abs(cell.row - goal.row)) <= 1
    }

    private func clearanceAt(_ cell: Cell) -> Int {
        nearEnd(cell) ? clearance + 1 : distance[cell.row * grid.columns + cell.column]
    }

    /// A straight segment that stays off forbidden land and a cell clear of it.
    func isClear(_ a: Cell, _ b: Cell) -> Bool {
        let steps = max(abs(b.column - a.column), abs(b.row - a.row)) * 2
        guard steps > 0 else { return true }
        for i in 0...steps {
            let t = Double(i) / Double(steps)
            let cell = (
                column: Int((Double(a.column) + 0.5 + Double(b.column - a.column) * t).rounded(.down)),
                row: Int((Double(a.row) + 0.5 + Double(b.row - a.row) * t).rounded(.down))
            )
            if clearanceAt(cell) <= clearance / 2 { return false }
        }
        return true
    }

    /// The cheapest way from start to goal: steps cost their length, more near forbidden
    /// land (so the way keeps its distance where there is room), and a trace more for
    /// straying from the straight line, so equal ways resolve to the one nearest it.
    func shortestPath() -> [Cell]? {
        let (columns, rows) = (grid.columns, grid.rows)
        let (lineX, lineY) = (Double(goal.column - start.column), Double(goal.row - start.row))
        let lineLength = max(1, (lineX * lineX + lineY * lineY).squareRoot())
        let startIndex = start.row * columns + start.column
        let goalIndex = goal.row * columns + goal.column
        var cost = [Double](repeating: .infinity, count: columns * rows)
        var previous = [Int](repeating: -1, count: columns * rows)
        var heap = MinHeap()
        cost[startIndex] = 0
        heap.push(0, startIndex)
        while let (soFar, index) = heap.pop() {
            if index == goalIndex { break }
            if soFar > cost[index] { continue }
            let (column, row) = (index % columns, index / columns)
            for dy in -1...1 {
                for dx in -1...1 where dx != 0 || dy != 0 {
                    let (x, y) = (column + dx, row + dy)
                    guard x >= 0, y >= 0, x < columns, y < rows else { continue }
                    let room = clearanceAt((x, y))
                    guard room > 0 else { continue }
                    let penalty = room <= clearance ? 3.0 * Double(clearance + 1 - room) / Double(clearance + 1) : 0
                    let stray =
                        abs(Double(x - start.column) * lineY - Double(y - start.row) * lineX) / lineLength * 1e-4
                    let step = (dx != 0 && dy != 0 ? 2.0.squareRoot() : 1) * (1 + penalty) + stray
                    let neighbour = y * columns + x
                    if soFar + step < cost[neighbour] {
                        cost[neighbour] = soFar + step
                        previous[neighbour] = index
                        heap.push(soFar + step, neighbour)
                    }
                }
            }
        }
        guard previous[goalIndex] >= 0 || goalIndex == startIndex else { return nil }
        var path: [Cell] = []
        var index = goalIndex
        while index != startIndex {
            path.append((index % columns, index / columns))
            index = previous[index]
        }
        path.append(start)
        return path.reversed()
    }

    /// From each corner, on to the furthest cell of the path that a clear straight line reaches.
    func pulledStraight(_ path: [Cell]) -> [Cell] {
        var corners = [path[0]]
        var current = 0
        while current < path.count - 1 {
            var next = path.count - 1
            while next > current + 1, !isClear(path[current], path[next]) { next -= 1 }
            corners.append(path[next])
            current = next
        }
        return corners
    }
}

/// A binary heap of (cost, cell index), cheapest first.
struct MinHeap {
    private var items: [(cost: Double, index: Int)] = []

    mutating func push(_ cost: Double, _ index: Int) {
        items.append((cost, index))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].cost < items[parent].cost else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = parent * 2 + 1
                let right = left + 1
                var smallest = parent
                if left < items.count, items[left].cost < items[smallest].cost { smallest = left }
                if right < items.count, items[right].cost < items[smallest].cost { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (first.cost, first.index)
    }
}
