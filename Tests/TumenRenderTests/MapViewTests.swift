import XCTest
import TumenFixtures
import TumenModel
@testable import TumenRender

/// Whole map screens compared with plain-text goldens in Goldens/map-*.txt.
/// Regenerate with TUMEN_UPDATE_GOLDENS=1 swift test --filter MapViewTests, then read them.
final class MapViewTests: XCTestCase {
    static let basemap = BasemapLoader.load(path: MapTestSupport.repositoryRoot + "/data/basemap/basemap.bin")

    func testTheCommittedBasemapLoads() throws {
        let load = Self.basemap
        XCTAssertNil(load.notice)
        let basemap = try XCTUnwrap(load.basemap)
        XCTAssertEqual(basemap.layers.map(\.name), ["region-fine", "region-medium", "region-coarse", "world"])
        XCTAssertTrue(basemap.layers[0].countries.contains { $0.code == "PRK" })
    }

    func testWholeRegionAt80x24() throws {
        try MapTestSupport.assertGolden(MapTestSupport.screen(width: 80, height: 24), named: "map-region-80x24")
    }

    func testWholeRegionAt200x60() throws {
        try MapTestSupport.assertGolden(MapTestSupport.screen(width: 200, height: 60), named: "map-region-200x60")
    }

    func testTumenBorderAt80x24() throws {
        try MapTestSupport.assertGolden(MapTestSupport.screen(width: 80, height: 24, viewport: MapTestSupport.border),
                                        named: "map-border-80x24")
    }

    func testTumenBorderAt200x60() throws {
        try MapTestSupport.assertGolden(MapTestSupport.screen(width: 200, height: 60, viewport: MapTestSupport.border),
                                        named: "map-border-200x60")
    }

    func testTumenBorderInUnicodeUsesBraille() throws {
        let screen = MapTestSupport.screen(width: 120, height: 40, viewport: MapTestSupport.border, unicode: true)
        try MapTestSupport.assertGolden(screen, named: "map-border-120x40-unicode")
        XCTAssertTrue(screen.cells.contains { $0.text.unicodeScalars.first.map { (0x2801...0x28FF).contains($0.value) } ?? false })
    }
}

enum MapTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The Tumen River border: Tumen city, Yanji and the river between China and North Korea.
    static let border = MapViewport(centerLatitude: 42.7, centerLongitude: 129.6, spanLongitude: 2.4, spanLatitude: 1.4)

    static func state(width: Int, height: Int, viewport: MapViewport? = nil, dataset: Dataset = SampleDataset.dataset) -> ExplorerState {
        var state = ExplorerState(dataset: dataset, size: Size(width: width, height: height), showContentNote: false)
        state.apply(.showMap)
        if let viewport { state.map = viewport }
        return state
    }

    static func screen(width: Int, height: Int, viewport: MapViewport? = nil, unicode: Bool = false,
                       state custom: ExplorerState? = nil, basemap: BasemapLoad = MapViewTests.basemap) -> Screen {
        let state = custom ?? self.state(width: width, height: height, viewport: viewport)
        var screen = Screen(size: Size(width: width, height: height))
        MapView.draw(state, into: &screen, rect: Rect(Size(width: width, height: height)), theme: .mono(unicode: unicode),
                     basemap: basemap)
        return screen
    }

    static func assertGolden(_ screen: Screen, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = repositoryRoot + "/Tests/TumenRenderTests/Goldens/\(name).txt"
        if ProcessInfo.processInfo.environment["TUMEN_UPDATE_GOLDENS"] == "1" {
            try screen.text.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            XCTFail("missing golden \(path); run with TUMEN_UPDATE_GOLDENS=1 to create it", file: file, line: line)
            return
        }
        if expected != screen.text {
            XCTFail("screen differs from \(name).txt\n--- expected\n\(expected)--- actual\n\(screen.text)", file: file, line: line)
        }
    }
}
