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
        screen.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, style: theme.normal)
        let mapRect: Rect
        if rect.width >= sidePanelFromWidth {
            let split = rect.splitRight(sidePanelWidth)
            mapRect = split.rest
            MapPanel.drawSide(state, into: &screen, rect: split.right, theme: theme)
        } else if rect.height >= 10 {
            let split = rect.splitBottom(MapPanel.bottomHeight(state, width: rect.width, available: rect.height))
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
        let (raster, braille) = BasemapRasterCache.shared.rasters(projection: projection, basemap: basemap.basemap,
                                                                  braille: theme.unicode)

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

        // 2. Route legs, each travel mode in its own characters, closed routes dashed and
        // dimmed. Flights go first, dotted and without claiming their cells: labels and
        // overland legs draw over them, so a flight never reads as a road.
        let geometry = RouteGeometryCache.shared.geometry(for: state.dataset, basemap: basemap.basemap)
        let overlay = RouteOverlay(state: state, projection: projection, revealUpTo: revealUpTo, geometry: geometry)
        var placer = LabelPlacer(columns: rect.width, rows: rect.height)
        for leg in overlay.legs.filter({ $0.mode == .air }) + overlay.legs.filter({ $0.mode != .air }) {
            let flight = leg.mode == .air
            for (index, cell) in leg.cells.enumerated() where inside(cell.column, cell.row, rect) {
                // At a far zoom a cell beside a stage can be mostly a neighbour's land (Yanji's
                // cell touches North Korea's): the leg passes under it rather than claim it.
                if let allowed = leg.allowedCountries, let country = raster.land.country(column: cell.column, row: cell.row),
                   !allowed.contains(raster.countries[country].code) { continue }
                if !flight { placer.avoid(column: cell.column, row: cell.row) }
                if (leg.closed || flight) && index % 2 == 1 { continue }
                let style = leg.closed ? palette.routeClosed : flight ? palette.routeFlight : palette.routeOpen
                screen[rect.column + cell.column, rect.row + cell.row] = Cell(symbols.leg(leg.mode), style: style)
            }
        }

        // 3–4. The scale bar (bottom left), markers and labels.
        if let bar = ScaleBar(projection: projection, maxColumns: min(24, rect.width / 3)), rect.height >= 4 {
            let row = rect.height - 1
            screen.put(" \(bar.text) ", column: rect.column, row: rect.row + row, style: palette.panelText)
            placer.reserve(column: 0, row: row, width: bar.text.count + 2)
        }
        var marks = MapMarks(state: state, overlay: overlay, projection: projection, rect: rect,
                             palette: palette, symbols: symbols, hasBasemap: basemap.basemap != nil)
        marks.drawMarkers(into: &screen, placer: &placer)
        marks.drawLabels(into: &screen, placer: &placer, closedRouteLabels: revealUpTo == nil)

        // 5. Country names where there is room, nearest their label points; then areas' names.
        for label in CountryLabels.place(raster: raster, projection: projection, placer: &placer) {
            screen.put(label.text, column: rect.column + label.column, row: rect.row + label.row,
                       style: palette.countryLabel, limit: label.width)
        }
        marks.drawAreaLabels(into: &screen, placer: &placer)

        // 6. The notice when there is no basemap.
        if let notice = basemap.notice {
            screen.put(notice, column: rect.column, row: rect.row, style: palette.notice, limit: rect.width)
        }
    }

    static func inside(_ column: Int, _ row: Int, _ rect: Rect) -> Bool {
        column >= 0 && row >= 0 && column < rect.width && row < rect.height
    }
}
