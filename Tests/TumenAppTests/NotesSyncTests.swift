import Foundation
import TumenApp
import TumenData
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
        PresenterState(
            deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: lesson),
            size: Size(width: 80, height: 24), now: 1000)
    }

    func testTheDirectoryFollowsXDGRuntimeDirElseTmp() {
        XCTAssertEqual(
            NotesSync.defaultDirectory(environment: ["XDG_RUNTIME_DIR": "/run/user/1000"]), "/run/user/1000/tumen")
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
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["room-a.json", "room-b.json"])
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
        let before = try TumenBinary.run(
            ["notes", "--once", "--session", "class-1", "--size", "70x12"], environment: environment)
        XCTAssertEqual(before.status, 0, before.stderr)
        XCTAssertTrue(before.stdout.contains("Waiting for the presenter (session class-1)"), before.stdout)

        var presenter = try state()
        presenter.press(.character("t"), at: PresenterLoop.wallClock() - 65)
        try sync.write(presenter.notesSnapshot(session: "class-1"))
        try sync.write(try state(lesson: nil).notesSnapshot(session: "class-2"))
        let after = try TumenBinary.run(
            ["notes", "--once", "--session", "class-1", "--size", "70x12"], environment: environment)
        XCTAssertEqual(after.status, 0, after.stderr)
        let lines = after.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].hasPrefix(" Notes: The journey"), after.stdout)
        XCTAssertTrue(lines[0].hasSuffix("step 1 / 3   01:05") || lines[0].hasSuffix("step 1 / 3   01:06"), lines[0])
        XCTAssertEqual(
            Array(lines[2...9]),
            [
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
