import TumenFiles
import TumenFixtures
import TumenTestSupport
import XCTest

@testable import TumenData
@testable import TumenModel
@testable import TumenRender

/// Whole map screens compared with goldens in Goldens/map-*.txt and *.styles.txt.
/// Rerecord with TUMEN_UPDATE_GOLDENS=1 swift test --filter MapViewTests (the run fails,
/// naming what it wrote), then read the diff.
final class MapViewTests: XCTestCase {
    static let basemap = BasemapLoader.load(path: MapTestSupport.repositoryRoot + "/data/basemap/basemap.bin")
    static let context = RenderContext(basemap: basemap)

    func testTheCommittedBasemapLoads() throws {
        let load = Self.basemap
        XCTAssertNil(load.notice)
        let basemap = try XCTUnwrap(load.basemap)
        XCTAssertEqual(basemap.layers.map(\.name), ["region-fine", "region-medium", "region-coarse", "world"])
        XCTAssertTrue(basemap.layers[0].countries.contains { $0.code == "PRK" })
    }

    func testWholeRegionAt80x24() throws {
        assertScreen(MapTestSupport.screen(width: 80, height: 24), golden: MapTestSupport.golden("map-region-80x24"))
    }

    func testWholeRegionAt200x60() throws {
        assertScreen(MapTestSupport.screen(width: 200, height: 60), golden: MapTestSupport.golden("map-region-200x60"))
    }

    func testTumenBorderAt80x24() throws {
        assertScreen(
            MapTestSupport.screen(width: 80, height: 24, viewport: MapTestSupport.border),
            golden: MapTestSupport.golden("map-border-80x24"))
    }

    func testTumenBorderAt200x60() throws {
        assertScreen(
            MapTestSupport.screen(width: 200, height: 60, viewport: MapTestSupport.border),
            golden: MapTestSupport.golden("map-border-200x60"))
    }

    func testRealPlacesAt80x24() throws {
        let state = MapTestSupport.state(width: 80, height: 24, dataset: MapTestSupport.realPlaces)
        assertScreen(
            MapTestSupport.screen(width: 80, height: 24, state: state),
            golden: MapTestSupport.golden("map-places-80x24"))
    }

    func testRealPlacesAt200x60() throws {
        var state = MapTestSupport.state(width: 200, height: 60, dataset: MapTestSupport.realPlaces)
        state.press(.character("]"))
        state.press(.character("0"))
        let screen = MapTestSupport.screen(width: 200, height: 60, state: state)
        assertScreen(screen, golden: MapTestSupport.golden("map-places-200x60"))
        XCTAssertTrue(screen.text.contains("Position on the map: schematic."))
    }

    func testRealPlacesBorderZoomAt80x24() throws {
        var state = MapTestSupport.state(
            width: 80, height: 24, viewport: MapTestSupport.border, dataset: MapTestSupport.realPlaces)
        state.apply(.map(.nextStage))
        state.apply(.map(.nextStage))
        assertScreen(
            MapTestSupport.screen(width: 80, height: 24, state: state),
            golden: MapTestSupport.golden("map-places-border-80x24"))
    }

    func testFromTheRegionToTheBorderByKeys() throws {
        // As a user would: m, ] to the first stage, + until the border area fills the view.
        var state = MapTestSupport.state(width: 80, height: 24, dataset: MapTestSupport.realPlaces)
        for key: Key in [
            .character("]"), .character("]"), .character("+"), .character("+"), .character("+"), .character("+"),
        ] {
            state.press(key)
        }
        let screen = MapTestSupport.screen(width: 80, height: 24, state: state)
        assertScreen(screen, golden: MapTestSupport.golden("map-places-keys-80x24"))
        for text in ["Yanji", "Tumen", "CHINA", "NORTH KOREA", "Stage 2 of 6: Tumen"] {
            XCTAssertTrue(screen.text.contains(text), "\(text) missing:\n\(screen.text)")
        }
    }

