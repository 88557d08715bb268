import Foundation
import XCTest

/// `tumen export --format html --lesson NAME` and the map in words in Markdown, as a shell sees them.
final class HTMLExportCommandTests: XCTestCase {
    func export(_ arguments: [String]) throws -> TumenBinary.Result {
        try TumenBinary.run(["export"] + arguments, currentDirectory: TumenBinary.packageRoot)
    }

    func testEveryBundledLessonExportsAsOneHTMLFile() throws {
        for lesson in ["escape-route", "policy-and-border"] {
            let result = try export(["--format", "html", "--lesson", lesson])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.hasPrefix("<!DOCTYPE html>\n<html "), lesson)
            XCTAssertTrue(result.stdout.hasSuffix("</html>\n"), lesson)
            XCTAssertFalse(result.stdout.contains("<script"), lesson)
        }
        let withNotes = try export(["--format", "html", "--lesson", "escape-route", "--with-notes"])
        XCTAssertTrue(withNotes.stdout.contains("<h3>Teacher's notes</h3>"))
    }

    func testHTMLNeedsALessonAndAnUnknownOneIsAUsageError() throws {
        let bare = try export(["--format", "html"])
        XCTAssertEqual(bare.status, 64)
        XCTAssertTrue(
            bare.stderr.contains("--format html writes a lesson's handout with its maps: give --lesson NAME."),
            bare.stderr)
        let unknown = try export(["--format", "html", "--lesson", "nope"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.contains("no lesson named 'nope'"), unknown.stderr)
        let help = try export(["--help"])
        XCTAssertTrue(help.stdout.contains("html"), help.stdout)
    }

    func testMarkdownHandoutsSayTheMapInWords() throws {
        let dataset = try export(["--format", "markdown"])
        XCTAssertEqual(dataset.status, 0, dataset.stderr)
        XCTAssertTrue(
            dataset.stdout.contains(
                "   *In words:* Place: Kunming, in China. 3,150 km south-west of stage 5, Yanji, in a straight line."),
            dataset.stdout)
        let lesson = try export(["--format", "markdown", "--lesson", "escape-route"])
        XCTAssertTrue(
            lesson.stdout.contains(
                "**The map in words:** Place: Yanji, in China. 28 km west of stage 3, Tumen, in a straight line."),
            lesson.stdout)
    }
}
