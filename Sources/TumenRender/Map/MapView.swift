import TumenModel

/// The route map: the basemap, the routes with numbered stage markers, place labels, and a
/// panel with the selected stage and a legend. Draws only inside `rect`.
public enum MapView {
    /// Panels go to the right from this width; below it, under the map.
    static let sidePanelFromWidth = 110
    static let sidePanelWidth = 34

    public static func draw(_ state: ExplorerState, into screen: inout Screen, rect: Rect, theme: Theme,
                            basemap: BasemapLoad = .standard) {
        guard !rect.isEmpty else { return }
        // When the selection moved in the timeline (split view, or before `m`), the map shows
        // the new event's places; the reducer catches up the same way on the next map key.
        var state = state
        if state.selected != state.map.followedEvent { state.followSelectedEvent() }
        screen.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height)
        let mapRect: Rect
        if rect.width >= sidePanelFromWidth {
            let split = rect.splitRight(sidePanelWidth)
            mapRect = split.rest
            MapPanel.drawSide(state, into: &screen, rect: split.right, theme: theme)
        } else if rect.height >= 10 {
            let split = rect.splitBottom(3)
            mapRect = split.rest
            MapPanel.drawBottom(state, into: &screen, rect: split.bottom, theme: theme)
        } else {
            mapRect = rect
        }
        drawMap(state, into: &screen, rect: mapRect, theme: theme, basemap: basemap)
    }

    static func drawMap(_ state: ExplorerState, into screen: inout Screen, rect: Rect, theme: Theme, basemap: BasemapLoad,
                        revealUpTo: Int? = nil) {
        guard !rect.isEmpty else { return }
        let palette = MapPalette(theme: theme)
        let symbols = MapSymbols(unicode: theme.unicode)
        let projection = MapProjection(fitting: state.map, columns: rect.width, rows: rect.height)
        let painter = BasemapPainter(projection: projection)
        let raster = painter.rasterize(basemap.basemap)
        let braille = theme.unicode ? painter.brailleLines(basemap.basemap) : nil

        // 1. Sea, land and the lines of coasts and borders.
        for row in 0..<rect.height {
            for column in 0..<rect.width {
                let x = rect.column + column, y = rect.row + row
                if let braille, let character = braille.character(column: column, row: row) {
                    screen[x, y] = Cell(String(character), style: palette.line)
                } else if braille == nil, let character = raster.lines.character(column: column, row: row) {
                    screen[x, y] = Cell(String(character), style: palette.line)
                } else if !raster.land.isLand(column: column, row: row),
                          MapSymbols.isSeaTextureCell(column: x, row: y) {
                    screen[x, y] = Cell(symbols.sea, style: palette.sea)
                }
            }
        }

        // 2. Route legs, closed routes dashed.
        let overlay = RouteOverlay(state: state, projection: projection, revealUpTo: revealUpTo)
        var placer = LabelPlacer(columns: rect.width, rows: rect.height)
        for leg in overlay.legs {
            for (index, cell) in leg.cells.enumerated() where inside(cell.column, cell.row, rect) {
                placer.avoid(column: cell.column, row: cell.row)
                if leg.closed && index % 2 == 1 { continue }
                screen[rect.column + cell.column, rect.row + cell.row] =
                    Cell(leg.closed ? symbols.closedLeg : symbols.openLeg, style: leg.closed ? palette.routeClosed : palette.routeOpen)
            }
        }

        // 3. Markers: places first, stage numbers over them. A place that is not a stage gives
        //    way (no marker, no label) when it would touch a stage or a more important place,
        //    so a crowded area at a far zoom shows the route, not a heap of dots.
        let eventPlaces = Set(state.selectedEvent?.places ?? [])
        var markerWidth: [String: Int] = [:]
        var markerCell: [String: (Int, Int)] = [:]
        var occupied = Set(overlay.markers.map { Cell2(column: $0.column, row: $0.row) })
        let stagePlaceIDs = Set(overlay.markers.map(\.placeID))
        let byImportance = state.dataset.places.enumerated()
            .sorted { a, b in a.element.importance != b.element.importance ? a.element.importance > b.element.importance : a.offset < b.offset }
            .map(\.element)
        for place in byImportance where !stagePlaceIDs.contains(place.id) && !overlay.hiddenPlaces.contains(place.id) {
            let cell = projection.cell(latitude: place.latitude, longitude: place.longitude)
            guard inside(cell.column, cell.row, rect) else { continue }
            let crowded = (-1...1).contains { dy in (-1...1).contains { dx in
                occupied.contains(Cell2(column: cell.column + dx, row: cell.row + dy)) } }
            if crowded && !eventPlaces.contains(place.id) { continue }
            occupied.insert(Cell2(column: cell.column, row: cell.row))
            let style = eventPlaces.contains(place.id) ? palette.highlight : palette.place
            screen.put(symbols.place, column: rect.column + cell.column, row: rect.row + cell.row, style: style)
            placer.reserve(column: cell.column, row: cell.row)
            markerWidth[place.id] = 1
            markerCell[place.id] = cell
        }
        for marker in overlay.visibleMarkers where inside(marker.column, marker.row, rect) {
            let style = marker.selected || eventPlaces.contains(marker.placeID) ? palette.highlight
                : marker.closed ? palette.routeClosed : palette.marker
            let width = screen.put(marker.text, column: rect.column + marker.column, row: rect.row + marker.row,
                                   style: style, limit: rect.maxColumn - rect.column - marker.column)
            placer.reserve(column: marker.column, row: marker.row, width: width)
            markerWidth[marker.placeID] = width
            markerCell[marker.placeID] = (marker.column, marker.row)
        }

        // 4. The scale bar, bottom left, then labels, most important first; the rest give way.
        if let bar = ScaleBar(projection: projection, maxColumns: min(24, rect.width / 3)), rect.height >= 4 {
            let row = rect.height - 1
            screen.put(" \(bar.text) ", column: rect.column, row: rect.row + row, style: palette.panelText)
            placer.reserve(column: 0, row: row, width: bar.text.count + 2)
        }
        let stagePlaces = Set(state.mapRoute?.stages.map(\.place) ?? [])
        let selectedPlace = state.mapSelectedStage?.place
        let ranked = state.dataset.places.enumerated().sorted { a, b in
            let ka = labelRank(a.element, selectedPlace, eventPlaces, stagePlaces)
            let kb = labelRank(b.element, selectedPlace, eventPlaces, stagePlaces)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
        for place in ranked {
            guard let cell = markerCell[place.id] else { continue }
            let text = TextSanitizer.visible(place.name)
            guard let spot = placer.place(text, width: DisplayWidth.of(text), markerColumn: cell.0, markerRow: cell.1,
                                          markerWidth: markerWidth[place.id] ?? 1) else { continue }
            let style = eventPlaces.contains(place.id) || place.id == selectedPlace ? palette.importantLabel.with(.underline)
                : place.importance >= 3 ? palette.importantLabel : palette.label
            screen.put(spot.text, column: rect.column + spot.column, row: rect.row + spot.row, style: style, limit: spot.width)
        }
        for label in revealUpTo == nil ? closedRouteLabels(state) : [] {
            guard let anchor = label.anchor.flatMap({ markerCell[$0] }),
                  let spot = placer.place(label.text, width: DisplayWidth.of(label.text), markerColumn: anchor.0, markerRow: anchor.1)
            else { continue }
            screen.put(spot.text, column: rect.column + spot.column, row: rect.row + spot.row, style: palette.routeClosed, limit: spot.width)
        }

        // 5. Country names where there is room, nearest their label points.
        for label in CountryLabels.place(raster: raster, projection: projection, placer: &placer) {
            screen.put(label.text, column: rect.column + label.column, row: rect.row + label.row,
                       style: palette.countryLabel, limit: label.width)
        }

        // 6. The notice when there is no basemap.
        if let notice = basemap.notice {
            screen.put(notice, column: rect.column, row: rect.row, style: palette.notice, limit: rect.width)
        }
    }

    /// Lower sorts first: the selected stage, the selected event's places, the route's
    /// stages, then by importance (3 = most important).
    static func labelRank(_ place: Place, _ selected: String?, _ event: Set<String>, _ stages: Set<String>) -> Int {
        if place.id == selected { return 0 }
        if event.contains(place.id) { return 1 }
        if stages.contains(place.id) { return 2 }
        return 6 - min(3, max(1, place.importance))
    }

    /// "The desert route (closed, until 2010)", next to the route's last stage.
    static func closedRouteLabels(_ state: ExplorerState) -> [(text: String, anchor: String?)] {
        state.dataset.routes.filter { $0.status == .closed }.map { route in
            let years = route.period.map { ", \($0)" } ?? ""
            return (TextSanitizer.visible("\(route.name) (closed\(years))"), route.stages.last?.place)
        }
    }

    /// A cell position that can go in a set.
    private struct Cell2: Hashable {
        var column: Int
        var row: Int
    }

    private static func inside(_ column: Int, _ row: Int, _ rect: Rect) -> Bool {
        column >= 0 && row >= 0 && column < rect.width && row < rect.height
    }
}
