import TumenData
import TumenModel

/// Country names, in capitals, never over a marker, a label or a route leg, in two passes
/// (MapView places the other points' labels between them).
///
/// First the countries that matter to the dataset (CountryPriority: its routes' countries,
/// then the countries it names), after the route's own labels but before other places': a
/// class needs "N. KOREA" more than a city's name set across it. They try hardest, in this
/// order: the full name inside the country; then each shorter form ("N. KOREA", then "NK")
/// inside it, with a blank cell either side and then without, or beside it over the sea;
/// then a shorter form on its land over its coast or border lines; last, beside it over a
/// neighbour's land. Then every other country, named only where its full name fits inside
/// with margins, after all place labels, so it never pushes one out.
///
/// Inside a country a name takes the free stretch nearest Natural Earth's label point (or,
/// when that is off screen, the middle of the country's visible part).
enum CountryLabels {
    struct Result {
        var placements: [LabelPlacer.Placement] = []
        /// Initials used on the map and the names they stand for, and where their key goes.
        var initials: [(text: String, name: String)] = []
        var key: LabelPlacer.Placement?

        mutating func append(_ other: Result) {
            placements += other.placements
            initials += other.initials
            key = key ?? other.key
        }
    }

    /// The two passes, with other labels placed between them (MapView).
    enum Pass {
        /// The dataset's countries (ranked by CountryPriority), trying every form.
        case dataset
        /// Every other country, full name inside only.
        case others
    }

    static func place(
        _ pass: Pass, raster: BasemapPainter.Result, projection: MapProjection, placer: inout LabelPlacer,
        ranks: [String: Int] = [:]
    ) -> Result {
        guard pass == .dataset else {
            return place(pass, raster: raster, projection: projection, placer: &placer, ranks: ranks, initials: false)
        }
        // Initials only with their key: if there is no room for it, the same again without them.
        var trial = placer
        var result = place(pass, raster: raster, projection: projection, placer: &trial, ranks: ranks, initials: true)
        result.key = CountryLabelKey.place(result.initials, raster: raster, placer: &trial)
        if !result.initials.isEmpty && result.key == nil {
            trial = placer
            result = place(pass, raster: raster, projection: projection, placer: &trial, ranks: ranks, initials: false)
        }
        placer = trial
        return result
    }

    private static func place(
        _ pass: Pass, raster: BasemapPainter.Result, projection: MapProjection, placer: inout LabelPlacer,
        ranks: [String: Int], initials: Bool
    ) -> Result {
        let grid = CountryGrid(raster: raster, projection: projection, placer: placer)
        var result = Result()
        let countries = raster.countries.indices.filter { grid.isOnScreen($0) }
        let rank = { (country: Int) in ranks[raster.countries[country].code] ?? CountryPriority.other }
        // Biggest first within a rank: they have most room and are the ones a reader looks for.
        let ordered = countries.sorted { a, b in
            rank(a) != rank(b) ? rank(a) < rank(b) : grid.area[a] != grid.area[b] ? grid.area[a] > grid.area[b] : a < b
        }
        var named = Set<Int>()
        func put(_ spot: LabelPlacer.Placement, _ name: CountryNames.Name, _ country: Int) {
            placer.reserve(column: spot.column - 1, row: spot.row, width: spot.width + 2)
            result.placements.append(spot)
            if name.form == .initials { result.initials.append((name.text, raster.countries[country].name)) }
            named.insert(country)
        }
        guard pass == .dataset else {
            for country in ordered where rank(country) == CountryPriority.other {
                let names = CountryNames(raster.countries[country].name)
                if let spot = grid.inside(names.forms[0], country, margin: true, placer: placer) {
                    put(spot, names.forms[0], country)
                }
            }
            return result
        }
        // First every one of the dataset's countries whose full name fits inside it, then
        // the rest of them, shorter or beside.
        for country in ordered where rank(country) < CountryPriority.other {
            let names = CountryNames(raster.countries[country].name)
            if let spot = grid.inside(names.forms[0], country, margin: true, placer: placer) {
                put(spot, names.forms[0], country)
            }
        }
        for country in ordered where rank(country) < CountryPriority.other && !named.contains(country) {
            if let (spot, name) = shorterName(for: country, grid: grid, placer: placer, initials: initials) {
                put(spot, name, country)
            }
        }
        return result
    }

    /// The first shorter form that fits inside the country or beside it over the sea; failing
    /// all, one on the country over its own outline; last, one beside it over a neighbour's
    /// land (a name there reads as the neighbour's).
    private static func shorterName(for country: Int, grid: CountryGrid, placer: LabelPlacer, initials: Bool)
        -> (LabelPlacer.Placement, CountryNames.Name)?
    {
        let shorter = CountryNames(grid.raster.countries[country].name).forms.dropFirst().filter {
            initials || $0.form != .initials
        }
        for name in shorter {
            if let spot = grid.inside(name, country, margin: true, placer: placer)
                ?? grid.inside(name, country, margin: false, placer: placer)
                ?? grid.beside(name, country, overNeighbours: false, placer: placer)
            {
                return (spot, name)
            }
        }
        for name in shorter {
            if let spot = grid.overOutline(name, country, placer: placer) { return (spot, name) }
        }
        for name in shorter {
            if let spot = grid.beside(name, country, overNeighbours: true, placer: placer) { return (spot, name) }
        }
        return nil
    }
}
