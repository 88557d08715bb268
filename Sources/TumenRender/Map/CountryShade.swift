import TumenData
import TumenModel

/// Shades the countries the selected event concerns as a whole (its places of kind
/// `country`): such a place has a point but no marker worth showing, and "North Korea" is
/// better shown as the whole of North Korea. Drawn last, and only on cells nothing else
/// uses or keeps clear (route legs and the gaps of dashed ones, markers, labels and the
/// blank margin round each label), so the shading never crowds what it surrounds.
///
/// The shading is a stipple of dots on the country's blank land, dense enough to tell from
/// the sea's sparse `~` and readable without colour; colour themes draw the dots in the
/// colour of country names. (A background tint was tried: over China it became a slab
/// with holes wherever a label or a leg kept its own background.)
enum CountryShade {
    /// A dot on every fourth cell, staggered by row, between the sea's `~` columns.
    static func isStippleCell(column: Int, row: Int) -> Bool { column % 4 == (row % 2) * 2 + 1 }

    /// The basemap codes of the countries holding the given country places; `countries`
    /// gives each place's country (PlaceCountryCache).
    static func codes(of places: [Place], countries: [String: String]) -> Set<String> {
        Set(places.compactMap { countries[$0.id] })
    }

    static func draw(
        codes: Set<String>, raster: BasemapPainter.Result, placer: LabelPlacer,
        into screen: inout Screen, rect: Rect, style: Style, unicode: Bool
    ) {
        guard !codes.isEmpty else { return }
        let shaded = raster.countries.map { codes.contains($0.code) }
        guard shaded.contains(true) else { return }
        let dot = Cell(unicode ? "·" : ".", style: style)
        for row in 0..<rect.height {
            for column in 0..<rect.width {
                let x = rect.column + column
                let y = rect.row + row
                guard isStippleCell(column: x, row: y), let owner = raster.land.country(column: column, row: row),
                    shaded[owner],
                    screen[x, y].text == " ", !placer.isAvoided(column: column, row: row),
                    !placer.isTaken(column: column, row: row)
                else { continue }
                screen[x, y] = dot
            }
        }
    }
}
