import TumenData
import TumenFixtures
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// What a student's terminal ends up showing is the screen the server drew, whatever
/// frames it skipped: checked by feeding the encoder's bytes to a small terminal.
final class RemoteFrameEncoderTests: XCTestCase {
    private let encoder = RemoteFrameEncoder()

    /// Screens a student might see one after another: the explorer after random keys.
    private func screens(size: Size, seed: UInt64, count: Int) -> [Screen] {
        var generator = SeededGenerator(seed: seed)
        let keys: [Key] = KeyBindings.commands.flatMap(\.keys).filter { $0 != .character("q") && $0 != .control("c") }
        var state = ExplorerState(dataset: SampleDataset.dataset, size: size, showContentNote: true)
        var result: [Screen] = []
        for _ in 0..<count {
            result.append(RootView.render(state, theme: .dark(unicode: true), context: .forTests))
            state.press(keys.randomElement(using: &generator)!)
        }
        return result
    }

    private func assertShows(
        _ terminal: MiniTerminal, _ screen: Screen, _ label: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(terminal.unknown, [], label, file: file, line: line)
        for row in 0..<screen.size.height {
            for column in 0..<screen.size.width where terminal[column, row] != screen[column, row] {
                XCTFail(
                    "\(label): cell \(column),\(row) shows \(terminal[column, row]) instead of \(screen[column, row])",
                    file: file, line: line)
                return
            }
        }
    }

    func testEveryFrameAndEverySkippedRunOfFramesLeavesTheLatestScreen() {
        for (size, seed) in [
            (Size(width: 80, height: 24), UInt64(1)), (Size(width: 123, height: 37), 2),
            (Size(width: 40, height: 12), 3),
        ] {
            let frames = screens(size: size, seed: seed, count: 60)
            var terminal = MiniTerminal(size: size)
            terminal.feed(encoder.update(from: nil, to: frames[0]))
            assertShows(terminal, frames[0], "first frame at \(size)")
            for index in 1..<frames.count {
                terminal.feed(encoder.update(from: frames[index - 1], to: frames[index]))
                assertShows(terminal, frames[index], "frame \(index) at \(size)")
            }
            // A slow client: it got frame 0, then only frame 40.
            var slow = MiniTerminal(size: size)
            slow.feed(encoder.update(from: nil, to: frames[0]))
            slow.feed(encoder.update(from: frames[0], to: frames[40]))
            assertShows(slow, frames[40], "frames 1 to 39 skipped at \(size)")
        }
    }

    func testAnUnchangedScreenSendsNothingAndOneChangedCellLittle() {
        var screen = Screen(size: Size(width: 80, height: 24))
        screen.put("Tumen", column: 2, row: 3)
        XCTAssertEqual(encoder.update(from: screen, to: screen), "")
        var changed = screen
        changed.put("X", column: 40, row: 10, style: Style(foreground: .red))
        XCTAssertEqual(encoder.update(from: screen, to: changed), "\u{1B}[11;41H\u{1B}[0;31mX\u{1B}[0m")
    }

    func testWideCharactersAreWrittenWholeWhenEitherHalfChanges() {
        var before = Screen(size: Size(width: 10, height: 1))
        before.put("ab한c", column: 0, row: 0)
        var after = before
        after[3, 0] = Cell("x")  // the right half of 한: the whole character goes
        var terminal = MiniTerminal(size: before.size)
        terminal.feed(encoder.update(from: nil, to: before))
        terminal.feed(encoder.update(from: before, to: after))
        assertShows(terminal, after, "right half overwritten")
        XCTAssertEqual(after[2, 0].text, " ")
    }

    func testANewSizeRepaintsEverything() {
        var small = Screen(size: Size(width: 20, height: 5))
        small.put("small", column: 0, row: 0)
        var large = Screen(size: Size(width: 30, height: 8))
        large.put("large", column: 1, row: 7)
        let bytes = encoder.update(from: small, to: large)
        XCTAssertTrue(bytes.hasPrefix("\u{1B}[0m\u{1B}[H\u{1B}[2J"), "a cleared screen first")
        var terminal = MiniTerminal(size: large.size)
        terminal.feed(bytes)
        assertShows(terminal, large, "after a resize")
    }

    func testControlCharactersInCellsNeverReachTheTerminal() {
        var screen = Screen(size: Size(width: 20, height: 2))
        screen[0, 0] = Cell("\u{1B}")
        screen[1, 0] = Cell("\u{7}")
        let bytes = encoder.update(from: nil, to: screen)
        XCTAssertFalse(bytes.contains("\u{7}"))
        XCTAssertEqual(
            bytes.components(separatedBy: "\u{1B}").count - 1, bytes.components(separatedBy: "\u{1B}[").count - 1,
            "every Esc sent starts a sequence the encoder wrote")
    }

    func testASCIIOnlyKeepsEveryCellsWidth() {
        var screen = Screen(size: Size(width: 12, height: 1))
        screen.put("1996–1999 한", column: 0, row: 0)
        let bytes = RemoteFrameEncoder(asciiOnly: true).update(from: nil, to: screen)
        XCTAssertTrue(bytes.unicodeScalars.allSatisfy(\.isASCII), bytes)
        XCTAssertTrue(bytes.contains("1996-1999 ??"), bytes)
    }

    func testTheCursorIsShownOnlyWhereTheScreenAsks() {
        var screen = Screen(size: Size(width: 20, height: 3))
        screen.cursor = (column: 4, row: 2)
        XCTAssertTrue(encoder.update(from: nil, to: screen).hasSuffix("\u{1B}[3;5H\u{1B}[?25h"))
        var hidden = screen
        hidden.cursor = nil
        XCTAssertEqual(encoder.update(from: screen, to: hidden), "\u{1B}[?25l")
    }
}
