import Foundation
import TumenData
import TumenModel
import TumenRender
import XCTest

@testable import TumenTestSupport

/// The golden comparer itself: it must be able to fail, on a colour as on a letter, and
/// when it records.
final class GoldenTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    private func screen(_ style: Style) -> Screen {
        var screen = Screen(size: Size(width: 4, height: 2))
        screen.put("ab", column: 0, row: 0)
        screen.put("cd", column: 1, row: 1, style: style)
        return screen
    }

    func testTheStyleLayerNamesEachCellsStyle() {
        var shown = screen(Style(foreground: .red, attributes: .bold))
        shown.cursor = (column: 3, row: 1)
        XCTAssertEqual(
            StyleLayer.text(of: shown),
            """
            aaaa
            abba
            a = terminalDefault on terminalDefault
            b = red on terminalDefault bold
            cursor = column 3, row 1

            """)
    }

    func testAColourChangeFailsWhenTheTextIsTheSame() {
        let url = folder.appendingPathComponent("s.txt")
        let red = Golden.files(of: screen(Style(foreground: .red)), golden: url)
        XCTAssertEqual(Golden.check(red, recording: true).count, 1)
        let problems = Golden.check(Golden.files(of: screen(Style(foreground: .green)), golden: url), recording: false)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("s.styles.txt differs"), problems[0])
        XCTAssertTrue(problems[0].contains("golden: b = red on terminalDefault"), problems[0])
    }

    func testRecordingWritesAndFailsThenTheSameScreenPasses() throws {
        let url = folder.appendingPathComponent("s.txt")
        let files = Golden.files(of: screen(.plain), golden: url)
        let recorded = Golden.check(files, recording: true)
        XCTAssertEqual(recorded.count, 1)
        XCTAssertTrue(recorded[0].hasPrefix("recorded \(url.path), \(folder.path)/s.styles.txt"), recorded[0])
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "ab\n cd\n")
        XCTAssertEqual(Golden.check(files, recording: false), [])
        XCTAssertEqual(Golden.check(files, recording: true), [], "nothing differs, so nothing is recorded")
    }

    func testAMissingGoldenSaysHowToRecordIt() {
        let problems = Golden.check([("text\n", folder.appendingPathComponent("none.txt"))], recording: false)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("record it with TUMEN_UPDATE_GOLDENS=1"), problems[0])
    }
}
