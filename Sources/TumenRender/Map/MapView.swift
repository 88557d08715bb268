import TumenData
import TumenModel

/// The route map: the basemap, the routes with numbered stage markers, place labels, and a
/// panel with the selected stage and a legend. Draws a `MapScene` (the explorer's, or the
/// presenter's stage) only inside `rect`.
public enum MapView {
    /// Panels go to the right from this width; below it, under the map.
    static let sidePanelFromWidth = 110
    static let sidePanelWidth = 34

    public static func draw(
        _ scene: MapScene, into screen: inout Screen, rect: Rect, theme: Theme,
        context: RenderContext
    ) {
        guard !rect.isEmpty else { return }
        screen.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, style: theme.normal)
        if rect.width >= sidePanelFromWidth {
            MapPanel.drawSide(scene, into: &screen, rect: rect.splitRight(sidePanelWidth).right, theme: theme)
        } else if rect.height >= 10 {
            let height = MapPanel.bottomHeight(scene, width: rect.width, available: rect.height)
            MapPanel.drawBottom(scene, into: &screen, rect: rect.splitBottom(height).bottom, theme: theme)
        }
        drawMap(scene, into: &screen, rect: mapRect(scene, in: rect), theme: theme, context: context)
    }

    /// The part of `rect` the map itself takes: the rest goes to the panel, beside it on wide
    /// screens, under it otherwise, none when the rectangle is too low for one.
    static func mapRect(_ scene: MapScene, in rect: Rect) -> Rect {
        if rect.width >= sidePanelFromWidth { return rect.splitRight(sidePanelWidth).rest }
        if rect.height >= 10 {
            return rect.splitBottom(MapPanel.bottomHeight(scene, width: rect.width, available: rect.height)).rest
        }
        return rect
    }

    /// The map without its panel: all the presenter shows.
    static func drawMap(
        _ scene: MapScene, into screen: inout Screen, rect: Rect, theme: Theme,
        context: RenderContext
    ) {
        guard !rect.isEmpty else { return }
        let basemap = context.basemap
        let palette = MapPalette(theme: theme)
        let symbols = MapSymbols(unicode: theme.unicode)
        let projection = MapProjection(fitting: scene.viewport, columns: rect.width, rows: rect.height)
        let (raster, braille) = context.basemapRasters.rasters(
            projection: projection, basemap: basemap.basemap,
            braille: theme.unicode)

        // 1. Sea, land and the lines of coasts and borders.
        for row in 0..<rect.height {
            for column in 0..<rect.width {
                let x = rect.column + column
                let y = rect.row + row
                if let braille, let character = braille.character(column: column, row: row) {
                    screen[x, y] = Cell(String(character), style: palette.line)
                } else if braille == nil, let character = raster.lines.character(column: column, row: row) {
                    screen[x, y] = Cell(String(character), style: palette.line)
                } else if !raster.land.isLand(column: column, row: row),
                    MapSymbols.isSeaTextureCell(column: x, row: y)
                {
                    screen[x, y] = Cell(symbols.sea, style: palette.sea)
                }
            }
        }

        // 2. Route legs, each travel mode in its own characters, closed routes dashed and
        // dimmed. Flights go first, dotted and without claiming their cells: labels and
        // overland legs draw over them, so a flight never reads as a road.
        let geometry = context.routeGeometry.geometry(for: scene.dataset, basemap: basemap.basemap)
        let overlay = RouteOverlay(scene: scene, projection: projection, geometry: geometry)
        var placer = LabelPlacer(columns: rect.width, rows: rect.height)
        for leg in overlay.legs.filter({ $0.mode == .air }) + overlay.legs.filter({ $0.mode != .air }) {
            let flight = leg.mode == .air
            for (index, cell) in leg.cells.enumerated() where inside(cell.column, cell.row, rect) {
                // At a far zoom a cell beside a stage can be mostly a neighbour's land (Yanji's
                // cell touches North Korea's): the leg passes under it rather than claim it.
                if let allowed = leg.allowedCountries,
                    let country = raster.land.country(column: cell.column, row: cell.row),
                    !allowed.contains(raster.countries[country].code)
                {
                    continue
                }
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
        var marks = MapMarks(
            scene: scene, overlay: overlay, projection: projection, rect: rect,
            palette: palette, symbols: symbols, hasBasemap: basemap.basemap != nil)
        marks.drawMarkers(into: &screen, placer: &placer)
        marks.drawRouteLabels(into: &screen, placer: &placer)

        // 5. Names of the countries the dataset is about (its routes' and its own country
        // places') with the key to any initials, before other places' labels: at a far zoom
        // "N. KOREA" matters more to a class than a city's name set across it. Then the other
        // labels, the other countries' names, and areas' names.
        let placeCountries = context.placeCountries.codes(of: scene.dataset.places, in: basemap.basemap)
        let ranks = CountryPriority.ranks(of: scene.dataset, countries: placeCountries)
        var countries = CountryLabels.place(
            .dataset, raster: raster, projection: projection, placer: &placer, ranks: ranks)
        marks.drawOtherLabels(into: &screen, placer: &placer, closedRouteLabels: scene.revealUpTo == nil)
        countries.append(
            CountryLabels.place(.others, raster: raster, projection: projection, placer: &placer, ranks: ranks))
        for label in countries.placements {
            screen.put(
                label.text, column: rect.column + label.column, row: rect.row + label.row,
                style: palette.countryLabel, limit: label.width)
        }
        if let key = countries.key {
            screen.put(
                key.text, column: rect.column + key.column, row: rect.row + key.row, style: palette.panelText,
                limit: key.width)
        }
        marks.drawAreaLabels(into: &screen, placer: &placer)

        // 6. Countries the selected event concerns as a whole, shaded round everything drawn.
        CountryShade.draw(
            codes: CountryShade.codes(of: scene.highlightedCountries, countries: placeCountries),
            raster: raster, placer: placer, into: &screen, rect: rect, style: palette.countryLabel,
            unicode: theme.unicode)

        // 7. The notice when there is no basemap.
        if let notice = basemap.notice {
            screen.put(notice, column: rect.column, row: rect.row, style: palette.notice, limit: rect.width)
        }
    }

    static func inside(_ column: Int, _ row: Int, _ rect: Rect) -> Bool {
        column >= 0 && row >= 0 && column < rect.width && row < rect.height
    }
}
