import Foundation
import TumenFixtures
import TumenTestSupport
import XCTest

@testable import TumenData

/// The export writers: CSV quoting, the handout's content, and that no format
/// lets a control character through.
final class LoadingExportTests: XCTestCase {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/export")

    /// Compares with a golden file (TUMEN_UPDATE_GOLDENS=1 rewrites it, and fails).
    private func assertGolden(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        assertGoldenText(text, golden: Self.goldens.appendingPathComponent(name), file: file, line: line)
    }

    func testTheSampleHandout() throws {
        assertGolden(MarkdownHandoutWriter().write(SampleDataset.dataset), "sample-handout.md")
    }

    func testTheSampleCSV() throws {
        assertGolden(EventsCSVWriter.write(SampleDataset.dataset), "sample-events.csv")
    }

    func testTheSampleCanonicalJSON() throws {
        assertGolden(CanonicalJSONWriter.write(SampleDataset.dataset), "sample-canonical.json")
    }

    func testCSVQuotingFollowsRFC4180() {
        XCTAssertEqual(EventsCSVWriter.field("plain"), "plain")
        XCTAssertEqual(EventsCSVWriter.field("a, b"), "\"a, b\"")
        XCTAssertEqual(EventsCSVWriter.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(EventsCSVWriter.field("one\n\ntwo"), "\"one\n\ntwo\"")
        XCTAssertEqual(EventsCSVWriter.row(["a", "b,c"]), "a,\"b,c\"\r\n")
    }

    func testCSVCellsCannotBecomeSpreadsheetFormulas() {
        var dataset = SampleDataset.dataset
        dataset.events = [dataset.events[0]]
        dataset.events[0].title = "=HYPERLINK(\"http://x\",\"click\")"
        dataset.events[0].summary = "@SUM(A1)"
        dataset.events[0].date = EventDate(start: HistoricDate(year: -500))
        let rows = EventsCSVWriter.write(dataset).split(separator: "\r\n")
        XCTAssertEqual(
            rows[1],
            #"treaty,-500,,500 BCE,no,"'=HYPERLINK(""http://x"",""click"")",Policy,,'@SUM(A1),"report: section 'Law', paragraph 1","#
        )
    }

    func testHandoutShowsEveryClaimOfAContestedFigure() {
        let handout = MarkdownHandoutWriter().write(SampleDataset.dataset)
        XCTAssertTrue(
            handout.contains("**Contested figure:** Share of women trafficked. The sources disagree:"), handout)
        XCTAssertTrue(
            handout.contains("- **60 percent**: of women who crossed (*A sample report*, paragraph 8)"), handout)
        XCTAssertTrue(
            handout.contains("- **80 percent**: estimate by a charity (*A sample article*, paragraph 9)"), handout)
    }

    func testHandoutListsEventsByDate() {
        let handout = MarkdownHandoutWriter().write(SampleDataset.dataset)
        let headings = handout.split(separator: "\n").filter { $0.hasPrefix("### ") && $0.contains(" — ") }.prefix(4)
        XCTAssertEqual(
            headings,
            [
                "### 1951 — A convention is signed", "### 1986 — Two governments agree to return crossers",
                "### 1996–1999 — Years of hunger", "### 1998–2008 — Years of engagement",
            ])
    }

    /// Data that never went through validation (an importer's, a future bug's) still
    /// cannot put escape sequences, C1 controls or bidi overrides on a terminal.
    func testNoFormatLetsControlCharactersThrough() throws {
        var dataset = SampleDataset.dataset
        dataset.title = "Title\u{1B}]0;pwned\u{07}"
        dataset.events[0].title = "\u{1B}[2JCleared"
        dataset.events[0].summary = "One.\n\nTwo\u{9B}31m \u{202E}reversed"
        dataset.sources[0].title = "Report\u{1B}[5m"
        dataset.places[0].name = "North\u{200F}Bank"
        for format in ExportFormat.allCases {
            let output = format.render(dataset, basemap: nil)
            XCTAssertFalse(
                TextSanitizer.containsControlCharacters(
                    output.replacingOccurrences(of: "\r\n", with: "\n"), allowingNewlines: true),
                "\(format) output holds control characters")
        }
        // JSON keeps them as escapes, so nothing is lost and it still loads the same text.
        let json = CanonicalJSONWriter.write(dataset)
        XCTAssertTrue(json.contains(#""title": "Title\u001b]0;pwned\u0007""#), json)
        let root = try JSONParser.parse(Array(json.utf8))
        let reader = JSONFieldReader()
        XCTAssertEqual(TumenFormatDecoder.decode(root, reader: reader), dataset)
        // The handout shows them as visible stand-ins.
        let handout = MarkdownHandoutWriter().write(dataset)
        XCTAssertTrue(handout.hasPrefix("# Title^[]0;pwned^G\n"), handout)
        XCTAssertTrue(handout.contains("Two<U+009B>31m <U+202E>reversed"), handout)
    }
}
