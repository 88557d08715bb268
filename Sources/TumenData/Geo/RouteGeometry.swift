import Dispatch

/// Every route leg of a dataset as a line in longitude and latitude: what the map, the
/// presenter and `tumen export --format geojson` draw. Worked out once per dataset and
/// basemap; the map only projects it.
///
/// The rule a leg keeps (`allowedCountries`): between two places in one country it stays
/// in that country or at sea (Yanji to Kunming, "across China", never crosses North
/// Korea); between two countries it crosses only those two. A flight (`air`) is an arc
/// over everything and keeps no such rule; nor does a leg with an end at sea or off the
/// basemap, which is drawn straight.
public struct RouteGeometry: Sendable, Equatable {
    /// Each parallel search writes only its own element of the buffer, so sharing it
    /// between the threads of `concurrentPerform` is safe.
    private struct UncheckedResults: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<[GeoPoint]>
    }

    public struct Leg: Sendable, Equatable {
        public var routeID: String
        /// 0-based indices of the stages the leg joins, on its route.
        public var fromStage: Int
        public var toStage: Int
        public var fromPlace: String
        public var toPlace: String
        /// How the leg into `toStage` was travelled (its drawn mode).
        public var mode: TravelMode
        public var closed: Bool
        /// Countries (ADM0_A3) whose land the leg may cross; nil when no rule applies.
        public var allowedCountries: Set<String>?
        public var points: [GeoPoint]

        public init(
            routeID: String, fromStage: Int, toStage: Int, fromPlace: String, toPlace: String, mode: TravelMode,
            closed: Bool, allowedCountries: Set<String>?, points: [GeoPoint]
        ) {
            self.routeID = routeID
            self.fromStage = fromStage
            self.toStage = toStage
            self.fromPlace = fromPlace
            self.toPlace = toPlace
            self.mode = mode
            self.closed = closed
            self.allowedCountries = allowedCountries
            self.points = points
        }
    }

    public var legs: [Leg]

    public init(legs: [Leg]) {
        self.legs = legs
    }

    /// The legs of every route, in the dataset's order.
    public init(dataset: Dataset, basemap: Basemap?) {
        let places = Dictionary(dataset.places.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let locator = basemap.map(CountryLocator.init)
        var countries: [String: Set<String>] = [:]
        func countriesOf(_ place: Place) -> Set<String> {
            if let known = countries[place.id] { return known }
            let found: Set<String> =
                !place.countries.isEmpty
                ? Set(place.countries)
                : locator?.country(at: GeoPoint(latitude: place.latitude, longitude: place.longitude)).map { [$0] }
                    ?? []
            countries[place.id] = found
            return found
        }
        var legs: [Leg] = []
        // Legs routed round forbidden land (the slow part: a grid search each) are found
        // after the loop, side by side on every core; each is independent of the others.
        var searches: [(leg: Int, from: GeoPoint, to: GeoPoint, allowed: Set<String>)] = []
        for route in dataset.routes {
            for index in route.stages.indices.dropFirst() {
                let (fromStage, toStage) = (route.stages[index - 1], route.stages[index])
                guard let a = places[fromStage.place], let b = places[toStage.place] else { continue }
                let from = GeoPoint(latitude: a.latitude, longitude: a.longitude)
                let to = GeoPoint(latitude: b.latitude, longitude: b.longitude)
                let mode = toStage.drawnMode
                var allowed: Set<String>? = nil
                let points: [GeoPoint]
                if mode == .air {
                    points = from == to ? [from, to] : LegPathFinder.arc(from: from, to: to)
                } else if basemap != nil, case let (x, y) = (countriesOf(a), countriesOf(b)), !x.isEmpty, !y.isEmpty {
                    allowed = x.union(y)
                    points = [from, to]
                    searches.append((legs.count, from, to, x.union(y)))
                } else {
                    points = [from, to]
                }
                legs.append(
                    Leg(
                        routeID: route.id, fromStage: index - 1, toStage: index, fromPlace: a.id, toPlace: b.id,
                        mode: mode, closed: route.status == .closed, allowedCountries: allowed, points: points))
            }
        }
        if let basemap, !searches.isEmpty {
            let searches = searches
            var found = [[GeoPoint]](repeating: [], count: searches.count)
            found.withUnsafeMutableBufferPointer { results in
                let results = UncheckedResults(buffer: results)
                DispatchQueue.concurrentPerform(iterations: searches.count) { index in
                    let search = searches[index]
                    results.buffer[index] = LegPathFinder.path(
                        from: search.from, to: search.to, allowed: search.allowed,
                        basemap: basemap)
                }
            }
            for (index, search) in searches.enumerated() { legs[search.leg].points = found[index] }
        }
        self.legs = legs
    }
}
