import Foundation
import TumenFiles
import XCTest

/// `tumen export --format timelinejs|storymap` as a shell sees it.
final class ExportKnightLabCommandTests: XCTestCase {
    static let corpus = TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import-corpus")

    func testTheBundledDataGoesOutInBothFormats() throws {
        for format in ["timelinejs", "storymap"] {
            let result = try TumenBinary.run(["export", "--format", format])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "", format)
            let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            XCTAssertNotNil(format == "timelinejs" ? root["events"] : root["storymap"], format)
        }
    }

    /// TimelineJS refuses a timeline without events: so does the export, naming the way out.
    func testAStoryWithoutDatesIsNoTimeline() throws {
        let path = Self.corpus.appendingPathComponent("sm-editor-undated.json").path
        let refused = try TumenBinary.run(["export", "--format", "timelinejs", path])
        XCTAssertEqual(refused.status, 65)
        XCTAssertEqual(refused.stdout, "")
        XCTAssertTrue(
            refused.stderr.contains("no events") && refused.stderr.contains("--format storymap"), refused.stderr)
        XCTAssertEqual(try TumenBinary.run(["export", "--format", "storymap", path]).status, 0)
    }

    func testATimelineAsAStoryWarnsThatItsMapIsEmpty() throws {
        let result = try TumenBinary.run([
            "export", "--format", "storymap", Self.corpus.appendingPathComponent("tl3-bce.json").path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stderr,
            "tumen: warning: the dataset has no route stages, so the story's slides have no places and its map "
                + "no markers\n"
        )
    }
}
