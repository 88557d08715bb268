import TumenData
import TumenModel
import XCTest

@testable import TumenRender

final class ScreenTests: XCTestCase {
    func testWideCharactersTakeTwoCells() {
        var screen = Screen(size: Size(width: 10, height: 1))
        let used = screen.put("延吉 Yanji", column: 0, row: 0)
        XCTAssertEqual(used, 10)
        XCTAssertEqual(screen.lines, ["延吉 Yanji"])
        XCTAssertTrue(screen[1, 0].isContinuation)
    }

    func testAWideCharacterThatWouldStraddleTheEdgeBecomesASpace() {
        var screen = Screen(size: Size(width: 5, height: 1))
        screen.put("ab延吉", column: 0, row: 0)
        XCTAssertEqual(screen.lines, ["ab延 "])
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(size: Size(width: 4, height: 1))
        screen.put("延吉", column: 0, row: 0)
        screen.put("x", column: 1, row: 0)
        XCTAssertEqual(screen.lines, [" x吉"])
    }

    func testControlCharactersNeverReachTheBuffer() {
        var screen = Screen(size: Size(width: 12, height: 1))
        screen.put("\u{1B}[2Jhi", column: 0, row: 0)
        XCTAssertEqual(screen.text, "^[[2Jhi\n")
        XCTAssertFalse(screen.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
    }

    func testTextIsClippedAtTheLimit() {
        var screen = Screen(size: Size(width: 8, height: 2))
        screen.put("abcdefgh", column: 2, row: 1, limit: 3)
        XCTAssertEqual(screen.text, "\n  cde\n".replacingOccurrences(of: "cde", with: "abc"))
    }
}
