import TumenFiles
import TumenFixtures
import TumenTestSupport
import XCTest

@testable import TumenData
@testable import TumenModel
@testable import TumenRender

/// The map's parts: line characters, label placement, the missing-basemap notice, layout.
final class MapPartsTests: XCTestCase {
    func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [String] {
        var raster = LineRaster(columns: 8, rows: 4)
        raster.addSegment(x0, y0, x1, y1)
        return (0..<4).map { row in String((0..<8).map { raster.character(column: $0, row: row) ?? " " }) }
    }

    func testLineCharactersFollowTheDirection() {
        XCTAssertEqual(line(0, 1.5, 8, 1.5)[1], "--------", "a horizontal line through the middle of the cells")
        XCTAssertEqual(line(0, 1.9, 8, 1.9)[1], "________", "low in the cells")
        XCTAssertEqual(line(2.5, 0, 2.5, 4).map { String($0.dropFirst(2).prefix(1)) }, ["|", "|", "|", "|"])
        // One column per row is steep on screen (cells are twice as tall as wide).
        XCTAssertEqual(Set(line(0.5, 4, 4.5, 0).joined().filter { $0 != " " }), ["/"])
        XCTAssertEqual(Set(line(0.5, 0, 4.5, 4).joined().filter { $0 != " " }), ["\\"])
        XCTAssertEqual(line(0.5, 0, 4.5, 4)[0], "\\\\      ", "a diagonal steps two cells per row")
    }

    func testALineThatOnlyGrazesACellLeavesADotOrNothing() {
        var raster = LineRaster(columns: 3, rows: 3)
        raster.addSegment(1.95, 0.5, 2.3, 0.55)
        XCTAssertEqual(raster.character(column: 1, row: 0), nil)
        XCTAssertEqual(raster.character(column: 2, row: 0), ".")
    }

    func testLabelsNeverOverlapEachOtherOrMarkers() {
        var placer = LabelPlacer(columns: 30, rows: 5)
        let markers = [(5, 2), (7, 2), (9, 2), (11, 2), (6, 3), (8, 1)]
        for (c, r) in markers { placer.reserve(column: c, row: r) }
        var placed: [LabelPlacer.Placement] = []
        for (index, marker) in markers.enumerated() {
            if let spot = placer.place("Label\(index)", width: 6, markerColumn: marker.0, markerRow: marker.1) {
                placed.append(spot)
            }
        }
        XCTAssertGreaterThanOrEqual(placed.count, 3)
        for (i, a) in placed.enumerated() {
            for (c, r) in markers {
                XCTAssertFalse(r == a.row && (a.column..<a.column + a.width).contains(c), "\(a) covers a marker")
            }
            for b in placed[(i + 1)...] where a.row == b.row {
                XCTAssertTrue(a.column + a.width < b.column || b.column + b.width < a.column, "\(a) and \(b) touch")
            }
        }
    }

    func testWhenLabelsCollideTheLessImportantGivesWay() {
        // On a one-row map, 1° per column: Minor's marker at column 5, Major's at 9. Either
        // label fits alone, not both; Major keeps its label although Minor comes first in the file.
        var dataset = SampleDataset.dataset
        dataset.places = [
            Place(id: "minor", name: "Minor", kind: .city, latitude: 0, longitude: -4.5, importance: 1),
            Place(id: "major", name: "Major", kind: .city, latitude: 0, longitude: -0.5, importance: 3),
        ]
        dataset.routes = []
        let screen = oneRowMap(dataset)
        XCTAssertEqual(screen.lines[0], "~   ~o  ~o Major~   ")
    }

    func testAPlaceTouchingAMoreImportantOneGivesWayEntirely() {
        var dataset = SampleDataset.dataset
        dataset.places = [
            Place(id: "minor", name: "Minor", kind: .city, latitude: 0, longitude: -0.5, importance: 1),
            Place(id: "major", name: "Major", kind: .city, latitude: 0, longitude: 0.5, importance: 3),
        ]
        dataset.routes = []
        let screen = oneRowMap(dataset)
        XCTAssertEqual(screen.lines[0], "~   ~   ~ o Major   ")
    }

    private func oneRowMap(_ dataset: Dataset) -> Screen {
        var scene = ExplorerState(dataset: dataset, size: Size(width: 20, height: 1), showContentNote: false).mapScene
        scene.viewport = MapViewport(centerLatitude: 0, centerLongitude: 0, spanLongitude: 20, spanLatitude: 1)
        var screen = Screen(size: Size(width: 20, height: 1))
        MapView.drawMap(
            scene, into: &screen, rect: Rect(screen.size), theme: .mono(),
            context: .forTestsWithoutBasemap)
        return screen
    }

