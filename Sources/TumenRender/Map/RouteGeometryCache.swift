import TumenData
import TumenModel

/// Route legs are worked out once in longitude and latitude (`RouteGeometry`); every map
/// frame, the presenter's included, projects those same lines. This keeps the last few,
/// keyed by what they were worked out from (the routes, the places they visit and the
/// basemap), so a hit is what a miss would compute. A miss first asks `known`, legs
/// worked out ahead of time (the bundled dataset's, built into the binary), which count
/// only when they were worked out from the same routes, places and basemap.
final class RouteGeometryCache: Sendable {
    private struct Entry {
        var routes: [Route]
        var places: [Place]
        var basemap: Basemap?
        var geometry: RouteGeometry
    }

    private let recent = RecentValues<Entry>(capacity: 4)
    private let known: KnownRouteGeometry?

    init(known: KnownRouteGeometry? = nil) {
        self.known = known
    }

    func geometry(for dataset: Dataset, basemap: Basemap?) -> RouteGeometry {
        let places = Self.visitedPlaces(dataset)
        return recent.entry(matching: { $0.routes == dataset.routes && $0.places == places && $0.basemap == basemap }) {
            let geometry =
                known.flatMap { $0.geometry(routes: dataset.routes, places: places, basemap: basemap) }
                ?? RouteGeometry(
                    dataset: Dataset(
                        title: "", categories: [], sources: [], places: places, events: [], routes: dataset.routes),
                    basemap: basemap)
            return Entry(routes: dataset.routes, places: places, basemap: basemap, geometry: geometry)
        }.geometry
    }

    /// The places the routes visit: with the routes and the basemap, all a leg depends on.
    static func visitedPlaces(_ dataset: Dataset) -> [Place] {
        let visited = Set(dataset.routes.flatMap { $0.stages.map(\.place) })
        return dataset.places.filter { visited.contains($0.id) }
    }

    func removeAll() { recent.removeAll() }
}

/// Route legs worked out ahead of time, with what they were worked out from; made only
/// when a map first needs legs, so holding one costs a start nothing.
public struct KnownRouteGeometry: Sendable {
    public struct Worked: Sendable {
        let routes: [Route]
        let places: [Place]
        let basemap: Basemap?
        let legs: RouteGeometry

        public init(dataset: Dataset, basemap: Basemap?, geometry: RouteGeometry) {
            routes = dataset.routes
            places = RouteGeometryCache.visitedPlaces(dataset)
            self.basemap = basemap
            legs = geometry
        }
    }

    private let worked: LoadOnce<Worked>

    public init(_ make: @escaping @Sendable () -> Worked) {
        worked = LoadOnce(make)
    }

    /// The legs, when they were worked out from these routes, places and basemap.
    func geometry(routes: [Route], places: [Place], basemap: Basemap?) -> RouteGeometry? {
        let worked = worked.value
        guard routes == worked.routes, places == worked.places, basemap == worked.basemap else { return nil }
        return worked.legs
    }
}
