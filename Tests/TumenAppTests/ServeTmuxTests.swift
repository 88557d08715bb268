import Foundation
import XCTest

/// A class over SSH as it happens: `tumen serve` in the background, the teacher's
/// `tumen present` in one terminal, a student's OpenSSH client in another (tmux), all on
/// the loopback. What the student sees is compared with `tumen render` of the same state
/// at the same size.
final class ServeTmuxTests: XCTestCase {
    private var folder: ScratchFolder!
    private var server: ServeProcess?
    private var terminals: [Tmux] = []

    override func setUpWithError() throws {
        _ = try OpenSSH.require()
        folder = try ScratchFolder("serve")
    }

    override func tearDown() {
        for terminal in terminals { terminal.kill() }
        server?.stop()
        folder?.remove()
    }

    private func startServer(_ arguments: [String] = ["--lesson", "escape-route"]) throws -> ServeProcess {
        let server = try ServeProcess(arguments: arguments, folder: folder.url)
        self.server = server
        XCTAssertTrue(server.waitUntilListening(), "serve did not start:\n\(server.stdout)\n\(server.stderr)")
        return server
    }

    private func terminal(width: Int, height: Int) throws -> Tmux {
        let tmux = try Tmux.start(
            width: width, height: height, environment: ServeProcess.environment(folder: folder.url))
        terminals.append(tmux)
        return tmux
    }

