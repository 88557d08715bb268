import Foundation
import XCTest

/// What a teacher sees after `tumen --data THEIR-FILE`: each imported fixture on
/// the timeline and on the map, as plain-text goldens in Tests/Fixtures/import/screens.
/// Regenerate after an intended change with TUMEN_UPDATE_GOLDENS=1.
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
        let update = ProcessInfo.processInfo.environment["TUMEN_UPDATE_GOLDENS"] == "1"
        for screen in Self.screens {
            var arguments = ["render", "--size", "80x24", "--data", "Tests/Fixtures/import/\(screen.fixture)"]
            if let keys = screen.keys { arguments += ["--keys", keys] }
            let result = try TumenBinary.run(arguments, currentDirectory: TumenBinary.packageRoot)
            XCTAssertEqual(result.status, 0, "\(screen.name): \(result.stderr)")
            let url = folder.appendingPathComponent(screen.name + ".txt")
            if update {
                try Data(result.stdout.utf8).write(to: url)
                continue
            }
            let golden = (try? String(contentsOf: url, encoding: .utf8)) ?? "(missing \(url.lastPathComponent))"
            XCTAssertEqual(result.stdout, golden, "\(screen.name) differs from its golden; if the change is intended, rerun with TUMEN_UPDATE_GOLDENS=1")
        }
    }
}
