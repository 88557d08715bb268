import Foundation
import TumenApp
import TumenData
import TumenFixtures
import TumenModel
import TumenRender
import TumenTestSupport
import XCTest

final class PresenterLoopTests: XCTestCase {
    func testThePresenterPublishesEachChangeAndTheEnd() throws {
        var state = PresenterState(
            deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey"),
            size: Size(width: 80, height: 24), now: 0)
        let terminal = ScriptedTerminal(
            size: Size(width: 100, height: 30),
            keys: [.character("t"), nil, .character("l"), .character("3"), .character("G"), .character("q")],
            start: 10, step: 1)
        var published: [NotesSnapshot] = []
        PresenterLoop.present(
            &state, theme: .light(), terminal: terminal,
            context: .forTestsWithoutBasemap, session: "s",
            publish: { published.append($0) }, clock: { terminal.clock })
        XCTAssertEqual(published.map(\.step), [1, 1, 2, 3, 3], "t, then nothing (no new snapshot), l, 3G, q")
        XCTAssertEqual(published.last?.ended, true)
        XCTAssertEqual(published.first?.timerRunningSince, nil)
        XCTAssertEqual(published[1].timerRunningSince, 11)
        XCTAssertEqual(terminal.screens.first?.size, Size(width: 100, height: 30), "the loop takes the terminal's size")
        XCTAssertTrue(terminal.screens.last!.text.contains("00:04   3 / 3"), terminal.screens.last!.text)
        XCTAssertTrue(terminal.timeouts.allSatisfy { $0.map { $0 > 0 && $0 <= 1 } ?? false })
    }

    func testControlZSuspendsThePresenterAndItCarriesOnAfterwards() throws {
        var state = PresenterState(
            deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey"),
            size: Size(width: 80, height: 24), now: 0)
        let terminal = ScriptedTerminal(
            size: Size(width: 80, height: 24),
            keys: [.character("l"), .control("z"), .character("l"), .character("q")], start: 0, step: 1)
        PresenterLoop.present(
            &state, theme: .light(), terminal: terminal,
            context: .forTestsWithoutBasemap, session: "s",
            publish: { _ in }, clock: { terminal.clock })
        XCTAssertEqual(terminal.suspensions, 1)
        XCTAssertEqual(state.current, 2, "keys after fg still move the presenter")
    }

    func testTheNotesWindowPicksUpChangesAsTheyAreWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-follow-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sync = NotesSync(directory: folder)
        var presenter = PresenterState(
            deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey"),
            size: Size(width: 80, height: 24), now: 100)
        // Between polls the presenter (as another process would) moves on and writes its file.
        let writes: [() throws -> Void] = [
            { try sync.write(presenter.notesSnapshot(session: "room")) },
            {
                presenter.press(.character("l"), at: 101)
                try sync.write(presenter.notesSnapshot(session: "room"))
            },
            { try sync.write(presenter.notesSnapshot(session: "room", ended: true)) },
        ]
        let terminal = ScriptedTerminal(
            size: Size(width: 70, height: 12), keys: [nil, nil, nil, .character("q")], start: 100, step: 0.25)
        var pending = writes
        terminal.onRead = { if !pending.isEmpty { try? pending.removeFirst()() } }
        PresenterLoop.followNotes(
            session: "room", sync: sync, theme: .terminal(), terminal: terminal, clock: { terminal.clock })
        let texts = terminal.screens.map(\.text)
        XCTAssertEqual(texts.count, 4)
        XCTAssertTrue(texts[0].contains("Waiting for the presenter (session room)"), texts[0])
        XCTAssertTrue(texts[1].contains("Now: The river bank"), texts[1])
        XCTAssertTrue(texts[2].contains("Now: Fences and cameras along the river"), texts[2])
        XCTAssertTrue(texts[2].contains("Then the fences."), texts[2])
        XCTAssertTrue(texts[2].contains("Next: The capital"), texts[2])
        XCTAssertTrue(texts[3].contains("The presentation has ended."), texts[3])
    }

    func testPFromTheExplorerPresentsAndComesBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-p-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var explorer = ExplorerState(
            dataset: SampleDataset.dataset, size: Size(width: 80, height: 24), showContentNote: false)
        explorer.press(.character("j"))
        let terminal = ScriptedTerminal(
            size: Size(width: 100, height: 30), keys: [.character("l"), .character("q")], start: 0, step: 1)
        PresenterLoop.presentFromExplorer(
            &explorer, dataPath: "data/tumen.json", theme: .light(), terminal: terminal,
            context: .forTestsWithoutBasemap,
            sync: NotesSync(directory: folder), clock: { terminal.clock })
        XCTAssertEqual(explorer.size, Size(width: 100, height: 30))
        XCTAssertTrue(terminal.screens[0].text.contains("2 / 10"), terminal.screens[0].text)
        XCTAssertTrue(terminal.screens[1].text.contains("3 / 10"))
        // Its own session: a notes window following the teacher's lesson is never taken over.
        XCTAssertNil(NotesSync(directory: folder).read(session: "tumen-all-events"))
        XCTAssertEqual(NotesSync(directory: folder).sessions(), [PresenterLoop.explorerSessionName()])
        let notes = try XCTUnwrap(NotesSync(directory: folder).read(session: PresenterLoop.explorerSessionName()))
        XCTAssertEqual(notes.step, 3)
        XCTAssertTrue(notes.ended)
    }

    func testTheTourWakesTheLoopInTime() throws {
        var state = PresenterState(
            deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: nil),
            size: Size(width: 80, height: 24), now: 0, tourInterval: 2)
        let terminal = ScriptedTerminal(
            size: Size(width: 80, height: 24), keys: [nil, nil, nil, nil, nil], start: 0.5, step: 1)
        PresenterLoop.present(
            &state, theme: .terminal(), terminal: terminal,
            context: .forTestsWithoutBasemap, session: "s",
            publish: { _ in }, clock: { terminal.clock })
        XCTAssertEqual(state.current, 2, "two steps in five seconds at one every two")
    }
}
