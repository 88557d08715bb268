import Foundation
import TumenData
import TumenFiles
import TumenModel
import XCTest

/// The map in words: every stage of every bundled route is said with a distance and a
/// compass direction that an independent calculation (this file's own haversine, and a
/// bearing from 3-D vectors rather than the spherical formula the model uses) agrees with;
/// modes, their sources and their disagreement, durations and countries are said.
final class MapDescriptionTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func bundled() throws -> (Dataset, Basemap?) {
        let path = Self.root + "/data/tumen.json"
        try XCTSkipUnless(FileManager.default.fileExists(atPath: path), "data/tumen.json is not in this checkout")
        return (
            try DatasetLoader.load(path: path).dataset,
            BasemapLoader.load(path: Self.root + "/data/basemap/basemap.bin").basemap
        )
    }

    // MARK: The independent calculation

    /// Haversine on a sphere of 6,371.0088 km, written here from the formula, not shared with the model.
    static func haversine(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        func rad(_ d: Double) -> Double { d * Double.pi / 180 }
        let a = pow(sin(rad(lat2 - lat1) / 2), 2) + cos(rad(lat1)) * cos(rad(lat2)) * pow(sin(rad(lon2 - lon1) / 2), 2)
        return 2 * 6371.0088 * atan2(a.squareRoot(), (1 - a).squareRoot())
    }

    /// The initial direction as the chord from a to b seen in a's local east/north plane.
    static func bearing(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        func rad(_ d: Double) -> Double { d * Double.pi / 180 }
        func xyz(_ lat: Double, _ lon: Double) -> (Double, Double, Double) {
            (cos(rad(lat)) * cos(rad(lon)), cos(rad(lat)) * sin(rad(lon)), sin(rad(lat)))
        }
        let a = xyz(lat1, lon1)
        let b = xyz(lat2, lon2)
        let d = (b.0 - a.0, b.1 - a.1, b.2 - a.2)
        let east = -sin(rad(lon1)) * d.0 + cos(rad(lon1)) * d.1
        let north =
            -sin(rad(lat1)) * cos(rad(lon1)) * d.0 - sin(rad(lat1)) * sin(rad(lon1)) * d.1 + cos(rad(lat1)) * d.2
        return (atan2(east, north) * 180 / Double.pi + 360).truncatingRemainder(dividingBy: 360)
    }

    static let compass = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"]

    /// Reads "3,150 km south-west of stage 5, Yanji, in a straight line" back into numbers.
    static func parse(_ relation: String) -> (kilometres: Double?, direction: String, stage: Int)? {
        let pattern = #"^(less than 1|[\d,]+) km ([a-z-]+) of stage (\d+), .+, in a straight line$"#
        guard
            let match = try? NSRegularExpression(pattern: pattern).firstMatch(
                in: relation, range: NSRange(relation.startIndex..., in: relation)),
            let distance = Range(match.range(at: 1), in: relation),
            let direction = Range(match.range(at: 2), in: relation),
            let stage = Range(match.range(at: 3), in: relation)
        else { return nil }
        let number = Double(relation[distance].replacingOccurrences(of: ",", with: ""))
        return (number, String(relation[direction]), Int(relation[stage])!)
    }

    // MARK: Tests

    func testEveryBundledStageAgreesWithAnIndependentHaversineAndBearing() throws {
        let (dataset, basemap) = try bundled()
        let words = MapDescription(dataset: dataset, basemap: basemap)
        let places = Dictionary(uniqueKeysWithValues: dataset.places.map { ($0.id, $0) })
        var checked = 0
        for route in dataset.routes {
            for index in route.stages.indices.dropFirst() {
                let a = try XCTUnwrap(places[route.stages[index - 1].place])
                let b = try XCTUnwrap(places[route.stages[index].place])
                let relation = try XCTUnwrap(words.relation(into: index, of: route))
                let kilometres = Self.haversine(a.latitude, a.longitude, b.latitude, b.longitude)
                let sentence = words.stage(index, of: route).joined(separator: " ")
                if a.id == b.id || kilometres < 0.5 {
                    XCTAssertEqual(relation, "the same place as stage \(route.stages[index - 1].number)")
                    XCTAssertTrue(sentence.contains("The same place as stage"), sentence)
                    continue
                }
                let said = try XCTUnwrap(Self.parse(relation), "unreadable: \(relation)")
                XCTAssertEqual(said.stage, route.stages[index - 1].number, relation)
                if let number = said.kilometres {
                    // Said to the kilometre under 1,000 km and to ten above.
                    XCTAssertEqual(
                        number, kilometres, accuracy: kilometres < 1000 ? 0.5 : 5,
                        "\(route.id) stage \(index + 1): \(relation)")
                } else {
                    XCTAssertLessThan(kilometres, 1, relation)
                }
                let bearing = Self.bearing(a.latitude, a.longitude, b.latitude, b.longitude)
                XCTAssertEqual(
                    said.direction, Self.compass[Int((bearing + 22.5) / 45) % 8],
                    "\(route.id) stage \(index + 1): bearing \(bearing)")
                XCTAssertTrue(
                    sentence.contains("in a straight line"),
                    "the stage must say its distance is straight-line: \(sentence)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 10, "the bundled routes should have many legs between different places")
    }

    func testKnownLegsAndTheEightPoints() {
        // A degree of longitude on the equator, a degree of latitude, and across the antimeridian.
        func leg(_ from: (Double, Double), _ to: (Double, Double)) -> MapDescription.Leg? {
            let dataset = Dataset(
                title: "t",
                places: [
                    Place(id: "a", name: "A", kind: .city, latitude: from.0, longitude: from.1),
                    Place(id: "b", name: "B", kind: .city, latitude: to.0, longitude: to.1),
                ],
                routes: [
                    Route(
                        id: "r", name: "R", status: .open,
                        stages: [
                            RouteStage(id: "1", number: 1, place: "a", title: "One", description: "."),
                            RouteStage(id: "2", number: 2, place: "b", title: "Two", description: "."),
                        ])
                ])
            return MapDescription(dataset: dataset, basemap: nil).leg(into: 1, of: dataset.routes[0])
        }
        let east = leg((0, 0), (0, 1))
        XCTAssertEqual(east?.kilometres ?? 0, 111.195, accuracy: 0.01)
        XCTAssertEqual(east?.compass, .east)
        XCTAssertEqual(leg((0, 0), (1, 0))?.compass, .north)
        XCTAssertEqual(leg((0, 179.5), (0, -179.5))?.compass, .east, "the short way across the antimeridian")
        XCTAssertEqual(leg((0, 179.5), (0, -179.5))?.kilometres ?? 0, 111.195, accuracy: 0.01)
        XCTAssertEqual(leg((10, 10), (9, 9))?.compass, .southWest)
        let names = stride(from: 0.0, to: 360, by: 45).map { CompassPoint(bearing: $0).name }
        XCTAssertEqual(names, Self.compass)
        XCTAssertEqual(CompassPoint(bearing: 22.4), .north)
        XCTAssertEqual(CompassPoint(bearing: 22.6), .northEast)
        XCTAssertEqual(CompassPoint(bearing: 359), .north)
        XCTAssertEqual(MapDescription.distanceText(0.4), "less than 1 km")
        XCTAssertEqual(MapDescription.distanceText(44.6), "45 km")
        XCTAssertEqual(MapDescription.distanceText(3146), "3,150 km")
    }

    func testTravelModesTheirSourcesDisagreementAndDuration() throws {
        let (dataset, basemap) = try bundled()
        let words = MapDescription(dataset: dataset, basemap: basemap)
        let route = try XCTUnwrap(dataset.routes.first { $0.id == "southern-route" })
        let index = try XCTUnwrap(route.stages.firstIndex { $0.place == "kunming" })
        let text = words.stage(index, of: route).joined(separator: " ")
        XCTAssertTrue(
            text.contains(
                "The sources disagree on how: by road and by rail (CNN); by road (A Christian news site's "
                    + "retelling of the CNN report)."
            ), text)
        XCTAssertTrue(text.contains("How long: five days by road, in the retelling; not given by CNN."), text)
        XCTAssertTrue(text.contains("Place: Kunming, in China."), text)
        let wading = try XCTUnwrap(route.stages.firstIndex { $0.place == "tumen-river" })
        let river = words.geography(stage: wading, of: route).joined(separator: " ")
        XCTAssertTrue(
            river.contains("Travelled on foot (CNN; How female defectors join the ranks of sex workers in China)."),
            river)
        XCTAssertTrue(river.contains("Place: Tumen River."), "a border river is not put in one country: \(river)")
        let transit = try XCTUnwrap(route.stages.firstIndex { $0.place == "laos-or-myanmar" })
        XCTAssertTrue(
            words.geography(stage: transit, of: route).contains {
                $0.contains("in Laos or Myanmar. Its position on the map is schematic.")
            })
        // Without outlines, no country names are guessed: only the data's own codes are said.
        let bare = MapDescription(dataset: dataset, basemap: nil).geography(stage: transit, of: route).joined(
            separator: " ")
        XCTAssertTrue(bare.contains("in LAO or MMR"), bare)
        XCTAssertTrue(
            MapDescription(dataset: dataset, basemap: nil).geography(stage: index, of: route).contains(
                "Place: Kunming."))
    }

    func testTheOverviewListsEveryStageAndTheOtherRoutes() throws {
        let (dataset, basemap) = try bundled()
        let words = MapDescription(dataset: dataset, basemap: basemap)
        let route = dataset.routes[0]
        let overview = words.overview(of: route)
        XCTAssertTrue(overview[0].hasPrefix("\(route.name): \(route.status.rawValue)"), overview[0])
        XCTAssertTrue(overview[1].hasPrefix("In straight lines from stage to stage, "), overview[1])
        for stage in route.stages {
            XCTAssertTrue(
                overview.contains { $0.hasPrefix("\(stage.number). \(stage.title):") }, "stage \(stage.number)")
        }
        XCTAssertTrue(overview.last!.hasPrefix("Also on the map: "), overview.last!)
    }
}
