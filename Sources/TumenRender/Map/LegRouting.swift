/// The cells a route leg is drawn through. A leg is a straight line between its two
/// stages (the sources name stages, not roads), except that a leg between two places in
/// the same country stays in that country (or over the sea): where the straight line
/// would cross another country's land, it bends around it. Yanji to Kunming, "across
/// China on buses and trains", would otherwise be drawn through North Korea. Legs
/// between countries (a border crossing, a flight) stay straight.
enum LegRouting {
    typealias Cell = (column: Int, row: Int)

    /// The cells between `a` and `b`, without the two end cells (the markers).
    /// Bends are worked out once per projection: `LegRoutingCache` keeps them.
    static func cells(from a: Cell, to b: Cell, columns: Int, rows: Int, land: LandMask?) -> [Cell] {
        guard let land, land.columns == columns, land.rows == rows else {
            return RouteOverlay.cells(from: (a.column, a.row), to: (b.column, b.row), columns: columns, rows: rows)
        }
        return LegRoutingCache.shared.cells(from: a, to: b, land: land) {
            let straight = RouteOverlay.cells(from: (a.column, a.row), to: (b.column, b.row), columns: columns, rows: rows)
            return detour(from: a, to: b, straight: straight, land: land) ?? straight
        }
    }

    /// A path that keeps to the country both ends are in, or nil when the ends are in
    /// different countries (or at sea, or off the map), when the straight line already
    /// keeps to it, or when no such path exists.
    static func detour(from a: Cell, to b: Cell, straight: [Cell], land: LandMask) -> [Cell]? {
        let columns = land.columns, rows = land.rows
        func inside(_ cell: Cell) -> Bool { cell.column >= 0 && cell.row >= 0 && cell.column < columns && cell.row < rows }
        guard inside(a), inside(b), let country = land.country(column: a.column, row: a.row),
              land.country(column: b.column, row: b.row) == country else { return nil }
        func passable(_ cell: Cell) -> Bool {
            land.country(column: cell.column, row: cell.row).map { $0 == country } ?? true
        }
        guard straight.contains(where: { inside($0) && !passable($0) }) else { return nil }
        guard let path = shortestPath(from: a, to: b, land: land, passable: passable) else { return nil }

        // Pull the path straight: from each corner, go to the furthest point of the path
        // that a straight line reaches without touching another country's land.
        func clear(_ from: Cell, _ to: Cell) -> Bool {
            RouteOverlay.cells(from: (from.column, from.row), to: (to.column, to.row), columns: columns, rows: rows)
                .allSatisfy { !inside($0) || passable($0) }
        }
        var corners = [a]
        var current = 0
        while current < path.count - 1 {
            var next = path.count - 1
            while next > current + 1, !clear(path[current], path[next]) { next -= 1 }
            corners.append(path[next])
            current = next
        }
        var result: [Cell] = []
        for (index, (from, to)) in zip(corners, corners.dropFirst()).enumerated() {
            if index > 0 { result.append(from) }
            result += RouteOverlay.cells(from: (from.column, from.row), to: (to.column, to.row), columns: columns, rows: rows)
        }
        return result
    }

    /// The shortest way from `a` to `b` through passable cells, both ends included, or
    /// nil: Dijkstra over the 8 neighbours of each cell, a step costing its length on the
    /// map (a cell is twice as tall as it is wide). Many orders of the same steps cost the
    /// same; a tiny extra cost for straying from the line a–b picks the one that keeps
    /// closest to it, so the way hugs what it goes round and pulls straight cleanly.
    static func shortestPath(from a: Cell, to b: Cell, land: LandMask, passable: (Cell) -> Bool) -> [Cell]? {
        let columns = land.columns, rows = land.rows
        let (lineX, lineY) = (Double(b.column - a.column), Double(2 * (b.row - a.row)))
        let lineLength = max(1, (lineX * lineX + lineY * lineY).squareRoot())
        func stray(_ x: Int, _ y: Int) -> Double {
            abs(Double(x - a.column) * lineY - Double(2 * (y - a.row)) * lineX) / lineLength * 1e-4
        }
        let start = a.row * columns + a.column, goal = b.row * columns + b.column
        var distance = [Double](repeating: .infinity, count: columns * rows)
        var previous = [Int](repeating: -1, count: columns * rows)
        var heap = MinHeap()
        distance[start] = 0
        heap.push(0, start)
        while let (cost, index) = heap.pop() {
            if index == goal { break }
            if cost > distance[index] { continue }
            let (column, row) = (index % columns, index / columns)
            for dy in -1...1 {
                for dx in -1...1 where dx != 0 || dy != 0 {
                    let (x, y) = (column + dx, row + dy)
                    guard x >= 0, y >= 0, x < columns, y < rows else { continue }
                    let neighbour = y * columns + x
                    guard neighbour == goal || passable((x, y)) else { continue }
                    let step = (Double(dx * dx) + Double(4 * dy * dy)).squareRoot() + stray(x, y)
                    if cost + step < distance[neighbour] {
                        distance[neighbour] = cost + step
                        previous[neighbour] = index
                        heap.push(cost + step, neighbour)
                    }
                }
            }
        }
        guard previous[goal] >= 0 || goal == start else { return nil }
        var path: [Cell] = []
        var index = goal
        while index != start {
            path.append((index % columns, index / columns))
            index = previous[index]
        }
        path.append(a)
        return path.reversed()
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
                    let left = parent * 2 + 1, right = left + 1
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
}

/// The legs of the last few frames, keyed by their end cells and the land mask they were
/// routed over (compared by storage: the cache holds the mask, so storage that matches
/// cannot have changed). A map frame otherwise searched for the same bend every time.
final class LegRoutingCache: Sendable {
    static let shared = LegRoutingCache()

    private struct Entry {
        var a: LegRouting.Cell
        var b: LegRouting.Cell
        var land: LandMask
        var cells: [LegRouting.Cell]
    }

    /// Every leg of every route on a map and in the presenter's, with room to spare.
    private let recent = RecentValues<Entry>(capacity: 48)

    func cells(from a: LegRouting.Cell, to b: LegRouting.Cell, land: LandMask, route: () -> [LegRouting.Cell]) -> [LegRouting.Cell] {
        recent.entry(matching: { $0.a == a && $0.b == b && StorageIdentity.same($0.land.owner, land.owner) }) {
            Entry(a: a, b: b, land: land, cells: route())
        }.cells
    }

    func removeAll() { recent.removeAll() }
}
