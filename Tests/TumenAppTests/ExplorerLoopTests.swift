import Foundation
import TumenApp
import TumenData
import TumenFixtures
import TumenModel
import TumenRender
import TumenTerminal
import TumenTestSupport
import XCTest

/// The explorer's loop on a scripted terminal: keys and resizes in, screens out, and the
/// effects the reducer returns carried out (quit, present and come back, suspend).
final class ExplorerLoopTests: XCTestCase {
    let size = Size(width: 80, height: 24)

    func start() -> ExplorerState {
        ExplorerState(dataset: SampleDataset.dataset, size: size, showContentNote: false)
    }

    /// The screen `tumen render` draws for the same keys.
    func rendered(_ keys: String) throws -> Screen {
        var state = ExplorerState(dataset: SampleDataset.dataset, size: size, showContentNote: false)
        for step in try KeyNotation.parse(keys, source: "test") { state.apply(step) }
        return RootView.render(state, theme: .dark(), context: .forTestsWithoutBasemap)
    }

    func run(
        _ state: inout ExplorerState, _ terminal: ScriptedTerminal,
        notes folder: String = NSTemporaryDirectory()
    ) {
        ExplorerLoop.run(
            &state, theme: .dark(), terminal: terminal, context: .forTestsWithoutBasemap,
            dataPath: "sample.json", sync: NotesSync(directory: folder), clock: { terminal.clock })
    }

    func testEachKeyGivesTheScreenTumenRenderGivesAndQQuits() throws {
        var state = start()
        let terminal = ScriptedTerminal(
            size: size,
            inputs: [
                .key(.character("j")), .key(.enter), .key(.character("q")),
                .key(.character("j")),
            ])
        run(&state, terminal)
        XCTAssertEqual(terminal.screens, [try rendered(""), try rendered("j"), try rendered("j<Enter>")])
        XCTAssertEqual(terminal.inputs.count, 1, "nothing is read after q")
        XCTAssertEqual(state.selectedEvent?.id, "agreement")
    }

    func testAResizeRedrawsAtTheNewSize() throws {
        var state = start()
        let bigger = Size(width: 120, height: 40)
        let terminal = ScriptedTerminal(size: size, inputs: [.resize(bigger), nil, .key(.character("q"))])
        run(&state, terminal)
        XCTAssertEqual(terminal.screens.map(\.size), [size, bigger, bigger], "a read that times out redraws the same")
        XCTAssertEqual(terminal.screens[1], try rendered("<Resize 120x40>"))
        XCTAssertEqual(state.size, bigger)
    }

    func testPPresentsFromTheSelectedEventAndQComesBackToTheExplorer() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tumen-loop-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var state = start()
        let keys = "jplqkq".map { TerminalInput.key(.character($0)) }
        let terminal = ScriptedTerminal(size: size, inputs: keys)
        run(&state, terminal, notes: folder)
        let texts = terminal.screens.map(\.text)
        XCTAssertEqual(texts.count, 6, texts.joined(separator: "\n----\n"))
        XCTAssertEqual(terminal.screens[1], try rendered("j"))
        XCTAssertTrue(texts[2].contains("2 / 10"), "p presents from the selected event:\n\(texts[2])")
        XCTAssertTrue(texts[3].contains("3 / 10"), texts[3])
        XCTAssertEqual(terminal.screens[4], try rendered("j"), "q leaves the presenter, not the explorer")
        XCTAssertEqual(terminal.screens[5], try rendered("jk"))
        let notes = try XCTUnwrap(NotesSync(directory: folder).read(session: PresenterLoop.explorerSessionName()))
        XCTAssertEqual(notes.step, 3)
        XCTAssertTrue(notes.ended)
    }

    func testControlZSuspendsAndRepaintsAtTheSizeTheTerminalHasOnReturn() throws {
        var state = start()
        let terminal = ScriptedTerminal(size: size, inputs: [.key(.control("z")), .key(.character("j"))])
        let after = Size(width: 100, height: 30)
        terminal.onSuspend = { terminal.size = after }
        run(&state, terminal)
        XCTAssertEqual(terminal.suspensions, 1)
        XCTAssertEqual(
            terminal.screens,
            [try rendered(""), try rendered("<Resize 100x30>"), try rendered("<Resize 100x30>j")])
    }
}
