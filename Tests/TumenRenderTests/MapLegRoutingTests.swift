import XCTest
import TumenFixtures
import TumenModel
@testable import TumenRender

/// Route legs keep off the land of countries neither of their stages is in.
final class MapLegRoutingTests: XCTestCase {
    /// Cells as comparable pairs (tuples are not Equatable in arrays).
    func pairs(_ cells: [LegRouting.Cell]) -> [[Int]] { cells.map { [$0.column, $0.row] } }

    /// A 20x9 grid: country 0 everywhere on land, country 1 a block in the middle
    /// (rows 2...8, columns 8...11), sea in the top row.
    func mask() -> LandMask {
        var land = LandMask(columns: 20, rows: 9)
        let everything: [(x: Double, y: Double)] = [(0, 1), (20, 1), (20, 9), (0, 9)]
        let block: [(x: Double, y: Double)] = [(8, 2), (12, 2), (12, 9), (8, 9)]
        land.fill(rings: [everything], country: 0) { column, row in !(8...11).contains(column) || row < 2 }
        land.fill(rings: [block], country: 1) { _, _ in true }
        return land
    }

    func testALegThatWouldCrossAnotherCountryGoesAroundIt() {
        let land = mask()
        XCTAssertEqual(land.country(column: 9, row: 5), 1)
        let a = (column: 2, row: 6), b = (column: 17, row: 6)
        let straight = RouteOverlay.cells(from: (2, 6), to: (17, 6), columns: 20, rows: 9)
        XCTAssertTrue(straight.contains { land.country(column: $0.column, row: $0.row) == 1 }, "the straight line crosses country 1")
        let leg = LegRouting.cells(from: a, to: b, columns: 20, rows: 9, land: land)
        XCTAssertFalse(leg.isEmpty)
        XCTAssertFalse(leg.contains { land.country(column: $0.column, row: $0.row) == 1 }, "\(leg)")
        // Connected: each cell touches the next, from beside a to beside b.
        for (p, q) in zip([a] + leg, leg + [b]) {
            XCTAssertLessThanOrEqual(max(abs(p.column - q.column), abs(p.row - q.row)), 1, "\(p) to \(q) in \(leg)")
        }
        // It goes over the block (rows 0-1), the only way round.
        XCTAssertTrue(leg.contains { $0.row < 2 })
    }

    func testALegThatCrossesNothingForeignStaysStraight() {
        let land = mask()
        let straight = RouteOverlay.cells(from: (2, 6), to: (7, 3), columns: 20, rows: 9)
        XCTAssertEqual(pairs(LegRouting.cells(from: (2, 6), to: (7, 3), columns: 20, rows: 9, land: land)), pairs(straight))
        // A leg from one country into another (a crossing, a flight) stays straight.
        let across = RouteOverlay.cells(from: (2, 6), to: (10, 6), columns: 20, rows: 9)
        XCTAssertEqual(pairs(LegRouting.cells(from: (2, 6), to: (10, 6), columns: 20, rows: 9, land: land)), pairs(across))
        let overTheTop = RouteOverlay.cells(from: (2, 0), to: (17, 6), columns: 20, rows: 9)
        XCTAssertEqual(pairs(LegRouting.cells(from: (2, 0), to: (17, 6), columns: 20, rows: 9, land: land)), pairs(overTheTop), "from the sea")
    }

    func testWithNoWayRoundTheLegStaysStraight() {
        // Country 1 cuts the grid in two from top to bottom: no path keeps off it.
        var land = LandMask(columns: 20, rows: 9)
        land.fill(rings: [[(0, 0), (20, 0), (20, 9), (0, 9)]], country: 0) { column, _ in !(8...11).contains(column) }
        land.fill(rings: [[(8, 0), (12, 0), (12, 9), (8, 9)]], country: 1) { _, _ in true }
        let straight = RouteOverlay.cells(from: (2, 6), to: (17, 6), columns: 20, rows: 9)
        XCTAssertEqual(pairs(LegRouting.cells(from: (2, 6), to: (17, 6), columns: 20, rows: 9, land: land)), pairs(straight))
    }

    /// On the real map: the southern route's leg from Yanji to Kunming ("across China")
    /// never touches North Korea, at the sizes a class sees.
    func testTheSouthernRouteNeverCrossesNorthKorea() throws {
        let dataset = try DatasetLoader.load(path: XCTUnwrap(BundledData.path)).dataset
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            var state = ExplorerState(dataset: dataset, size: Size(width: width, height: height), showContentNote: false)
            state.apply(.showMap)
            let projection = MapProjection(fitting: state.map, columns: width, rows: height - 5)
            let raster = BasemapPainter(projection: projection).rasterize(BasemapLoad.standard.basemap)
            let korea = try XCTUnwrap(raster.countries.firstIndex { $0.code == "PRK" }, "North Korea is on the basemap")
            let overlay = RouteOverlay(state: state, projection: projection, land: raster.land)
            let leg = try XCTUnwrap(overlay.legs.first { $0.from == "yanji" && $0.to == "kunming" })
            XCTAssertFalse(leg.cells.isEmpty)
            for cell in leg.cells where MapView.inside(cell.column, cell.row, Rect(column: 0, row: 0, width: width, height: height - 5)) {
                XCTAssertNotEqual(raster.land.country(column: cell.column, row: cell.row), korea,
                                  "at \(width)x\(height): the leg crosses North Korea at \(cell)")
            }
            // And without the bend it would have: the test looks where it matters.
            let straight = RouteOverlay(state: state, projection: projection).legs.first { $0.from == "yanji" && $0.to == "kunming" }
            XCTAssertTrue(straight?.cells.contains { raster.land.country(column: $0.column, row: $0.row) == korea } ?? false,
                          "at \(width)x\(height) the straight leg does not cross North Korea")
        }
    }

    /// Bent legs kept between frames must be invisible: after every key of a map
    /// script (zoom, pan, stages, resize), the frame with the caches as they are is the
    /// frame drawn with them emptied.
    func testTheLegCacheNeverShowsAStaleFrame() throws {
        let dataset = try DatasetLoader.load(path: XCTUnwrap(BundledData.path)).dataset
        var state = ExplorerState(dataset: dataset, size: Size(width: 100, height: 30), showContentNote: false)
        let script = "m]]]]]+<Left><Left>-<Down>[[0<Resize 200x60>]]]+-<Resize 80x24>0t"
        for step in try KeyNotation.parse(script, source: "test") {
            state.apply(step)
            let cached = RootView.render(state, theme: .dark(unicode: true))
            RenderCaches.removeAll()
            let fresh = RootView.render(state, theme: .dark(unicode: true))
            XCTAssertTrue(cached == fresh, "after \(step.notation):\n\(cached.text)\nshould be\n\(fresh.text)")
        }
    }
}
