import XCTest

@testable import TumenData
@testable import TumenModel

final class MapProjectionTests: XCTestCase {
    func testTheCentreLandsInTheMiddleCell() {
        let projection = MapProjection(
            fitting: MapViewport(centerLatitude: 42.9, centerLongitude: 129.5, spanLongitude: 2, spanLatitude: 1),
            columns: 80, rows: 20)
        XCTAssertEqual(projection.cell(latitude: 42.9, longitude: 129.5).column, 40)
        XCTAssertEqual(projection.cell(latitude: 42.9, longitude: 129.5).row, 10)
    }

    func testPlacesLandInTheExpectedCells() {
        // Whole region at 80×21: Yanji is north-east of Kunming, Seoul south of Yanji.
        let projection = MapProjection(fitting: MapViewport(), columns: 80, rows: 21)
        let yanji = projection.cell(latitude: 42.9, longitude: 129.5)
        let kunming = projection.cell(latitude: 25.04, longitude: 102.7)
        let seoul = projection.cell(latitude: 37.57, longitude: 126.98)
        XCTAssertGreaterThan(yanji.column, kunming.column)
        XCTAssertLessThan(yanji.row, kunming.row)
        XCTAssertLessThan(seoul.column, yanji.column)
        XCTAssertGreaterThan(seoul.row, yanji.row)
        XCTAssertEqual(yanji.column, 54)  // 40 + 17° · cos 30° · (42 rows·2 / 44°)
        XCTAssertEqual(yanji.row, 4)  // 10.5 − 12.9° · 0.95 / 2
    }

    func testProjectAndUnprojectRoundTrip() {
        let projection = MapProjection(
            fitting: MapViewport(centerLatitude: 35, centerLongitude: 115, spanLongitude: 40, spanLatitude: 30),
            columns: 200, rows: 57)
        for (lat, lon) in [(42.9, 129.5), (25.04, 102.7), (8.1, 90.2), (51.9, 134.9)] {
            let p = projection.project(latitude: lat, longitude: lon)
            let back = projection.unproject(x: p.x, y: p.y)
            XCTAssertEqual(back.latitude, lat, accuracy: 1e-9)
            XCTAssertEqual(back.longitude, lon, accuracy: 1e-9)
        }
    }

    func testCellsAreTwiceAsTallAsWideSoShapesAreNotSquashed() {
        // Near the centre, 1° of latitude and cos(lat)·1° of longitude are the same ground
        // distance: the first spans half as many rows as the second spans columns.
        let projection = MapProjection(
            fitting: MapViewport(centerLatitude: 40, centerLongitude: 120, spanLongitude: 10, spanLatitude: 10),
            columns: 100, rows: 50)
        let origin = projection.project(latitude: 40, longitude: 120)
        let north = projection.project(latitude: 41, longitude: 120)
        let east = projection.project(latitude: 40, longitude: 120 + 1 / cos(40 * Double.pi / 180))
        XCTAssertEqual((east.x - origin.x) / (origin.y - north.y), 2, accuracy: 1e-9)
    }

    func testTheViewportBoxFitsInsideTheGridOnBothAxes() {
        let viewport = MapViewport(centerLatitude: 30, centerLongitude: 112, spanLongitude: 40, spanLatitude: 30)
        for (columns, rows) in [(80, 21), (200, 57), (40, 40)] {
            let visible = MapProjection(fitting: viewport, columns: columns, rows: rows).visibleBox
            XCTAssertTrue(visible.contains(viewport.box), "\(columns)x\(rows): \(visible) vs \(viewport.box)")
        }
    }
}
