import TumenData
import TumenFixtures
import XCTest

@testable import TumenRender

/// Route legs worked out ahead of time stand in for the search only when they were worked
/// out from the same routes, places and basemap; anything else is searched afresh.
final class KnownRouteGeometryTests: XCTestCase {
    let dataset = SampleDataset.dataset
    let basemap = Basemap(layers: [])
    /// Legs no search would find: seeing them proves the known geometry was used.
    let marker = RouteGeometry(legs: [
        RouteGeometry.Leg(
            routeID: "marker", fromStage: 0, toStage: 1, fromPlace: "a", toPlace: "b", mode: .air, closed: false,
            allowedCountries: nil, points: [GeoPoint(latitude: 1, longitude: 2)])
    ])

    private func context(knownOver knownBasemap: Basemap?) -> RenderContext {
        let dataset = dataset
        let marker = marker
        return RenderContext(
            loadingBasemap: { BasemapLoad(basemap: nil, path: nil, notice: nil) },
            knownRouteGeometry: KnownRouteGeometry {
                KnownRouteGeometry.Worked(dataset: dataset, basemap: knownBasemap, geometry: marker)
            })
    }

    func testTheSameRoutesPlacesAndBasemapUseTheKnownLegs() {
        let context = context(knownOver: basemap)
        XCTAssertEqual(context.routeGeometry.geometry(for: dataset, basemap: basemap), marker)
        // Events and other places do not change legs.
        var other = dataset
        other.events.removeAll()
        other.title = "changed"
        XCTAssertEqual(context.routeGeometry.geometry(for: other, basemap: basemap), marker)
    }

    func testADifferentBasemapOrRouteIsSearchedAfresh() {
        let context = context(knownOver: basemap)
        XCTAssertEqual(
            context.routeGeometry.geometry(for: dataset, basemap: nil), RouteGeometry(dataset: dataset, basemap: nil))
        var moved = dataset
        moved.routes[0].stages.removeLast()
        XCTAssertEqual(
            context.routeGeometry.geometry(for: moved, basemap: basemap),
            RouteGeometry(dataset: moved, basemap: basemap))
        XCTAssertNotEqual(context.routeGeometry.geometry(for: moved, basemap: basemap), marker)
    }
}
