import TumenData
import TumenModel

/// The route's stage numbers, the places' markers and all the point and area labels, in the
/// order that settles who gives way: stages over places, important labels before others.
struct MapMarks {
    let scene: MapScene
    let overlay: RouteOverlay
    let projection: MapProjection
    let rect: Rect
    let palette: MapPalette
    let symbols: MapSymbols
    let hasBasemap: Bool

    private let eventPlaces: Set<String>
    private var markerWidth: [String: Int] = [:]
    private var markerCell: [String: (Int, Int)] = [:]

    init(
        scene: MapScene, overlay: RouteOverlay, projection: MapProjection, rect: Rect,
        palette: MapPalette, symbols: MapSymbols, hasBasemap: Bool
    ) {
        self.scene = scene
        self.overlay = overlay
        self.projection = projection
        self.rect = rect
        self.palette = palette
        self.symbols = symbols
        self.hasBasemap = hasBasemap
        eventPlaces = scene.highlightedPlaceIDs
    }

    /// Areas (countries, provinces, regions) are named, not marked, unless they are stages.
    static func isArea(_ place: Place) -> Bool { [.country, .province, .region].contains(place.kind) }

    /// Places first, stage markers over them. A place that is not a stage gives way (no
    /// marker, no label) when it would touch a stage or a more important place, so a crowded
    /// area at a far zoom shows the route, not a heap of dots.
    mutating func drawMarkers(into screen: inout Screen, placer: inout LabelPlacer) {
        // Only the current route's numbers push places aside; another route's stop (an `o`
        // too) may share a cell with a city, which then keeps its marker and its name.
        var occupied = Set(overlay.markers.filter(\.current).map { CellPosition(column: $0.column, row: $0.row) })
        let stagePlaceIDs = Set(overlay.markers.map(\.placeID))
        let byImportance = scene.dataset.places.enumerated()
            .sorted { a, b in
                a.element.importance != b.element.importance
                    ? a.element.importance > b.element.importance : a.offset < b.offset
            }
            .map(\.element)
        for place in byImportance
        where !stagePlaceIDs.contains(place.id) && !overlay.hiddenPlaces.contains(place.id)
            && !Self.isArea(place)
        {
            let cell = projection.cell(latitude: place.latitude, longitude: place.longitude)
            guard MapView.inside(cell.column, cell.row, rect) else { continue }
            let crowded = (-1...1).contains { dy in
                (-1...1).contains { dx in
                    occupied.contains(CellPosition(column: cell.column + dx, row: cell.row + dy))
                }
            }
            if crowded && !eventPlaces.contains(place.id) { continue }
            occupied.insert(CellPosition(column: cell.column, row: cell.row))
            let style = eventPlaces.contains(place.id) ? palette.highlight : palette.place
            screen.put(symbols.place, column: rect.column + cell.column, row: rect.row + cell.row, style: style)
            placer.reserve(column: cell.column, row: cell.row)
            markerWidth[place.id] = 1
            markerCell[place.id] = cell
        }
        for marker in overlay.visibleMarkers where MapView.inside(marker.column, marker.row, rect) {
            let style =
                marker.selected || eventPlaces.contains(marker.placeID)
                ? palette.highlight
                : !marker.current ? palette.routeClosed : palette.marker
            let text = marker.current ? marker.text : symbols.place
            let width = screen.put(
                text, column: rect.column + marker.column, row: rect.row + marker.row,
                style: style, limit: rect.maxColumn - rect.column - marker.column)
            placer.reserve(column: marker.column, row: marker.row, width: width)
            markerWidth[marker.placeID] = width
            markerCell[marker.placeID] = (marker.column, marker.row)
        }
    }

    /// The labels nothing else may push out: the selected stage's, the selected event's
    /// places' and the current route's stages'. MapView places the dataset's countries'
    /// names next, then `drawOtherLabels`.
    mutating func drawRouteLabels(into screen: inout Screen, placer: inout LabelPlacer) {
        drawPointLabels(into: &screen, placer: &placer, ranks: 0...2)
    }

    /// Every other place's label, most important first, then closed routes' names.
    mutating func drawOtherLabels(into screen: inout Screen, placer: inout LabelPlacer, closedRouteLabels: Bool) {
        drawPointLabels(into: &screen, placer: &placer, ranks: 3...Int.max)
        if closedRouteLabels {
            for label in Self.closedRouteLabels(scene) {
                guard let anchor = label.anchor.flatMap({ markerCell[$0] }),
                    let spot = placer.place(
                        label.text, width: DisplayWidth.of(label.text), markerColumn: anchor.0, markerRow: anchor.1)
                else { continue }
                put(spot, palette.routeClosed, into: &screen)
            }
        }
    }

