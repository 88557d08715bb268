import TumenData
import TumenModel

/// Route legs are worked out once in longitude and latitude (`RouteGeometry`); every map
/// frame, the presenter's included, projects those same lines. This keeps the last few,
/// keyed by what they were worked out from (the routes, the places they visit and the
/// basemap), so a hit is what a miss would compute.
final class RouteGeometryCache: Sendable {
    private struct Entry {
        var routes: [Route]
        var places: [Place]
        var basemap: Basemap?
        var geometry: RouteGeometry
    }

    private let recent = RecentValues<Entry>(capacity: 4)

    func geometry(for dataset: Dataset, basemap: Basemap?) -> RouteGeometry {
        let visited = Set(dataset.routes.flatMap { $0.stages.map(\.place) })
        let places = dataset.places.filter { visited.contains($0.id) }
        return recent.entry(matching: { $0.routes == dataset.routes && $0.places == places && $0.basemap == basemap }) {
            Entry(
                routes: dataset.routes, places: places, basemap: basemap,
                geometry: RouteGeometry(
                    dataset: Dataset(
                        title: "", categories: [], sources: [], places: places,
                        events: [], routes: dataset.routes), basemap: basemap))
        }.geometry
    }

    func removeAll() { recent.removeAll() }
}