    func testStageNumbersNeverTouchAndTheSelectedOneKeepsItsCell() {
        // At the whole-region zoom the river bank (1) and River Town (2) share a cell.
        var scene = MapTestSupport.state(width: 80, height: 24).mapScene
        let projection = MapProjection(fitting: scene.viewport, columns: 80, rows: 21)
        let bank = projection.cell(latitude: 42.9, longitude: 129.9)
        XCTAssertEqual(bank.column, projection.cell(latitude: 42.95, longitude: 129.8).column)
        for selected in [nil, 0, 1] as [Int?] {
            scene.viewport.routeID = "southern"
            scene.viewport.stageIndex = selected
            let markers = RouteOverlay(
                scene: scene, projection: projection,
                geometry: RouteGeometry(dataset: scene.dataset, basemap: nil)
            ).visibleMarkers
            XCTAssertGreaterThanOrEqual(
                markers.filter { $0.current }.count, 5, "at most one of three crowded stages gives way")
            for a in markers {
                for b in markers where a.row == b.row && a.column < b.column {
                    XCTAssertGreaterThan(b.column, a.column + a.text.count, "\(a.text) and \(b.text) touch")
                }
            }
            if let selected {
                let marker = markers.first { $0.current && $0.text == String(selected + 1) }
                XCTAssertEqual(marker?.column, bank.column, "the selected stage stays on its place")
            }
        }
    }

    func testTwoStagesAtOnePlaceShowOneNumber() {
        var dataset = SampleDataset.dataset
        dataset.routes[0].stages[2].place = "river-town"  // arrive at River Town, then leave it
        var scene = ExplorerState(dataset: dataset, size: Size(width: 80, height: 24), showContentNote: false).mapScene
        scene.viewport.routeID = "southern"
        let projection = MapProjection(fitting: scene.viewport, columns: 80, rows: 21)
        let overlay = RouteOverlay(
            scene: scene, projection: projection,
            geometry: RouteGeometry(dataset: scene.dataset, basemap: nil))
        let numbers = overlay.visibleMarkers.filter { $0.current }.map(\.text)
        XCTAssertEqual(numbers.filter { $0 == "2" || $0 == "3" }, ["3"])
    }

    func testTheTumenAndYaluBorderReadsAsAnUnbrokenLineAtCloseZoom() throws {
        // Wherever a Chinese cell touches a North Korean one, one of the two shows a line.
        let basemap = try XCTUnwrap(MapViewTests.basemap.basemap)
        for viewport in [
            MapTestSupport.border,
            MapViewport(centerLatitude: 40.6, centerLongitude: 125.2, spanLongitude: 2.4, spanLatitude: 1.4),
        ] {
            let projection = MapProjection(fitting: viewport, columns: 80, rows: 20)
            let raster = BasemapPainter(projection: projection).rasterize(basemap)
            let code = { (column: Int, row: Int) in
                raster.land.country(column: column, row: row).map { raster.countries[$0].code }
            }
            var touching = 0
            var drawn = 0
            for row in 0..<20 {
                for column in 0..<80 {
                    for (dx, dy) in [(1, 0), (0, 1)] where column + dx < 80 && row + dy < 20 {
                        let pair = Set([code(column, row), code(column + dx, row + dy)].compactMap { $0 })
                        guard pair == ["CHN", "PRK"] else { continue }
                        touching += 1
                        if raster.lines.hasLine(column: column, row: row)
                            || raster.lines.hasLine(column: column + dx, row: row + dy)
                        {
                            drawn += 1
                        }
                    }
                }
            }
            XCTAssertGreaterThan(touching, 20, "the view shows the border")
            XCTAssertEqual(
                drawn, touching, "\(touching - drawn) gaps in the border line at \(viewport.centerLongitude)°E")
        }
    }

    func testWithoutABasemapTheRouteIsDrawnOnABlankSeaWithANotice() {
        let missing = BasemapLoader.load(candidates: ["/nonexistent/basemap.bin"])
        let screen = MapTestSupport.screen(width: 80, height: 24, context: RenderContext(basemap: missing))
        XCTAssertEqual(
            screen.lines[0].trimmingCharacters(in: .whitespaces),
            "No basemap found (data/basemap/basemap.bin): coastlines and borders not drawn")
        XCTAssertTrue(screen.text.contains("South City"))
        XCTAssertTrue(screen.text.contains("4"))
        XCTAssertFalse(screen.text.contains("CHINA"))
    }

    func testTheMapViewFillsTheScreenAboveTheStatusBar() {
        var state = MapTestSupport.state(width: 80, height: 24)
        state.apply(.map(.nextStage))
        let screen = RootView.render(state, theme: .mono(), context: .forTests)
        XCTAssertTrue(screen.lines[22].contains("1 2 3 stages"), screen.text)
        XCTAssertTrue(screen.lines[20].contains("Stage 1 of 6: The river bank"), screen.text)
    }