    /// Point labels whose rank (`labelRank`) is in `ranks`, lowest rank first.
    private mutating func drawPointLabels(
        into screen: inout Screen, placer: inout LabelPlacer, ranks wanted: ClosedRange<Int>
    ) {
        let stagePlaces = Set(scene.route?.stages.map(\.place) ?? [])
        let selectedPlace = scene.selectedStage?.place
        // Each place ranked once, then positions sorted (not places: moving them copies
        // their strings): this runs every frame.
        let places = scene.dataset.places
        let ranks = places.map { labelRank($0, selectedPlace, stagePlaces) }
        let order = places.indices.sorted { ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : $0 < $1 }
        // At a far zoom only cities, the route's stages and the selected event's places are
        // named; other stops (an embassy, a crossing) keep their marker, and their names
        // appear on zooming in.
        let far = projection.degreesPerColumn > 0.3
        for index in order where wanted.contains(ranks[index]) {
            let place = places[index]
            guard let cell = markerCell[place.id] else { continue }
            if far && place.kind != .city && !stagePlaces.contains(place.id) && !eventPlaces.contains(place.id) {
                continue
            }
            let text = Self.shortName(place.name)
            guard
                let spot = placer.place(
                    text, width: DisplayWidth.of(text), markerColumn: cell.0, markerRow: cell.1,
                    markerWidth: markerWidth[place.id] ?? 1)
            else { continue }
            let style =
                eventPlaces.contains(place.id) || place.id == selectedPlace
                ? palette.importantLabel.with(.underline)
                : place.importance >= 3 ? palette.importantLabel : palette.label
            put(spot, style, into: &screen)
        }
    }

    /// Areas' names, after the basemap's country names. Countries are named by the basemap
    /// itself, so the dataset's own country points only without one; the least important
    /// areas (provinces, mostly) only once a column spans less than about 15 km.
    mutating func drawAreaLabels(into screen: inout Screen, placer: inout LabelPlacer) {
        let closeEnough = projection.degreesPerColumn <= 0.15
        let areas = scene.dataset.places.filter { place in
            Self.isArea(place) && markerCell[place.id] == nil && !(hasBasemap && place.kind == .country)
                && (place.importance >= 2 || closeEnough || eventPlaces.contains(place.id))
        }.sorted { $0.importance > $1.importance }
        for place in areas {
            let cell = projection.cell(latitude: place.latitude, longitude: place.longitude)
            guard MapView.inside(cell.column, cell.row, rect) else { continue }
            let text = Self.shortName(place.name)
            guard
                let spot = placer.placeCentered(text, width: DisplayWidth.of(text), column: cell.column, row: cell.row)
            else { continue }
            put(spot, eventPlaces.contains(place.id) ? palette.highlight : palette.panelDim, into: &screen)
        }
    }

    private func put(_ spot: LabelPlacer.Placement, _ style: Style, into screen: inout Screen) {
        screen.put(
            spot.text, column: rect.column + spot.column, row: rect.row + spot.row, style: style, limit: spot.width)
    }

    /// Lower sorts first: the selected stage, the selected event's places, the route's
    /// stages, then by importance (3 = most important).
    private func labelRank(_ place: Place, _ selected: String?, _ stages: Set<String>) -> Int {
        if place.id == selected { return 0 }
        if eventPlaces.contains(place.id) { return 1 }
        if stages.contains(place.id) { return 2 }
        return 6 - min(3, max(1, place.importance))
    }

    /// Long names lose a trailing aside on the map ("Laos or Myanmar (not disclosed)" →
    /// "Laos or Myanmar"); the panel and the detail pane keep the whole name.
    static func shortName(_ name: String) -> String {
        let visible = TextSanitizer.visible(name)
        guard visible.count > 20 else { return visible }
        for separator in [" (", ", "] {
            if let range = visible.firstRange(of: separator),
                visible.distance(from: visible.startIndex, to: range.lowerBound) >= 4
            {
                return String(visible[..<range.lowerBound])
            }
        }
        return visible
    }

    /// "The desert route (closed, until 2010)", next to the route's last stage.
    static func closedRouteLabels(_ scene: MapScene) -> [(text: String, anchor: String?)] {
        scene.dataset.routes.filter { $0.status == .closed }.map { route in
            let years = route.period.map { ", \($0)" } ?? ""
            return (TextSanitizer.visible("\(route.name) (closed\(years))"), route.stages.last?.place)
        }
    }

    private struct CellPosition: Hashable {
        var column: Int
        var row: Int
    }
}
