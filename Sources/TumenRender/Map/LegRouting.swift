import Foundation

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

        // Pull the grid path straight: from each corner, go to the furthest point of the
        // path a straight line reaches without touching foreign land.
        func clear(_ from: Cell, _ to: Cell) -> Bool {
            RouteOverlay.cells(from: (from.column, from.row), to: (to.column, to.row), columns: columns, rows: rows)
                .allSatisfy { !inside($0) || passable($0) }
        }
        var corners = [a]
        var current = 0
        while current < path.count - 1 {
            var next = current + 1
            while next + 1 < path.count, clear(path[current], path[next + 1]) { next += 1 }
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

    /// Breadth-first search over the 8 neighbours of each cell: the fewest steps from `a`
    /// to `b` through passable cells, both ends included, or nil.
    static func shortestPath(from a: Cell, to b: Cell, land: LandMask, passable: (Cell) -> Bool) -> [Cell]? {
        let columns = land.columns, rows = land.rows
        let start = a.row * columns + a.column, goal = b.row * columns + b.column
        var previous = [Int](repeating: -1, count: columns * rows)
        previous[start] = start
        var queue = [start]
        var head = 0
        while head < queue.count, previous[goal] < 0 {
            let index = queue[head]
            head += 1
            let (column, row) = (index % columns, index / columns)
            for dy in -1...1 {
                for dx in -1...1 where dx != 0 || dy != 0 {
                    let (x, y) = (column + dx, row + dy)
                    guard x >= 0, y >= 0, x < columns, y < rows else { continue }
                    let neighbour = y * columns + x
                    guard previous[neighbour] < 0, neighbour == goal || passable((x, y)) else { continue }
                    previous[neighbour] = index
                    queue.append(neighbour)
                }
            }
        }
        guard previous[goal] >= 0 else { return nil }
        var path: [Cell] = []
        var index = goal
        while index != start {
            path.append((index % columns, index / columns))
            index = previous[index]
        }
        path.append(a)
        return path.reversed()
    }
}

/// The legs of the last few frames, keyed by their end cells and the land mask they were
/// routed over (compared by storage: the cache holds the mask, so storage that matches
/// cannot have changed). A map frame otherwise searched for the same bend every time.
final class LegRoutingCache: @unchecked Sendable {
    static let shared = LegRoutingCache()

    private struct Entry {
        var a: LegRouting.Cell
        var b: LegRouting.Cell
        var land: LandMask
        var cells: [LegRouting.Cell]
    }

    /// Every leg of every route on a map and in the presenter's, with room to spare.
    private static let capacity = 48
    private var entries: [Entry] = []
    private let lock = NSLock()

    func cells(from a: LegRouting.Cell, to b: LegRouting.Cell, land: LandMask, route: () -> [LegRouting.Cell]) -> [LegRouting.Cell] {
        lock.lock()
        if let index = entries.firstIndex(where: { entry in
            entry.a == a && entry.b == b && StorageIdentity.same(entry.land.owner, land.owner)
        }) {
            let entry = entries.remove(at: index)
            entries.insert(entry, at: 0)
            lock.unlock()
            return entry.cells
        }
        lock.unlock()
        let cells = route()
        lock.lock()
        entries.insert(Entry(a: a, b: b, land: land, cells: cells), at: 0)
        if entries.count > Self.capacity { entries.removeLast() }
        lock.unlock()
        return cells
    }

    func removeAll() {
        lock.lock()
        entries.removeAll()
        lock.unlock()
    }
}