    func testTheScaleBarIsARoundDistanceMeasuredAtTheCentre() throws {
        // At 42.7°N a degree of longitude is about 81.8 km; 0.05° per column is 4.09 km.
        let viewport = MapViewport(
            centerLatitude: 42.7, centerLongitude: 129.6, spanLongitude: 80 * 0.05, spanLatitude: 0.1)
        let projection = MapProjection(fitting: viewport, columns: 80, rows: 20)
        let bar = try XCTUnwrap(ScaleBar(projection: projection, maxColumns: 20))
        XCTAssertEqual(bar.kilometres, 50)
        XCTAssertEqual(bar.columns, 13)  // 50 / 4.09 ≈ 12 columns between the two ends
        XCTAssertEqual(bar.text, "|-----------| 50 km")
    }

    func testBelowTheTimelineTheMapFollowsTheSelectedEvent() {
        var dataset = MapTestSupport.realPlaces
        dataset.events = [
            Event(
                id: "far", date: EventDate(start: HistoricDate(year: 2000)), title: "In Kunming",
                summary: "A test event.", category: "route", places: ["kunming"])
        ]
        var state = ExplorerState(dataset: dataset, size: Size(width: 160, height: 45), showContentNote: false)
        state.moveMap(to: MapTestSupport.border)
        let screen = RootView.render(state, theme: .mono(), context: .forTests)
        let mapPart = screen.lines[ExplorerLayout.mapSplitTimelineRows...]
            .map { String($0.prefix(160 - MapView.sidePanelWidth)) }
        XCTAssertTrue(mapPart.contains { $0.contains("Kunming") && $0.contains("5") }, screen.text)
        XCTAssertFalse(mapPart.contains { $0.contains("Yanji") }, screen.text)
    }

    func testWideTallTerminalsSplitTimelineAboveMapBelow() {
        var state = ExplorerState(
            dataset: SampleDataset.dataset, size: Size(width: 160, height: 45), showContentNote: false)
        let rows = ExplorerLayout.mapSplitTimelineRows
        XCTAssertEqual(state.layout.map, Rect(column: 0, row: rows, width: 160, height: 44 - rows))
        state.apply(Action.resize(Size(width: 159, height: 45)))
        XCTAssertNil(state.layout.map)
        state.apply(.showMap)
        XCTAssertEqual(state.layout.map, Rect(column: 0, row: 0, width: 159, height: 44))
    }

    func testAStageDescriptionTooLongForThePanelEndsInAnEllipsisWithinTheWidth() throws {
        var scene = try ExplorerGolden.state(60, 24, keys: "m]]").mapScene
        scene.viewport.stageIndex = 0  // "Waiting for the right night to cross." in a 20-column panel
        let whole = MapPanel.bottomDescription(scene, width: 20, lines: 10, ellipsis: "...")
        XCTAssertGreaterThan(whole.count, 1)
        XCTAssertFalse(whole.joined().contains("..."), "a description that fits is not cut")
        let cut = MapPanel.bottomDescription(scene, width: 20, lines: 1, ellipsis: "...")
        XCTAssertEqual(cut.count, 1)
        XCTAssertTrue(cut[0].hasSuffix(" ..."), cut[0])
        XCTAssertLessThanOrEqual(cut[0].count, 19)
        XCTAssertTrue(whole[0].hasPrefix(String(cut[0].dropLast(4))), "the cut keeps the start of the text")
        XCTAssertEqual(MapPanel.bottomHeight(scene, width: 20, available: 30), 2 + min(3, whole.count))
        XCTAssertEqual(MapPanel.bottomHeight(scene, width: 20, available: 12), 3)
    }

    /// The caches must be invisible: contexts that share the dataset's caches never show each
    /// other's basemap, and a repeated frame is the same as the first.
    func testTheCachesNeverMixBasemapsUp() throws {
        let state = try ExplorerGolden.state(100, 30, keys: "m")
        let standard = RenderContext(basemap: .standard)
        let none = RenderContext(basemap: BasemapLoad(basemap: nil, path: nil, notice: nil))
        func draw(_ context: RenderContext, unicode: Bool) -> String {
            var screen = Screen(size: state.size)
            MapView.draw(
                state.mapScene, into: &screen, rect: Rect(column: 0, row: 0, width: 100, height: 29),
                theme: .dark(unicode: unicode), context: context)
            return screen.text
        }
        for unicode in [false, true] {
            let withMap = draw(standard, unicode: unicode)
            let without = draw(none, unicode: unicode)
            XCTAssertNotEqual(withMap, without)
            XCTAssertEqual(draw(standard, unicode: unicode), withMap)
            XCTAssertEqual(draw(standard.forAnotherViewer(), unicode: unicode), withMap)
            XCTAssertEqual(draw(none, unicode: unicode), without)
        }
        XCTAssertNotEqual(draw(standard, unicode: true), draw(standard, unicode: false))
    }
}
