import Foundation
import TumenData
import TumenModel
import XCTest

/// The promise testers rely on: for the same keys at the same size, the real app in a
/// terminal shows exactly the screen `tumen render` prints. Each script is sent to the
/// app in tmux one key at a time, and after every key the captured pane is compared
/// with `tumen render` for the keys so far — timeline, detail, help, search and map.
final class TmuxVersusRenderTests: XCTestCase {
    private var tmux: Tmux!

    override func tearDown() {
        tmux?.kill()
        tmux = nil
    }

    func testTimelineAndDetail() throws {
        try assertSameScreens(script: "jj<Enter>JK<End><PageUp><Home><Enter>+-", size: "80x24")
    }

    func testHelpAndFilter() throws {
        try assertSameScreens(script: "?<Esc>fj<Space><Esc>", size: "80x24")
    }

    func testSearch() throws {
        try assertSameScreens(script: "/tumen<BS>n<Enter>nN<Esc>", size: "100x30")
    }

    func testMapRegionBorderZoomAndPan() throws {
        try assertSameScreens(script: "m]]++<Left><Up>0[<Tab>", size: "100x30")
    }

    // MARK: - How

    private func assertSameScreens(script: String, size: String, file: StaticString = #filePath, line: UInt = #line)
        throws
    {
        let steps = try KeyNotation.parse(script, source: "test script")
        let dimensions = size.split(separator: "x").compactMap { Int($0) }
        tmux = try Tmux.start(width: dimensions[0], height: dimensions[1])
        tmux.type(TmuxExplorerTests.command("--no-note --ascii"))
        try assertShows(keys: [], size: size, file: file, line: line)
        var sent: [ScriptStep] = []
        for step in steps {
            guard case .key(let key) = step, let tmuxKey = TmuxKeys.send(key) else {
                return XCTFail("\(step.notation) cannot be sent through tmux", file: file, line: line)
            }
            switch tmuxKey {
            case .literal(let text): tmux.send(text, literal: true)
            case .named(let name): tmux.send(name)
            }
            sent.append(step)
            try assertShows(keys: sent, size: size, file: file, line: line)
        }
        tmux.send("q")
        XCTAssertTrue(
            tmux.waitFor(timeout: 5) { [tmux] _ in tmux!.paneVariable("alternate_on") == "0" },
            "q did not leave the full screen", file: file, line: line)
    }

    private func assertShows(keys: [ScriptStep], size: String, file: StaticString, line: UInt) throws {
        let script = KeyNotation.notation(for: keys)
        let expected = try TmuxExplorerTests.rendered(keys: script, size: size)
        let height = Int(size.split(separator: "x")[1])!
        XCTAssertEqual(expected.count, height, "tumen render printed a whole screen", file: file, line: line)
        let shown = tmux.waitFor(timeout: 5) { [tmux] _ in Array(tmux!.capture().prefix(expected.count)) == expected }
        if !shown {
            XCTFail(
                "after '\(script)' the terminal shows\n\(tmux.screenText)\n--- but tumen render --size \(size) "
                    + "gives ---\n"
                    + expected.joined(separator: "\n"), file: file, line: line)
        }
    }
}
