import Foundation
import TumenApp
import TumenFixtures
import TumenModel
import TumenRender
import XCTest

/// The presenter and `tumen notes` meeting in a file: written whole, read back, kept apart
/// per session, and followed by another process started before or after.
final class NotesSyncTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-notes-\(UUID().uuidString)").path
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func state(lesson: String? = "journey") throws -> PresenterState {
        PresenterState(deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: lesson),
                       size: Size(width: 80, height: 24), now: 1000)
    }

    func testTheDirectoryFollowsXDGRuntimeDirElseTmp() {
        XCTAssertEqual(NotesSync.defaultDirectory(environment: ["XDG_RUNTIME_DIR": "/run/user/1000"]), "/run/user/1000/tumen")
        XCTAssertEqual(NotesSync.defaultDirectory(environment: [:]), "/tmp/tumen-\(getuid())")
        XCTAssertEqual(NotesSync.defaultDirectory(environment: ["XDG_RUNTIME_DIR": ""]), "/tmp/tumen-\(getuid())")
    }

    func testSessionNames() {
        XCTAssertEqual(NotesSync.sessionName(dataPath: "data/tumen.json", lesson: "escape-route"), "tumen-escape-route")
        XCTAssertEqual(NotesSync.sessionName(dataPath: "/x/My Story.json", lesson: nil), "my-story-all-events")
        XCTAssertTrue(NotesSync.isValidSessionName("room-12_b.2"))
        for bad in ["", "../x", "a/b", ".hidden", "é"] { XCTAssertFalse(NotesSync.isValidSessionName(bad), bad) }
    }

    func testWriteThenReadAndSessionsDoNotCollide() throws {
        let sync = NotesSync(directory: folder)
        var a = try state()
        a.press(.character("l"), at: 1001)
        a.press(.character("t"), at: 1002)
        var b = try state(lesson: nil)
        b.press(.character("G"), at: 1003)
        try sync.write(a.notesSnapshot(session: "room-a"))
        try sync.write(b.notesSnapshot(session: "room-b"))
        let readA = try XCTUnwrap(sync.read(session: "room-a"))
        XCTAssertEqual(readA.title, "Fences and cameras along the river")
        XCTAssertEqual(readA.notes, "Then the fences.")
        XCTAssertEqual(readA.nextTitle, "The capital")
        XCTAssertEqual(readA.step, 2)
        XCTAssertEqual(readA.timerRunningSince, 1002)
        XCTAssertEqual(readA.elapsedSeconds(at: 1062), 60)
        XCTAssertEqual(sync.read(session: "room-b")?.title, "How many were trafficked")
        XCTAssertNil(sync.read(session: "room-b")?.nextTitle)
        XCTAssertNil(sync.read(session: "room-c"))
        XCTAssertEqual(Set(sync.sessions()), ["room-a", "room-b"])
        // Written by rename: no temporary file is left behind, and the folder is private.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["room-a.json", "room-b.json"])
        let permissions = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o700)
    }

    func testAHalfWrittenOrForeignFileIsIgnored() throws {
        let sync = NotesSync(directory: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"sess".utf8).write(to: URL(fileURLWithPath: sync.path(session: "broken")))
        XCTAssertNil(sync.read(session: "broken"))
    }

    /// Two processes: `tumen notes --once` started before the presenter waits; started after
    /// it catches up with the current step; after the presenter quits it says so.
    func testAnotherProcessFollowsTheSession() throws {
        let environment = ["XDG_RUNTIME_DIR": folder!]
        let sync = NotesSync(directory: folder + "/tumen")
        let before = try TumenBinary.run(["notes", "--once", "--session", "class-1", "--size", "70x12"], environment: environment)
        XCTAssertEqual(before.status, 0, before.stderr)
        XCTAssertTrue(before.stdout.contains("Waiting for the presenter (session class-1)"), before.stdout)

        var presenter = try state()
        presenter.press(.character("t"), at: PresenterLoop.wallClock() - 65)
        try sync.write(presenter.notesSnapshot(session: "class-1"))
        try sync.write(try state(lesson: nil).notesSnapshot(session: "class-2"))
        let after = try TumenBinary.run(["notes", "--once", "--session", "class-1", "--size", "70x12"], environment: environment)
        XCTAssertEqual(after.status, 0, after.stderr)
        let lines = after.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].hasPrefix(" Notes: The journey"), after.stdout)
        XCTAssertTrue(lines[0].hasSuffix("step 1 / 3   01:05") || lines[0].hasSuffix("step 1 / 3   01:06"), lines[0])
        XCTAssertEqual(Array(lines[2...9]), [
            "  Now: The river bank (c. Oct 2018)",
            "",
            "  Start at the river.",
            "",
            "  Question: Why wait for winter?",
            "",
            "  Next: Fences and cameras along the river",
            "",
        ])

        presenter.press(.character("q"), at: PresenterLoop.wallClock())
        try sync.write(presenter.notesSnapshot(session: "class-1", ended: true))
        let ended = try TumenBinary.run(["notes", "--once", "--session", "class-1"], environment: environment)
        XCTAssertTrue(ended.stdout.contains("The presentation has ended."), ended.stdout)
    }
}