    /// `tumen render` of the same state: trailing spaces trimmed, as tmux shows it.
    private func rendered(_ arguments: [String]) throws -> String {
        let result = try TumenBinary.run(["render", "--unicode"] + arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    private func assertScreen(
        _ tmux: Tmux, equals expected: String, _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let matched = tmux.waitFor(timeout: 5) {
            $0.trimmingCharacters(in: .newlines) == expected.trimmingCharacters(in: .newlines)
        }
        XCTAssertTrue(
            matched, "\(message): the student's screen\n\(tmux.screenText)\nis not tumen render's\n\(expected)",
            file: file, line: line)
    }

    func testAStudentFollowsThreeStepsThenExploresResizesAndLeaves() throws {
        let server = try startServer()
        XCTAssertTrue(server.stdout.contains("ssh -p \(server.port) class@127.0.0.1"), server.stdout)
        XCTAssertTrue(server.stdout.contains("Host key SHA256:"), server.stdout)

        let student = try terminal(width: 100, height: 30)
        student.type(OpenSSH.commandLine(port: server.port, folder: folder.url))
        XCTAssertTrue(student.waitFor("Content note", timeout: 15), student.screenText)
        student.send("Space")
        XCTAssertTrue(student.waitFor("Follow the teacher"), student.screenText)
        student.send("f")
        XCTAssertTrue(student.waitFor("Waiting for the teacher."), student.screenText)
        XCTAssertTrue(poll { server.stdout.contains("1 connected: 1 following, 0 exploring") }, server.stdout)

        // The teacher starts presenting in another terminal; the student's screen follows.
        let teacher = try terminal(width: 120, height: 40)
        teacher.type("'\(TumenBinary.url.path)' present --lesson escape-route")
        XCTAssertTrue(teacher.waitFor("1 / 12"), teacher.screenText)
        XCTAssertTrue(teacher.waitFor("1 following"), "the presenter shows its audience:\n\(teacher.screenText)")
        assertScreen(
            student, equals: try rendered(["--present", "--follow", "--lesson", "escape-route", "--size", "100x30"]),
            "step 1")
        teacher.send("Space")
        assertScreen(
            student,
            equals: try rendered([
                "--present", "--follow", "--lesson", "escape-route", "--size", "100x30",
                "--keys", "<Space>",
            ]), "step 2")
        teacher.send("Space")
        assertScreen(
            student,
            equals: try rendered([
                "--present", "--follow", "--lesson", "escape-route", "--size", "100x30",
                "--keys", "<Space><Space>",
            ]), "step 3")
        XCTAssertTrue(poll { server.stdout.contains("presenter on step 3 of 12") }, server.stdout)

        // Exploring on their own: the explorer's own screen, as `tumen render` draws it.
        student.send("e")
        assertScreen(student, equals: try rendered(["--size", "100x30"]), "explore")
        student.send("j")
        student.send("m")
        assertScreen(student, equals: try rendered(["--size", "100x30", "--keys", "jm"]), "explore, the map")
        // The student's own window changes size: the screen follows it.
        try student.run(["resize-window", "-t", student.session, "-x", "80", "-y", "24"])
        assertScreen(student, equals: try rendered(["--size", "80x24", "--keys", "jm"]), "resized to 80x24")

        // F follows the teacher again, at the new size.
        student.send("F")
        assertScreen(
            student,
            equals: try rendered([
                "--present", "--follow", "--lesson", "escape-route", "--size", "80x24",
                "--keys", "<Space><Space>",
            ]), "following again at 80x24")
        student.send("q")
        XCTAssertTrue(student.waitFor("Goodbye."), student.screenText)
        XCTAssertTrue(poll { student.paneVariable("pane_current_command") == "sh" }, "ssh has ended")
        XCTAssertEqual(student.paneVariable("alternate_on"), "0", "the student's terminal is back on its main screen")
        XCTAssertEqual(student.paneVariable("cursor_flag"), "1", "the cursor is shown again")
        XCTAssertTrue(poll { server.stdout.contains("0 connected: 0 following, 0 exploring") }, server.stdout)
    }

    func testStoppingTheServerSaysGoodbyeToEveryStudent() throws {
        let server = try startServer()
        let student = try terminal(width: 80, height: 24)
        student.type(OpenSSH.commandLine(port: server.port, folder: folder.url))
        XCTAssertTrue(student.waitFor("Content note", timeout: 15), student.screenText)
        XCTAssertTrue(FileManager.default.fileExists(atPath: audiencePath), "the audience file is written")
        XCTAssertEqual(server.stop(), 0, server.stderr)
        XCTAssertTrue(student.waitFor("the teacher stopped the server. Goodbye."), student.screenText)
        XCTAssertEqual(student.paneVariable("alternate_on"), "0")
        XCTAssertTrue(server.stdout.hasSuffix("Stopped.\n"), server.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: audiencePath), "the audience file is removed")
    }

    func testAFullClassTurnsTheNextStudentAway() throws {
        let server = try startServer(["--max-clients", "1"])
        let first = try terminal(width: 80, height: 24)
        first.type(OpenSSH.commandLine(port: server.port, folder: folder.url))
        XCTAssertTrue(first.waitFor("Content note", timeout: 15), first.screenText)
        let second = try terminal(width: 80, height: 24)
        second.type(OpenSSH.commandLine(port: server.port, folder: folder.url))
        XCTAssertTrue(second.waitFor("The class is full: 1 student is connected", timeout: 15), second.screenText)
        XCTAssertTrue(server.waitForLog("the class is full"), server.stderr)
        XCTAssertTrue(first.screenText.contains("Content note"), "the first student is undisturbed")
    }

    func testAnIdleStudentIsDisconnectedWithAWord() throws {
        let server = try startServer(["--idle-minutes", "0.05"])
        let student = try terminal(width: 80, height: 24)
        student.type(OpenSSH.commandLine(port: server.port, folder: folder.url))
        XCTAssertTrue(student.waitFor("Content note", timeout: 15), student.screenText)
        XCTAssertTrue(student.waitFor("Closed after 3 seconds without a key.", timeout: 10), student.screenText)
        XCTAssertTrue(server.waitForLog("idle for"), server.stderr)
        XCTAssertEqual(student.paneVariable("alternate_on"), "0")
    }

    private var audiencePath: String {
        folder.url.appendingPathComponent("run/tumen/tumen-escape-route.audience").path
    }

}