    func testPlacesElsewhereInTheWorldUseTheWorldBasemap() throws {
        // An imported story on another continent: the first view fits its places.
        let dataset = Dataset(
            title: "Elsewhere",
            places: [
                Place(id: "lisbon", name: "Lisbon", kind: .city, latitude: 38.72, longitude: -9.14, importance: 3),
                Place(id: "rome", name: "Rome", kind: .city, latitude: 41.9, longitude: 12.5, importance: 3),
                Place(id: "cairo", name: "Cairo", kind: .city, latitude: 30.04, longitude: 31.24, importance: 3),
            ])
        let state = MapTestSupport.state(width: 80, height: 24, dataset: dataset)
        let screen = MapTestSupport.screen(width: 80, height: 24, state: state)
        assertScreen(screen, golden: MapTestSupport.golden("map-world-80x24"))
        XCTAssertTrue(screen.text.contains("Cairo"))
        XCTAssertTrue(
            screen.text.contains("ITALY") || screen.text.contains("EGYPT") || screen.text.contains("SPAIN"), screen.text
        )
    }

    /// At any size, after any map key, every row is drawn to the full width, and the screen
    /// shows the map with its status bar or, below the minimum, the notice that says so.
    func testAnySizeAndAnyKeyDrawsTheMapOrTheTooSmallNotice() {
        let keys: [Key] = [
            .character("]"), .character("+"), .character("+"), .left, .up, .character("j"),
            .character("-"), .character("-"), .character("-"), .character("-"), .character("-"),
            .character("-"), .character("-"), .character("-"), .right, .down, .character("0"),
            .character("["), .character("k"),
        ]
        for size in [
            Size(width: 1, height: 1), Size(width: 7, height: 3), Size(width: 40, height: 12),
            Size(width: 300, height: 100),
        ] {
            var state = MapTestSupport.state(width: size.width, height: size.height)
            for key in keys {
                state.press(key)
                let unicode = size.width == 300
                let screen = RootView.render(state, theme: .dark(unicode: unicode), context: .forTests)
                for (row, line) in screen.lines.enumerated() {
                    XCTAssertEqual(DisplayWidth.of(line), size.width, "\(size) after \(key), row \(row): \(line)")
                }
                if size.width < ExplorerLayout.minimum.width || size.height < ExplorerLayout.minimum.height {
                    let notice = WordWrap.truncate("Window too small", width: size.width, unicode: unicode)
                    XCTAssertTrue(screen.text.contains(notice), "\(size) after \(key):\n\(screen.text)")
                } else {
                    XCTAssertTrue(screen.lines.last!.hasPrefix(" map "), "\(size) after \(key): \(screen.lines.last!)")
                    let drawn = screen.lines.dropLast().filter { !$0.allSatisfy { $0 == " " } }.count
                    XCTAssertGreaterThan(
                        drawn, (size.height - 1) / 2,
                        "\(size) after \(key): the map is mostly empty\n\(screen.text)")
                }
            }
        }
    }

    func testTumenBorderInUnicodeUsesBraille() throws {
        let screen = MapTestSupport.screen(width: 120, height: 40, viewport: MapTestSupport.border, unicode: true)
        assertScreen(screen, golden: MapTestSupport.golden("map-border-120x40-unicode"))
        XCTAssertTrue(
            screen.cells.contains { $0.text.unicodeScalars.first.map { (0x2801...0x28FF).contains($0.value) } ?? false }
        )
    }
}

