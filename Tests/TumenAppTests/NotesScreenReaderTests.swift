import Foundation
import TumenApp
import TumenData
import TumenFixtures
import TumenModel
import XCTest

/// `tumen notes --screen-reader` follows a presenter through the notes file and says each
/// step once, as plain lines, then stops when the presentation ends. The presenter is
/// played by the test, writing the same snapshots `tumen present` writes.
final class NotesScreenReaderTests: XCTestCase {
    func testEachStepIsSaidAsThePresenterMovesAndTheEndStopsIt() throws {
        let runtime = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tumen-notes-sr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: runtime) }
        let sync = NotesSync(directory: runtime.path + "/tumen")
        let deck = try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey")
        var state = PresenterState(deck: deck, size: Size(width: 80, height: 24), now: 0)
        try sync.write(state.notesSnapshot(session: "class"))

        let process = Process()
        process.executableURL = TumenBinary.url
        process.arguments = ["notes", "--screen-reader", "--session", "class", "--data", ScreenReaderTmuxTests.sample]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "XDG_RUNTIME_DIR": runtime.path, "TERM": "dumb",
        ]) { $1 }
        process.currentDirectoryURL = TumenBinary.packageRoot
        let output = runtime.appendingPathComponent("out.txt")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: output)
        let input = Pipe()  // held open: a reader that never types
        process.standardInput = input
        try process.run()
        func said(_ text: String) -> Bool {
            let deadline = Date().addingTimeInterval(5)
            repeat {
                if (try? String(contentsOf: output, encoding: .utf8))?.contains(text) == true { return true }
                usleep(50_000)
            } while Date() < deadline
            return false
        }
        XCTAssertTrue(
            said(
                "Step 1 of 3 of The journey: The river bank. c. Oct 2018.\nPlace: North Bank. Its position on "
                    + "the map is approximate.\n"
            ), "the first step")
        state.press(.character("l"), at: 1)
        try sync.write(state.notesSnapshot(session: "class"))
        XCTAssertTrue(
            said("Step 2 of 3 of The journey: Fences and cameras along the river. 2011.\n"), "the second step")
        try sync.write(state.notesSnapshot(session: "class", ended: true))
        XCTAssertTrue(said("The presentation has ended.\n"), "the end")
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        XCTAssertFalse(process.isRunning, "it stops when the presentation it followed ends")
        if process.isRunning { process.terminate() }
        XCTAssertEqual(process.terminationStatus, 0)
        let text = try String(contentsOf: output, encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: "Step 1 of 3").count, 2, "each step once:\n\(text)")
        XCTAssertFalse(text.utf8.contains(0x1B))
        try? input.fileHandleForWriting.close()
    }
}
