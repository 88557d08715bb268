import TumenModel

/// Shades the countries the selected event concerns as a whole (its places of kind
/// `country`): such a place has a point but no marker worth showing, and "North Korea" is
/// better shown as the whole of North Korea. Drawn last, and only on cells nothing else
/// uses or keeps clear (route legs and the gaps of dashed ones, markers, labels and the
/// blank margin round each label), so the shading never crowds what it surrounds.
///
/// Without colour (mono, terminal) the shading is a stipple of dots on the country's
/// blank land, dense enough to tell from the sea's sparse `~`; with colour, the country's
/// cells also get a background tint.
enum CountryShade {
    /// A dot on every fourth cell, staggered by row, between the sea's `~` columns.
    static func isStippleCell(column: Int, row: Int) -> Bool { column % 4 == (row % 2) * 2 + 1 }

    /// The basemap codes of the countries holding the given country places; `countries`
    /// gives each place's country (PlaceCountryCache).
    static func codes(of places: [Place], countries: [String: String]) -> Set<String> {
        Set(places.compactMap { countries[$0.id] })
    }

    static func draw(codes: Set<String>, raster: BasemapPainter.Result, placer: LabelPlacer,
                     into screen: inout Screen, rect: Rect, theme: Theme) {
        guard !codes.isEmpty else { return }
        let shaded = raster.countries.map { codes.contains($0.code) }
        guard shaded.contains(true) else { return }
        let tint = Self.tint(theme)
        let dot = Cell(theme.unicode ? "·" : ".", style: tint ?? theme.normal)
        for row in 0..<rect.height {
            for column in 0..<rect.width {
                guard let owner = raster.land.country(column: column, row: row), shaded[owner],
                      !placer.isAvoided(column: column, row: row), !placer.isTaken(column: column, row: row) else { continue }
                let x = rect.column + column, y = rect.row + row
                if screen[x, y].text == " " {
                    if isStippleCell(column: x, row: y) {
                        screen[x, y] = dot
                    } else if let tint {
                        screen[x, y] = Cell(" ", style: tint)
                    }
                } else if let tint {
                    // A coast or border through the country keeps its character, on the tint.
                    var cell = screen[x, y]
                    cell.style.background = tint.background
                    screen[x, y] = cell
                }
            }
        }
    }

    /// A background that reads under the map's own text in each colour theme; nil without
    /// colour, where the stipple alone does the work.
    static func tint(_ theme: Theme) -> Style? {
        switch theme.name {
        case "dark": return Style(foreground: .white, background: .brightBlack)
        case "light": return Style(foreground: .black, background: .brightYellow)
        case "high-contrast": return Style(foreground: .brightWhite, background: .blue)
        default: return nil
        }
    }
}
