import TumenData
import TumenFiles
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// The map of the bundled dataset, data/tumen.json, as a new user meets it: `m` for the whole
/// region, then `]` to a stage and `+` to the Tumen River border. When the data is edited on
/// purpose, rerecord with TUMEN_UPDATE_GOLDENS=1 (the run fails, naming what it wrote) and
/// read the screens before committing.
final class MapBundledDataTests: XCTestCase {
    func bundled(width: Int, height: Int, keys: [Key]) throws -> Screen {
        let path = MapTestSupport.repositoryRoot + "/data/tumen.json"
        try XCTSkipUnless(FileManager.default.fileExists(atPath: path), "data/tumen.json is not in this checkout")
        let dataset = try DatasetLoader.load(path: path).dataset
        var state = ExplorerState(dataset: dataset, size: Size(width: width, height: height), showContentNote: false)
        state.press(.character("m"))
        for key in keys { state.press(key) }
        return MapTestSupport.screen(width: width, height: height, state: state)
    }

    static let toTheBorder: [Key] = [
        .character("]"), .character("]"), .character("]"),
        .character("+"), .character("+"), .character("+"), .character("+"),
    ]

    func testTheWholeRegionAt80x24() throws {
        let screen = try bundled(width: 80, height: 24, keys: [])
        assertScreen(screen, golden: MapTestSupport.golden("map-tumen-region-80x24"))
        for text in ["Kunming", "Seoul", "CHINA"] {
            XCTAssertTrue(screen.text.contains(text), "\(text) missing:\n\(screen.text)")
        }
    }

    func testTheWholeRegionAt200x60() throws {
        let screen = try bundled(width: 200, height: 60, keys: [])
        assertScreen(screen, golden: MapTestSupport.golden("map-tumen-region-200x60"))
        for text in ["Kunming", "Seoul", "Yanji", "Bangkok", "MONGOLIA", "THAILAND"] {
            XCTAssertTrue(screen.text.contains(text), "\(text) missing:\n\(screen.text)")
        }
    }

    func testTheBorderZoomAt80x24() throws {
        let screen = try bundled(width: 80, height: 24, keys: Self.toTheBorder)
        assertScreen(screen, golden: MapTestSupport.golden("map-tumen-border-80x24"))
        for text in ["Yanji", "Tumen", "NORTH KOREA", "Stage 3 of 12: Tumen city"] {
            XCTAssertTrue(screen.text.contains(text), "\(text) missing:\n\(screen.text)")
        }
    }

    func testTheBorderZoomAt200x60() throws {
        let screen = try bundled(width: 200, height: 60, keys: Self.toTheBorder)
        assertScreen(screen, golden: MapTestSupport.golden("map-tumen-border-200x60"))
        for text in ["Yanji", "Tumen city", "NORTH KOREA", "CHINA", "Stage 3: Tumen city"] {
            XCTAssertTrue(screen.text.contains(text), "\(text) missing:\n\(screen.text)")
        }
    }
}
