import XCTest

@testable import TumenData

final class TextSanitizerTests: XCTestCase {
    func testEscapeSequencesBecomeVisible() {
        XCTAssertEqual(TextSanitizer.visible("a\u{1B}]0;title\u{07}b"), "a^[]0;title^Gb")
        XCTAssertEqual(TextSanitizer.visible("\u{1B}[2J"), "^[[2J")
        XCTAssertEqual(TextSanitizer.visible("x\u{9B}31m"), "x<U+009B>31m")
        XCTAssertEqual(TextSanitizer.visible("evil\u{202E}txt"), "evil<U+202E>txt")
        XCTAssertEqual(TextSanitizer.visible("del\u{7F}"), "del^?")
    }

    func testOrdinaryTextIsUntouched() {
        let text = "Yanji 延吉 — Tumen River 두만강, “quoted”"
        XCTAssertEqual(TextSanitizer.visible(text), text)
        XCTAssertFalse(TextSanitizer.containsControlCharacters(text))
        XCTAssertTrue(TextSanitizer.containsControlCharacters("a\nb"))
        XCTAssertFalse(TextSanitizer.containsControlCharacters("a\nb", allowingNewlines: true))
    }
}
