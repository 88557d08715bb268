import Foundation
import TumenTestSupport
import XCTest

/// What a teacher sees after `tumen --data THEIR-FILE`: each imported fixture on
/// the timeline and on the map, as plain-text goldens in Tests/Fixtures/import/screens.
/// `tumen render` prints text only, so these goldens have no style layer. Rerecord after an
/// intended change with TUMEN_UPDATE_GOLDENS=1 (the run fails, naming what it wrote).
final class ImportScreensTests: XCTestCase {
    static let screens: [(name: String, fixture: String, keys: String?)] = [
        ("battles-timeline-80x24", "timelinejs-battles.json", nil),
        ("cosmos-timeline-80x24", "timelinejs-cosmos.json", nil),
        ("sheet-timeline-80x24", "timelinejs-sheet.csv", nil),
        ("sheet-map-80x24", "timelinejs-sheet.csv", "m"),
        ("storymap-timeline-80x24", "storymap-lewis-clark.json", nil),
        ("storymap-map-80x24", "storymap-lewis-clark.json", "m"),
        ("storymap-map-stage-80x24", "storymap-lewis-clark.json", "m]]]"),
    ]

    func testImportedFilesOnTheTimelineAndTheMap() throws {
        let folder = TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import/screens")
        for screen in Self.screens {
            var arguments = ["render", "--size", "80x24", "--data", "Tests/Fixtures/import/\(screen.fixture)"]
            if let keys = screen.keys { arguments += ["--keys", keys] }
            let result = try TumenBinary.run(arguments, currentDirectory: TumenBinary.packageRoot)
            XCTAssertEqual(result.status, 0, "\(screen.name): \(result.stderr)")
            assertGoldenText(result.stdout, golden: folder.appendingPathComponent(screen.name + ".txt"))
        }
    }
}
