/// The route map in words: where each stage is and how it lies from the one before,
/// for a reader who cannot see the map (the screen-reader mode, the `w` panel, the
/// handouts' text alternatives). Directions and distances are worked out from the
/// places' coordinates and said to be straight lines: the sources name stages, not roads.
/// Travel modes, durations and distances the sources give are said with whose word
/// they are, and where the sources disagree the description says so.
public struct MapDescription: Sendable {
    public let dataset: Dataset
    private let countries: PlaceCountries
    private let places: [String: Place]

    public init(dataset: Dataset, basemap: Basemap?) {
        self.dataset = dataset
        countries = PlaceCountries(basemap: basemap)
        places = Dictionary(dataset.places.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// How a stage lies from the stage before it on its route.
    public struct Leg: Sendable, Equatable {
        public var from: Place
        public var to: Place
        /// Great-circle distance (haversine).
        public var kilometres: Double
        /// Initial bearing from `from` to `to`, degrees clockwise from north.
        public var bearing: Double
        public var compass: CompassPoint
        /// True when both stages are at one place (or within half a kilometre).
        public var samePlace: Bool { from.id == to.id || kilometres < 0.5 }
    }

    /// The leg into stage `index` (0-based) of `route`; nil for the first stage or a missing place.
    public func leg(into index: Int, of route: Route) -> Leg? {
        guard index > 0, route.stages.indices.contains(index),
            let from = places[route.stages[index - 1].place], let to = places[route.stages[index].place]
        else { return nil }
        let a = GeoPoint(latitude: from.latitude, longitude: from.longitude)
        let b = GeoPoint(latitude: to.latitude, longitude: to.longitude)
        let bearing = GreatCircle.bearing(from: a, to: b)
        return Leg(
            from: from, to: to, kilometres: GreatCircle.kilometres(from: a, to: b), bearing: bearing,
            compass: CompassPoint(bearing: bearing))
    }

    /// "less than 1 km", "45 km", "1,230 km": kilometres to the unit under 1,000 and to ten
    /// above, since the places themselves are placed no better than that.
    public static func distanceText(_ kilometres: Double) -> String {
        if kilometres < 1 { return "less than 1 km" }
        if kilometres < 1000 { return "\(Spoken.grouped(Int(kilometres.rounded()))) km" }
        return "\(Spoken.grouped(Int((kilometres / 10).rounded()) * 10)) km"
    }

    /// "Yanji, in China"; a country alone for a place that is one, and a river alone unless
    /// the data names its countries: a border river's point lies on one bank or the other
    /// by chance, and "the Tumen River, in North Korea" would say more than anyone knows.
    public func placePhrase(_ place: Place) -> String {
        let name = Spoken.line(place.name)
        guard place.kind != .country, place.kind != .river || !place.countries.isEmpty,
            let country = countries.phrase(for: place)
        else { return name }
        return "\(name), in \(Spoken.line(country))"
    }

    /// "45 km north-east of stage 3, Tumen, in a straight line", or "the same place as stage 4".
    public func relation(into index: Int, of route: Route) -> String? {
        guard let leg = leg(into: index, of: route) else { return nil }
        let previous = route.stages[index - 1]
        if leg.samePlace { return "the same place as stage \(previous.number)" }
        return "\(Self.distanceText(leg.kilometres)) \(leg.compass.name) of stage \(previous.number), "
            + "\(Spoken.line(leg.from.name)), in a straight line"
    }

    /// The sentences about where a stage is and how it was reached, without its story:
    /// the text alternative of a stage's map in a handout.
    public func geography(stage index: Int, of route: Route) -> [String] {
        guard route.stages.indices.contains(index) else { return [] }
        let stage = route.stages[index]
        var out = [
            Spoken.sentence(
                "Stage \(stage.number) of \(route.stages.count) of \(Spoken.line(route.name)): "
                    + "\(Spoken.line(stage.title))"
            )
        ]
        out += whereabouts(stage: index, of: route)
        if let words = stage.travel { out.append(Spoken.sentence("In the sources' words: " + Spoken.line(words))) }
        if let duration = stage.duration { out.append(Spoken.sentence("How long: " + Spoken.line(duration))) }
        if let distance = stage.distance {
            out.append(Spoken.sentence("Distance in the sources: " + Spoken.line(distance)))
        }
        return out
    }

    /// What only the map shows: the place and its country, the straight-line distance and
    /// direction from the stage before, and the ways of travel with whose word they are.
    /// Handouts that already print the stage's travel, duration and distance add just this.
    public func whereabouts(stage index: Int, of route: Route) -> [String] {
        guard route.stages.indices.contains(index) else { return [] }
        let stage = route.stages[index]
        var out: [String] = []
        if let place = places[stage.place] {
            var text = Spoken.sentence("Place: " + placePhrase(place))
            switch place.precision {
            case .illustrative: text += " Its position on the map is schematic."
            case .approximate: text += " Its position on the map is approximate."
            case .exact, .city: break
            }
            out.append(text)
        }
        if index == 0 {
            out.append("The route starts here.")
        } else if let relation = relation(into: index, of: route) {
            out.append(Spoken.sentence(relation.prefix(1).uppercased() + relation.dropFirst()))
        }
        if let travel = travelSentence(stage) { out.append(travel) }
        return out
    }

    /// The whole stage: where it is, then its story and any note on the place.
    public func stage(_ index: Int, of route: Route) -> [String] {
        guard route.stages.indices.contains(index) else { return [] }
        let stage = route.stages[index]
        var out = geography(stage: index, of: route)
        out.append(Spoken.sentence(Spoken.line(stage.description)))
        // The note on a schematic place, once: not again for a stage at the same place.
        if let place = places[stage.place], place.precision == .illustrative, let note = place.note,
            index == 0 || route.stages[index - 1].place != stage.place
        {
            out.append(Spoken.sentence("About the place: " + Spoken.line(note)))
        }
        return out
    }

    /// "Travelled by road and by rail (CNN)", or, where the sources name different ways,
    /// "The sources disagree on how: by road and by rail (CNN); by road (…)"; nil when no
    /// source says how.
    public func travelSentence(_ stage: RouteStage) -> String? {
        let groups = stage.travelModesBySource.filter { $0.source != nil && $0.modes != [.unknown] }
        guard !groups.isEmpty else { return nil }
        func phrase(_ modes: [TravelMode]) -> String { Spoken.list(modes.filter { $0 != .unknown }.map(\.phrase)) }
        if stage.travelModesDisagree {
            let parts = groups.map { "\(phrase($0.modes)) (\(sourceName($0.source)))" }
            return "The sources disagree on how: " + parts.joined(separator: "; ") + "."
        }
        let names = groups.map { sourceName($0.source) }
        return "Travelled \(phrase(groups[0].modes)) (\(names.joined(separator: "; ")))."
    }

    /// A source as a reader knows it: its publisher if it has one ("CNN"), else its title.
    func sourceName(_ reference: SourceReference?) -> String {
        guard let id = reference?.source else { return "no source" }
        guard let source = dataset.sources.first(where: { $0.id == id }) else { return Spoken.line(id) }
        return Spoken.line(source.publisher ?? source.title)
    }

    /// A route as a whole: what it is, its length in straight lines, and one sentence a
    /// stage, then the other routes on the map.
    public func overview(of route: Route) -> [String] {
        var status = route.status.rawValue
        if let period = route.period { status += ", " + Spoken.line(period) }
        var head =
            "\(Spoken.line(route.name)): \(status). \(route.stages.count) stage\(route.stages.count == 1 ? "" : "s")"
        if let first = route.stages.first.flatMap({ places[$0.place] }),
            let last = route.stages.last.flatMap({ places[$0.place] }),
            route.stages.count > 1
        {
            head += ", from \(Spoken.line(first.name)) to \(Spoken.line(last.name))"
        }
        var out = [Spoken.sentence(head)]
        let total = route.stages.indices.compactMap { leg(into: $0, of: route)?.kilometres }.reduce(0, +)
        if route.stages.count > 1 {
            out.append("In straight lines from stage to stage, \(Self.distanceText(total)) in all.")
        }
        for index in route.stages.indices { out.append(briefStage(index, of: route)) }
        let others = dataset.routes.filter { $0.id != route.id }
        if !others.isEmpty {
            let names = others.map { other in
                let facts = [other.status.rawValue, other.period.map(Spoken.line)].compactMap { $0 }
                return "\(Spoken.line(other.name)) (\(facts.joined(separator: ", ")))"
            }
            out.append("Also on the map: " + names.joined(separator: "; ") + ".")
        }
        return out
    }

    /// "5. By car to a safe house: Yanji, in China; the same place as stage 4; by road."
    public func briefStage(_ index: Int, of route: Route) -> String {
        let stage = route.stages[index]
        var parts = [
            "\(stage.number). \(Spoken.line(stage.title)): "
                + (places[stage.place].map(placePhrase) ?? Spoken.line(stage.place))
        ]
        if index == 0 {
            parts.append("the start")
        } else if let relation = relation(into: index, of: route) {
            parts.append(relation)
        }
        let modes = stage.travelModes.map(\.mode).filter { $0 != .unknown }
        var unique: [TravelMode] = []
        for mode in modes where !unique.contains(mode) { unique.append(mode) }
        if !unique.isEmpty { parts.append(Spoken.list(unique.map(\.phrase), conjunction: "or")) }
        return Spoken.sentence(parts.joined(separator: "; "))
    }
}
