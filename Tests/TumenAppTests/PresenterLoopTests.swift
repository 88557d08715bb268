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

    /// A notes window started with no session joins the presenter that wrote last and stays
    /// with it: another presenter starting afterwards (an explorer's `p`, a colleague's
    /// lesson) does not take it over; `s` switches to the newest on purpose.
    func testTheNotesWindowStaysWithTheSessionItJoinedUntilToldToSwitch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-join-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sync = NotesSync(directory: folder)
        let deck = try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey")
        var teacher = PresenterState(deck: deck, size: Size(width: 80, height: 24), now: 100)
        teacher.press(.character("l"), at: 100)
        try sync.write(teacher.notesSnapshot(session: "lesson"))
        let other = PresenterState(deck: deck, size: Size(width: 80, height: 24), now: 100)
        var steps: [() throws -> Void] = [
            {},
            // Another presenter starts later, on its first step: it is now the newest file.
            {
                usleep(20_000)
                try sync.write(other.notesSnapshot(session: "explorer-1"))
            },
            {},
        ]
        let terminal = ScriptedTerminal(
            size: Size(width: 70, height: 12), keys: [nil, nil, nil, .character("s"), .character("q")], start: 100,
            step: 0.25)
        terminal.onRead = { if !steps.isEmpty { try? steps.removeFirst()() } }
        PresenterLoop.followNotes(
            session: nil, sync: sync, theme: .terminal(), terminal: terminal, clock: { terminal.clock })
        let texts = terminal.screens.map(\.text)
        XCTAssertEqual(sync.sessions().first, "explorer-1", "the other presenter wrote last")
        for (index, text) in texts.prefix(4).enumerated() {
            XCTAssertTrue(text.contains("step 2 / "), "screen \(index) still follows the lesson it joined:\n\(text)")
        }
        XCTAssertTrue(texts[4].contains("step 1 / "), "after s, the newest presentation:\n\(texts[4])")
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