/// A terminal that plays back keys and records every screen, for the interactive loops.
final class ScriptedTerminal: KeyScreenTerminal {
    var size: Size
    var keys: [Key?]
    var screens: [Screen] = []
    var timeouts: [Double] = []
    /// Moved on by each key read, as if the user took this long.
    var clock: Double
    let step: Double

    init(size: Size, keys: [Key?], start: Double, step: Double) {
        self.size = size
        self.keys = keys
        self.clock = start
        self.step = step
    }

    func show(_ screen: Screen) { screens.append(screen) }

    /// Runs at each key read: what happens elsewhere while the loop waits.
    var onRead: () -> Void = {}

    func readKey(timeout: Double) -> Key? {
        onRead()
        timeouts.append(timeout)
        clock += step
        return keys.isEmpty ? .character("q") : keys.removeFirst()
    }
}

final class PresenterLoopTests: XCTestCase {
    func testThePresenterPublishesEachChangeAndTheEnd() throws {
        var state = PresenterState(deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey"),
                                   size: Size(width: 80, height: 24), now: 0)
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30),
                                        keys: [.character("t"), nil, .character("l"), .character("3"), .character("G"), .character("q")],
                                        start: 10, step: 1)
        var published: [NotesSnapshot] = []
        PresenterLoop.present(&state, theme: .light(), terminal: terminal,
                              basemap: BasemapLoad(basemap: nil, path: nil, notice: nil), session: "s",
                              publish: { published.append($0) }, clock: { terminal.clock })
        XCTAssertEqual(published.map(\.step), [1, 1, 2, 3, 3], "t, then nothing (no new snapshot), l, 3G, q")
        XCTAssertEqual(published.last?.ended, true)
        XCTAssertEqual(published.first?.timerRunningSince, nil)
        XCTAssertEqual(published[1].timerRunningSince, 11)
        XCTAssertEqual(terminal.screens.first?.size, Size(width: 100, height: 30), "the loop takes the terminal's size")
        XCTAssertTrue(terminal.screens.last!.text.contains("00:04   3 / 3"), terminal.screens.last!.text)
        XCTAssertTrue(terminal.timeouts.allSatisfy { $0 > 0 && $0 <= 1 })
    }

    func testTheNotesWindowPicksUpChangesAsTheyAreWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-follow-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sync = NotesSync(directory: folder)
        var presenter = PresenterState(deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey"),
                                       size: Size(width: 80, height: 24), now: 100)
        // Between polls the presenter (as another process would) moves on and writes its file.
        let writes: [() throws -> Void] = [
            { try sync.write(presenter.notesSnapshot(session: "room")) },
            { presenter.press(.character("l"), at: 101); try sync.write(presenter.notesSnapshot(session: "room")) },
            { try sync.write(presenter.notesSnapshot(session: "room", ended: true)) },
        ]
        let terminal = ScriptedTerminal(size: Size(width: 70, height: 12), keys: [nil, nil, nil, .character("q")], start: 100, step: 0.25)
        var pending = writes
        terminal.onRead = { if !pending.isEmpty { try? pending.removeFirst()() } }
        PresenterLoop.followNotes(session: "room", sync: sync, theme: .terminal(), terminal: terminal, clock: { terminal.clock })
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
        var explorer = ExplorerState(dataset: SampleDataset.dataset, size: Size(width: 80, height: 24), showContentNote: false)
        for key: Key in [.character("j"), .character("p")] { explorer.press(key) }
        XCTAssertTrue(explorer.shouldPresent)
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), keys: [.character("l"), .character("q")], start: 0, step: 1)
        PresenterLoop.presentFromExplorer(&explorer, dataPath: "data/tumen.json", theme: .light(), terminal: terminal,
                                          basemap: BasemapLoad(basemap: nil, path: nil, notice: nil),
                                          sync: NotesSync(directory: folder), clock: { terminal.clock })
        XCTAssertFalse(explorer.shouldPresent)
        XCTAssertFalse(explorer.shouldQuit, "q leaves presenter mode, not the explorer")
        XCTAssertEqual(explorer.size, Size(width: 100, height: 30))
        XCTAssertTrue(terminal.screens[0].text.contains("2 / 10"), terminal.screens[0].text)
        XCTAssertTrue(terminal.screens[1].text.contains("3 / 10"))
        let notes = try XCTUnwrap(NotesSync(directory: folder).read(session: "tumen-all-events"))
        XCTAssertEqual(notes.step, 3)
        XCTAssertTrue(notes.ended)
    }

    func testTheTourWakesTheLoopInTime() throws {
        var state = PresenterState(deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: nil),
                                   size: Size(width: 80, height: 24), now: 0, tourInterval: 2)
        let terminal = ScriptedTerminal(size: Size(width: 80, height: 24), keys: [nil, nil, nil, nil, nil], start: 0.5, step: 1)
        PresenterLoop.present(&state, theme: .terminal(), terminal: terminal,
                              basemap: BasemapLoad(basemap: nil, path: nil, notice: nil), session: "s",
                              publish: { _ in }, clock: { terminal.clock })
        XCTAssertEqual(state.current, 2, "two steps in five seconds at one every two")
    }
}
