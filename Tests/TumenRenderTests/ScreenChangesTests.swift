import TumenData
import TumenModel
import TumenRender
import XCTest

/// The painter's diff: what must be sent to turn one screen into the next.
final class ScreenChangesTests: XCTestCase {
    private func screen(_ lines: [String], width: Int = 6, style: Style = .plain) -> Screen {
        var screen = Screen(size: Size(width: width, height: lines.count))
        for (row, line) in lines.enumerated() { screen.put(line, column: 0, row: row, style: style) }
        return screen
    }

    /// The changes as "column,row:text" (a `+` after a wide glyph), easy to read in a failure.
    private func described(_ changes: [Screen.Change]) -> [String] {
        changes.map { "\($0.column),\($0.row):\($0.cell.text)\($0.isWide ? "+" : "")" }
    }

    func testTheSameScreenNeedsNothing() {
        let shown = screen(["abc", "延吉"])
        XCTAssertEqual(shown.changes(from: shown), [])
    }

    func testOneChangedCellIsTheOnlyChange() {
        let shown = screen(["abc", "def"])
        var next = shown
        next.put("X", column: 1, row: 1)
        XCTAssertEqual(described(next.changes(from: shown)), ["1,1:X"])
    }

    func testWithNothingShownOrAnotherSizeEveryGlyphIsSent() {
        let next = screen(["ab", "延"], width: 3)
        let all = ["0,0:a", "1,0:b", "2,0: ", "0,1:延+", "2,1: "]
        XCTAssertEqual(described(next.changes(from: nil)), all)
        XCTAssertEqual(described(next.changes(from: screen(["ab", "延"], width: 4))), all)
        XCTAssertEqual(described(next.changes(from: Screen(size: Size(width: 3, height: 3)))), all)
    }

    func testAWideCharacterIsSentOnceFromItsFirstCell() {
        let shown = screen(["abcd"])
        let next = screen(["a延d"])
        XCTAssertEqual(described(next.changes(from: shown)), ["1,0:延+"])
    }

    func testANarrowCharacterOverAWideOneIsSentWithTheCellItUncovers() {
        let shown = screen(["a延d"])
        var next = shown
        next.put("x", column: 1, row: 0)
        // The wide glyph's right half is blanked by the screen, and must reach the terminal too.
        XCTAssertEqual(described(next.changes(from: shown)), ["1,0:x", "2,0: "])
    }

    func testAStyleOnlyChangeIsAChange() {
        let shown = screen(["abc"])
        var next = shown
        next.restyle(column: 1, row: 0, width: 1, style: Style(foreground: .red))
        let changes = next.changes(from: shown)
        XCTAssertEqual(described(changes), ["1,0:b"])
        XCTAssertEqual(changes.first?.cell.style, Style(foreground: .red))
    }

    func testRestylingOnlyTheRightHalfOfAWideCharacterResendsIt() {
        let shown = screen(["延x"])
        var next = shown
        next.restyle(column: 1, row: 0, width: 1, style: Style(attributes: .reverse))
        XCTAssertEqual(described(next.changes(from: shown)), ["0,0:延+"])
    }

    func testTheCursorAloneIsNotACellChange() {
        let shown = screen(["abc"])
        var next = shown
        next.cursor = (column: 2, row: 0)
        XCTAssertEqual(next.changes(from: shown), [])
    }
}
