import TumenData
import TumenModel
import XCTest

/// Lines of standard input as keys for the scripted screen-reader mode.
final class ScreenReaderInputTests: XCTestCase {
    func keys(_ line: String, searching: Bool = false) throws -> [Key] {
        try ScreenReaderInput.keys(line: line, searchPromptOpen: searching)
    }

    func testLinesAreKeyNotationAndAnEmptyLineIsEnter() throws {
        XCTAssertEqual(try keys("jj"), [.character("j"), .character("j")])
        XCTAssertEqual(try keys("<PageDown> G"), [.pageDown, .character("G")])
        XCTAssertEqual(try keys(""), [.enter])
        XCTAssertEqual(try keys("\r"), [.enter], "a CRLF line end")
        XCTAssertEqual(try keys("q"), [.character("q")])
        XCTAssertThrowsError(try keys("<Nope>"))
    }

    func testSearchTextIsTypedAsWrittenAndTheLineEndRunsIt() throws {
        XCTAssertEqual(try keys("/Tumen river"), [.character("/")] + "Tumen river".map { .character($0) } + [.enter])
        XCTAssertEqual(
            try keys("g/a#b"),
            [.character("g"), .character("/"), .character("a"), .character("#"), .character("b"), .enter])
        XCTAssertEqual(try keys("/"), [.character("/")], "a bare / opens the prompt; the next line is the search")
        XCTAssertEqual(try keys("Yanji city", searching: true), "Yanji city".map { .character($0) } + [.enter])
        XCTAssertEqual(try keys("j # a comment / not a search"), [.character("j")])
    }
}
