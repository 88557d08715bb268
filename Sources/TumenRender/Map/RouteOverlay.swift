import TumenData
import TumenModel

/// Where the routes fall on the grid: the cells of each leg and each stage marker.
/// Closed routes come first so the open routes and the selected route draw over them.
struct RouteOverlay {
    struct Leg {
        var cells: [(column: Int, row: Int)]
        var closed: Bool
        var mode: TravelMode
        /// Whose land it may cross (`RouteGeometry`); nil for any.
        var allowedCountries: Set<String>?
        /// The places of the stages it joins.
        var from: String
        var to: String
    }

    struct Marker {
        var placeID: String
        var text: String
        var column: Int
        var row: Int
        var closed: Bool
        var selected: Bool
        /// On the route the map is showing; other routes' stops are drawn as plain places,
        /// so the numbers on the map are always the current route's.
        var current: Bool
        /// Who keeps a crowded cell: higher first (the place's importance, cities before
        /// facilities, so Seoul rather than the resettlement centre beside it).
        var weight: Int
    }

    var legs: [Leg] = []
    var markers: [Marker] = []
    /// Places of stages not yet revealed (presenter mode), drawn as nothing at all.
    var hiddenPlaces: Set<String> = []

    /// With the scene's `revealUpTo` (a 0-based stage index), only the current route is drawn, up to
    /// that stage: the presenter reveals the route one stage at a time. Legs follow the
    /// lines `RouteGeometry` worked out once for the dataset, projected.
    init(scene: MapScene, projection: MapProjection, geometry: RouteGeometry) {
        let revealUpTo = scene.revealUpTo
        let current = scene.route
        let selectedStage = scene.selectedStage
        var ordered = scene.dataset.routes.sorted { a, b in rank(a, current) < rank(b, current) }
        if let revealUpTo, let current {
            ordered = [current]
            let shown = Set(current.stages.prefix(max(0, revealUpTo + 1)).map(\.place))
            hiddenPlaces = Set(current.stages.dropFirst(max(0, revealUpTo + 1)).map(\.place)).subtracting(shown)
        }
        var legsByRoute: [String: [RouteGeometry.Leg]] = [:]
        for leg in geometry.legs { legsByRoute[leg.routeID, default: []].append(leg) }
        let places = Dictionary(scene.dataset.places.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for route in ordered {
            let closed = route.status == .closed
            let shownStages = revealUpTo.map { max(0, $0 + 1) } ?? route.stages.count
            for leg in legsByRoute[route.id] ?? [] where leg.toStage < shownStages {
                legs.append(
                    Leg(
                        cells: Self.cells(along: leg.points, projection: projection), closed: closed, mode: leg.mode,
                        allowedCountries: leg.allowedCountries, from: leg.fromPlace, to: leg.toPlace))
            }
            for stage in route.stages.prefix(shownStages) {
                guard let place = places[stage.place] else { continue }
                let weight = place.importance * 2 + (place.kind == .city ? 1 : 0)
                let cell = projection.cell(latitude: place.latitude, longitude: place.longitude)
                let selected = route.id == current?.id && stage.id == selectedStage?.id
                markers.append(
                    Marker(
                        placeID: stage.place, text: String(stage.number), column: cell.column, row: cell.row,
                        closed: closed, selected: selected, current: route.id == current?.id, weight: weight))
            }
        }
    }

    /// The cells a leg's line passes through on this grid, without its two end cells
    /// (the markers): each piece between corners drawn straight, corners included.
    static func cells(along points: [GeoPoint], projection: MapProjection) -> [(column: Int, row: Int)] {
        let projected = points.map { projection.cell(latitude: $0.latitude, longitude: $0.longitude) }
        guard let first = projected.first, let last = projected.last else { return [] }
        var result: [(column: Int, row: Int)] = []
        func add(_ cell: (column: Int, row: Int)) {
            guard cell != first, cell != last, cell.column >= 0, cell.row >= 0,
                cell.column < projection.columns, cell.row < projection.rows
            else { return }
            if let previous = result.last, previous == cell { return }
            result.append(cell)
        }
        for (index, (a, b)) in zip(projected, projected.dropFirst()).enumerated() {
            if index > 0 { add(a) }
            for cell in cells(
                from: (a.column, a.row), to: (b.column, b.row), columns: projection.columns, rows: projection.rows)
            {
                add(cell)
            }
        }
        return result
    }

    /// Markers that do not overlap: where stages fall on the same cells (a far zoom, or a
    /// two-digit number beside another) and a one-cell shift does not separate them, the
    /// selected stage wins, else the one drawn last (the current route's, later stages). The
    /// others are not drawn and get no label, so no label sits beside a number that is not
    /// its own.
    var visibleMarkers: [Marker] {
        // The selected stage, the current route, then weight, then later stages first.
        let byPriority = markers.indices.sorted { a, b in
            let (x, y) = (markers[a], markers[b])
            if x.selected != y.selected { return x.selected }
            if x.current != y.current { return x.current }
            if x.weight != y.weight { return x.weight > y.weight }
            return a > b
        }
        var taken: [Int: String] = [:]  // cell key → place of the marker there
        var accepted: [(index: Int, marker: Marker)] = []
        for index in byPriority {
            // Numbers side by side would read as one ("1" "2" as 12), so a marker keeps a
            // free cell from its neighbours, moving a cell sideways at most (two for a two-digit
            // number, itself two cells wide).
            for shift in [0, -1, 1] + (markers[index].text.count > 1 ? [-2, 2] : []) {
                var marker = markers[index]
                marker.column += shift
                let key = { (column: Int) in (marker.row &* 1_000_003) &+ column }
                let cells = (0..<max(1, marker.text.count)).map { key(marker.column + $0) }
                let span = (-1...max(1, marker.text.count)).map { key(marker.column + $0) }
                let blockers = span.compactMap { taken[$0] }
                // Two stages at one place (arrive, then leave): one number is enough.
                if blockers.contains(marker.placeID) { break }
                if !blockers.isEmpty { continue }
                for cell in cells { taken[cell] = marker.placeID }
                accepted.append((index, marker))
                break
            }
        }
        return accepted.sorted { $0.index < $1.index }.map(\.marker)
    }

    /// Closed routes first, then other routes, the current route last.
    private func rank(_ route: Route, _ current: Route?) -> Int {
        if route.id == current?.id { return 2 }
        return route.status == .closed ? 0 : 1
    }

    /// The cells a straight leg passes through inside a grid, without its two end cells
    /// (the markers). Clipped first, so a leg between far-off places still crosses the view.
    static func cells(from a: (Int, Int), to b: (Int, Int), columns: Int, rows: Int) -> [(column: Int, row: Int)] {
        let (x0, y0) = (Double(a.0) + 0.5, Double(a.1) + 0.5)
        let (dx, dy) = (Double(b.0 - a.0), Double(b.1 - a.1))
        guard let (t0, t1) = MapGeometry.clip(x0, y0, x0 + dx, y0 + dy, columns: columns, rows: rows) else { return [] }
        let steps = Int((max(abs(dx), abs(dy) * 2) * (t1 - t0)).rounded(.up)) * 2
        guard steps > 0 else { return [] }
        var result: [(column: Int, row: Int)] = []
        for i in 0...steps {
            let t = t0 + (t1 - t0) * Double(i) / Double(steps)
            let cell = (column: Int((x0 + dx * t).rounded(.down)), row: Int((y0 + dy * t).rounded(.down)))
            if (cell.column, cell.row) == a || (cell.column, cell.row) == b { continue }
            if let last = result.last, last == cell { continue }
            result.append(cell)
        }
        return result
    }
}
