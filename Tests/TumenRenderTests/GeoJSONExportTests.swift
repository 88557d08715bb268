import Foundation
import TumenData
import TumenFiles
import TumenFixtures
import TumenModel
import XCTest

@testable import TumenRender

/// `tumen export --format geojson` is what the map draws: the same lines, keeping the same rule.
final class GeoJSONExportTests: XCTestCase {
    func features() throws -> (dataset: Dataset, geometry: RouteGeometry, json: [[String: Any]]) {
        let dataset = try DatasetLoader.load(path: XCTUnwrap(BundledData.path)).dataset
        let basemap = BasemapLoad.standard.basemap
        let geometry = RouteGeometry(dataset: dataset, basemap: basemap)
        let text = ExportFormat.geojson.render(dataset, basemap: basemap)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(root["type"] as? String, "FeatureCollection")
        return (dataset, geometry, try XCTUnwrap(root["features"] as? [[String: Any]]))
    }

    func testEveryPlaceIsAPointAndEveryLegTheLineTheMapDraws() throws {
        let (dataset, geometry, features) = try features()
        let points = features.filter { ($0["geometry"] as? [String: Any])?["type"] as? String == "Point" }
        XCTAssertEqual(points.count, dataset.places.count)
        let kunming = try XCTUnwrap(
            points.first { ($0["properties"] as? [String: Any])?["id"] as? String == "kunming" })
        XCTAssertEqual(
            (kunming["geometry"] as? [String: Any])?["coordinates"] as? [Double], [102.71, 25.04], "longitude first")
        let lines = features.filter { ($0["geometry"] as? [String: Any])?["type"] as? String == "LineString" }
        XCTAssertEqual(lines.count, geometry.legs.count)
        XCTAssertEqual(lines.count, dataset.routes.reduce(0) { $0 + $1.stages.count - 1 })
        for (line, leg) in zip(lines, geometry.legs) {
            let properties = try XCTUnwrap(line["properties"] as? [String: Any])
            XCTAssertEqual(properties["route"] as? String, leg.routeID)
            XCTAssertEqual(properties["mode"] as? String, leg.mode.rawValue)
            let coordinates = try XCTUnwrap((line["geometry"] as? [String: Any])?["coordinates"] as? [[Double]])
            XCTAssertEqual(coordinates.count, leg.points.count)
            for (position, point) in zip(coordinates, leg.points) {
                XCTAssertEqual(position[0], point.longitude, accuracy: 1e-6)
                XCTAssertEqual(position[1], point.latitude, accuracy: 1e-6)
            }
        }
        let flight = try XCTUnwrap(
            lines.first { ($0["properties"] as? [String: Any])?["toPlace"] as? String == "seoul" })
        XCTAssertEqual((flight["properties"] as? [String: Any])?["mode"] as? String, "air")
        let across = try XCTUnwrap(
            lines.first {
                ($0["properties"] as? [String: Any])?["toPlace"] as? String == "kunming"
                    && ($0["properties"] as? [String: Any])?["route"] as? String == "southern-route"
            })
        let claims = try XCTUnwrap((across["properties"] as? [String: Any])?["modeClaims"] as? [[String: Any]])
        XCTAssertEqual(
            Set(claims.compactMap { $0["mode"] as? String }), ["road", "rail"], "both the CNN and the retelling's ways")
        XCTAssertEqual((across["properties"] as? [String: Any])?["allowedCountries"] as? [String], ["CHN"])
    }

    /// The exported lines keep the rule at the basemap's finest detail: every point along
    /// them, a hundredth of a degree apart, is on allowed land or at sea (the first and last
    /// tenth of a degree aside: a stage on a border river sits on the line between two).
    func testTheExportedLegsKeepToTheirCountries() throws {
        let (_, geometry, _) = try features()
        let locator = CountryLocator(basemap: try XCTUnwrap(BasemapLoad.standard.basemap))
        var sampled = 0
        for leg in geometry.legs {
            guard let allowed = leg.allowedCountries, let first = leg.points.first, let last = leg.points.last else {
                continue
            }
            for (a, b) in zip(leg.points, leg.points.dropFirst()) {
                let steps = max(1, Int(a.planarDistance(to: b) / 0.01))
                for i in 0...steps {
                    let t = Double(i) / Double(steps)
                    let point = GeoPoint(
                        latitude: a.latitude + (b.latitude - a.latitude) * t,
                        longitude: a.longitude + (b.longitude - a.longitude) * t)
                    if point.planarDistance(to: first) < 0.1 || point.planarDistance(to: last) < 0.1 { continue }
                    sampled += 1
                    if let country = locator.country(at: point) {
                        XCTAssertTrue(
                            allowed.contains(country),
                            "\(leg.routeID) \(leg.fromPlace)→\(leg.toPlace) crosses \(country) at \(point)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(sampled, 1000)
    }
}