enum MapTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The Tumen River border: Tumen city, Yanji and the river between China and North Korea.
    static let border = MapViewport(centerLatitude: 42.7, centerLongitude: 129.6, spanLongitude: 2.4, spanLatitude: 1.4)

    /// Real cities at their real coordinates (a test fixture, not the bundled data), to see
    /// that the map reads as the region: Korea, the Tumen River line, Yanji, Kunming.
    static let realPlaces = Dataset(
        title: "Map test",
        places: [
            Place(
                id: "river", name: "Tumen River", kind: .crossing, latitude: 42.75, longitude: 129.76,
                precision: .illustrative, importance: 3),
            Place(
                id: "tumen", name: "Tumen", kind: .city, latitude: 42.97, longitude: 129.84, precision: .city,
                importance: 3),
            Place(
                id: "yanji", name: "Yanji", kind: .city, latitude: 42.89, longitude: 129.5, precision: .city,
                importance: 3),
            Place(
                id: "shenyang", name: "Shenyang", kind: .city, latitude: 41.8, longitude: 123.43, precision: .city,
                importance: 2),
            Place(
                id: "beijing", name: "Beijing", kind: .city, latitude: 39.9, longitude: 116.4, precision: .city,
                importance: 3),
            Place(
                id: "kunming", name: "Kunming", kind: .city, latitude: 25.04, longitude: 102.71, precision: .city,
                importance: 3),
            Place(
                id: "pyongyang", name: "Pyongyang", kind: .city, latitude: 39.03, longitude: 125.75, precision: .city,
                importance: 2),
            Place(
                id: "seoul", name: "Seoul", kind: .city, latitude: 37.57, longitude: 126.98, precision: .city,
                importance: 3),
            Place(
                id: "ulaanbaatar", name: "Ulaanbaatar", kind: .city, latitude: 47.92, longitude: 106.92,
                precision: .city, importance: 1),
            Place(
                id: "hunchun", name: "Hunchun", kind: .city, latitude: 42.87, longitude: 130.36, precision: .city,
                importance: 1),
            Place(
                id: "hoeryong", name: "Hoeryong", kind: .city, latitude: 42.44, longitude: 129.75, precision: .city,
                importance: 1),
        ],
        routes: [
            Route(
                id: "test", name: "A test route", status: .open,
                stages: [
                    RouteStage(
                        id: "s1", number: 1, place: "river", title: "Across the river", description: "A test stage."),
                    RouteStage(id: "s2", number: 2, place: "tumen", title: "Tumen", description: "A test stage."),
                    RouteStage(id: "s3", number: 3, place: "yanji", title: "Yanji", description: "A test stage."),
                    RouteStage(id: "s4", number: 4, place: "shenyang", title: "Shenyang", description: "A test stage."),
                    RouteStage(id: "s5", number: 5, place: "kunming", title: "Kunming", description: "A test stage."),
                    RouteStage(id: "s6", number: 6, place: "seoul", title: "Seoul", description: "A test stage."),
                ]),
            Route(
                id: "old", name: "An old route", status: .closed, period: "until 2010",
                stages: [
                    RouteStage(id: "o1", number: 1, place: "yanji", title: "Yanji", description: "A test stage."),
                    RouteStage(
                        id: "o2", number: 2, place: "ulaanbaatar", title: "Ulaanbaatar", description: "A test stage."),
                ]),
        ]
    )

    static func state(width: Int, height: Int, viewport: MapViewport? = nil, dataset: Dataset = SampleDataset.dataset)
        -> ExplorerState
    {
        var state = ExplorerState(dataset: dataset, size: Size(width: width, height: height), showContentNote: false)
        state.apply(.showMap)
        if let viewport { state.moveMap(to: viewport) }
        return state
    }

    static func screen(
        width: Int, height: Int, viewport: MapViewport? = nil, unicode: Bool = false,
        state custom: ExplorerState? = nil, context: RenderContext = MapViewTests.context
    ) -> Screen {
        let state = custom ?? self.state(width: width, height: height, viewport: viewport)
        var screen = Screen(size: Size(width: width, height: height))
        MapView.draw(
            state.mapScene, into: &screen, rect: Rect(Size(width: width, height: height)),
            theme: .mono(unicode: unicode), context: context)
        return screen
    }

    /// Goldens/NAME.txt and its style layer, for `assertScreen`.
    static func golden(_ name: String) -> URL {
        URL(fileURLWithPath: repositoryRoot + "/Tests/TumenRenderTests/Goldens/\(name).txt")
    }
}
