import TumenData
import XCTest

/// Legs are routed over the basemap's countries; here over a made-up basemap whose
/// answer is known: country A with country B cutting into it from the south.
final class LegPathFinderTests: XCTestCase {
    static func ring(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> BasemapRing {
        BasemapRing(longitudes: [west, east, east, west], latitudes: [south, south, north, north])
    }

    /// A: 0–20°E, 0–10°N, with a hole where B is (8–12°E, 0–7°N). The sea is all around.
    static let basemap = Basemap(layers: [
        BasemapLayer(
            name: "world", bounds: .world, tolerance: 0.01,
            countries: [
                BasemapCountry(
                    code: "AAA", name: "A", labelLatitude: 9, labelLongitude: 2,
                    rings: [ring(0, 0, 20, 10), ring(8, 0, 12, 7)]),
                BasemapCountry(
                    code: "BBB", name: "B", labelLatitude: 3, labelLongitude: 10, rings: [ring(8, 0, 12, 7)]),
            ])
    ])

    func testALegInsideOneCountryGoesRoundTheOtherAndKeepsClearOfIt() {
        let from = GeoPoint(latitude: 3, longitude: 2)
        let to = GeoPoint(latitude: 3, longitude: 18)
        let path = LegPathFinder.path(from: from, to: to, allowed: ["AAA"], basemap: Self.basemap)
        XCTAssertGreaterThan(path.count, 2, "the straight line crosses B, so the way bends")
        XCTAssertEqual(path.first, from)
        XCTAssertEqual(path.last, to)
        let locator = CountryLocator(basemap: Self.basemap)
        for (a, b) in zip(path, path.dropFirst()) {
            for i in 0...100 {
                let t = Double(i) / 100
                let p = GeoPoint(
                    latitude: a.latitude + (b.latitude - a.latitude) * t,
                    longitude: a.longitude + (b.longitude - a.longitude) * t)
                XCTAssertNotEqual(locator.country(at: p), "BBB", "\(p) on \(path)")
            }
        }
        // Round B's southern end by sea (3°N down to below 0°N is shorter than up past 7°N),
        // keeping clear of B's coast.
        XCTAssertTrue(path.contains { $0.latitude < -0.2 }, "\(path)")
    }

    func testALegThatCrossesNothingForbiddenIsStraight() {
        let path = LegPathFinder.path(
            from: GeoPoint(latitude: 8.5, longitude: 2), to: GeoPoint(latitude: 9, longitude: 18),
            allowed: ["AAA"], basemap: Self.basemap)
        XCTAssertEqual(path.count, 2)
        // Into B is allowed when B is an end's country: straight across the border.
        let across = LegPathFinder.path(
            from: GeoPoint(latitude: 3, longitude: 2), to: GeoPoint(latitude: 3, longitude: 10),
            allowed: ["AAA", "BBB"], basemap: Self.basemap)
        XCTAssertEqual(across.count, 2)
    }

    func testAFlightIsAnArcThatLeavesTheStraightLine() {
        let from = GeoPoint(latitude: 0, longitude: 0)
        let to = GeoPoint(latitude: 10, longitude: 10)
        let arc = LegPathFinder.arc(from: from, to: to)
        XCTAssertEqual(arc.first, from)
        XCTAssertEqual(arc.last, to)
        let middle = arc[arc.count / 2]
        XCTAssertLessThan(middle.latitude, middle.longitude, "bows to the right of the way flown (south-east here)")
    }

    func testCountriesOfAPlaceComeFromItsPointOrItsList() {
        var dataset = Dataset(
            title: "t",
            places: [
                Place(id: "a", name: "A", kind: .city, latitude: 3, longitude: 2),
                Place(id: "b", name: "B", kind: .city, latitude: 3, longitude: 18),
                Place(id: "c", name: "C", kind: .crossing, latitude: 3, longitude: 7.9, countries: ["AAA", "BBB"]),
            ],
            routes: [
                Route(
                    id: "r", name: "R", status: .open,
                    stages: [
                        RouteStage(id: "1", number: 1, place: "a", title: "", description: ""),
                        RouteStage(id: "2", number: 2, place: "b", title: "", description: ""),
                        RouteStage(id: "3", number: 3, place: "c", title: "", description: ""),
                        RouteStage(
                            id: "4", number: 4, place: "a", title: "", description: "",
                            travelModes: [
                                TravelModeClaim(mode: .air, source: SourceReference(source: "s", passage: "p"))
                            ]),
                    ])
            ])
        var legs = RouteGeometry(dataset: dataset, basemap: Self.basemap).legs
        XCTAssertEqual(legs.map(\.allowedCountries), [["AAA"], ["AAA", "BBB"], nil])
        XCTAssertEqual(legs.map(\.mode), [.unknown, .unknown, .air])
        XCTAssertGreaterThan(legs[2].points.count, 2, "a flight is an arc")
        dataset.places[0].longitude = -5  // at sea: no rule, a straight line
        legs = RouteGeometry(dataset: dataset, basemap: Self.basemap).legs
        XCTAssertNil(legs[0].allowedCountries)
        XCTAssertEqual(legs[0].points.count, 2)
    }
}
