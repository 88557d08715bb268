import TumenData
import TumenFiles
import TumenFixtures
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// The rule every drawn leg keeps, checked on the real map at every zoom and size rather
/// than on a golden: a leg between two places in one country never passes a cell on
/// another country's land; a leg between two countries passes only those two. Only the
/// two cells round each end are exempt: at a far zoom a cell beside Yanji is mostly North
/// Korea's, whatever way the leg takes, and there the map leaves the cell undrawn.
final class MapRouteRuleTests: XCTestCase {
    static let dataset = Result { try DatasetLoader.load(path: XCTUnwrap(BundledData.path)).dataset }
    static let basemap = BasemapLoad.standard.basemap

    /// Map areas the explorer and presenter give the map, 80x24 to 200x60.
    static let sizes = [(80, 19), (100, 25), (76, 35), (120, 35), (166, 55), (200, 60)]
    /// Spans from the closest zoom (0.5°) to the whole region and beyond.
    static let spans = (0...8).map { 0.5 * pow(2, Double($0)) }

    func violations(of leg: RouteGeometry.Leg, columns: Int, rows: Int, span: Double, centre: GeoPoint) -> [String] {
        guard let allowed = leg.allowedCountries else { return [] }
        let viewport = MapViewport(
            centerLatitude: centre.latitude, centerLongitude: centre.longitude,
            spanLongitude: span, spanLatitude: span)
        let projection = MapProjection(fitting: viewport, columns: columns, rows: rows)
        let raster = RenderContext.forTests.basemapRasters.rasters(
            projection: projection, basemap: Self.basemap,
            braille: false
        ).0
        let ends = [leg.points.first!, leg.points.last!].map {
            projection.cell(latitude: $0.latitude, longitude: $0.longitude)
        }
        return RouteOverlay.cells(along: leg.points, projection: projection).compactMap { cell in
            guard let number = raster.land.country(column: cell.column, row: cell.row) else { return nil }
            let code = raster.countries[number].code
            let d = ends.map { max(abs($0.column - cell.column), abs($0.row - cell.row)) }.min()!
            return allowed.contains(code) || d <= 2 ? nil : "\(code) at \(cell) d=\(d)"
        }
    }

    func testNoLegDrawsACellInACountryItsRuleForbids() throws {
        let dataset = try Self.dataset.get()
        let geometry = RouteGeometry(dataset: dataset, basemap: Self.basemap)
        XCTAssertTrue(geometry.legs.contains { $0.allowedCountries == ["CHN"] && $0.toPlace == "kunming" })
        var checked = 0
        for leg in geometry.legs where leg.allowedCountries != nil {
            // Centred on each corner of the leg and on its middle, as stepping stages and panning do.
            for centre in Set([leg.points.first!, leg.points[leg.points.count / 2], leg.points.last!]) {
                for (columns, rows) in Self.sizes {
                    for span in Self.spans {
                        let found = violations(of: leg, columns: columns, rows: rows, span: span, centre: centre)
                        checked += 1
                        XCTAssertTrue(
                            found.isEmpty,
                            """
                            \(leg.routeID) \(leg.fromPlace)→\(leg.toPlace) (allowed \(leg.allowedCountries!.sorted())) \
                            at \(columns)x\(rows), span \(span)°, centre \(centre): \(found.prefix(5))
                            """)
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 500)
    }

    /// The one place the line may pass forbidden land on screen, beside its ends at a far
    /// zoom, it is not drawn: the frame shows no route character there.
    func testCellsBesideAStageThatAreANeighboursLandAreLeftUndrawn() throws {
        var dataset = try Self.dataset.get()
        // Only this route: the closed routes start in North Korea and may draw there.
        dataset.routes = dataset.routes.filter { $0.id == "southern-route" }
        let geometry = RouteGeometry(dataset: dataset, basemap: Self.basemap)
        let leg = try XCTUnwrap(geometry.legs.first { $0.fromPlace == "yanji" && $0.toPlace == "kunming" })
        var scene = ExplorerState(dataset: dataset, size: Size(width: 80, height: 24), showContentNote: false).mapScene
        scene.viewport = MapViewport(
            centerLatitude: 42.904, centerLongitude: 129.509, spanLongitude: 128,
            spanLatitude: 128)
        let rect = Rect(column: 0, row: 0, width: 200, height: 60)
        var screen = Screen(size: Size(width: rect.width, height: rect.height))
        MapView.drawMap(scene, into: &screen, rect: rect, theme: .mono(unicode: false), context: .forTests)
        let projection = MapProjection(fitting: scene.viewport, columns: rect.width, rows: rect.height)
        let raster = RenderContext.forTests.basemapRasters.rasters(
            projection: projection, basemap: Self.basemap,
            braille: false
        ).0
        let forbidden = RouteOverlay.cells(along: leg.points, projection: projection).filter { cell in
            raster.land.country(column: cell.column, row: cell.row).map { raster.countries[$0].code } == "PRK"
        }
        XCTAssertFalse(forbidden.isEmpty, "this view puts a cell of the leg on North Korean land")
        for cell in forbidden {
            XCTAssertNotEqual(screen[cell.column, cell.row].text, "+", "a route character on North Korea at \(cell)")
        }
    }
}
