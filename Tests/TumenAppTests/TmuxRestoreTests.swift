import Foundation
import XCTest

/// However the explorer ends — q, Ctrl-C, a signal, a crash — the shell gets back a
/// terminal with echo and line mode on, the cursor visible and the normal screen.
/// Checked with `stty -a` in the same pane after each way out.
final class TmuxRestoreTests: XCTestCase {
    private var tmux: Tmux!
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        tmux = try Tmux.start(width: 80, height: 24)
    }

    override func tearDown() {
        tmux?.kill()
        tmux = nil
        try? FileManager.default.removeItem(at: folder)
    }

    enum WayOut: String, CaseIterable {
        case q
        case controlC = "Ctrl-C"
        case term = "SIGTERM"
        case hup = "SIGHUP"
        case quit = "SIGQUIT"
        case int = "SIGINT"
        case crash = "a crash"
    }

    func testEveryWayOutRestoresTheTerminal() throws {
        for way in WayOut.allCases {
            try checkRestored(after: way)
        }
    }

    /// A big file shows how far it has got while it loads, and q, Ctrl-C or SIGTERM in
    /// that moment end the app at once with the terminal as it was.
    func testABigFileShowsProgressAndQuitsAtOnceWhileLoading() throws {
        let big = folder.appendingPathComponent("big.json")
        try Self.bigDataset(events: 60_000).write(to: big)
        for way in ["q", "C-c", "SIGTERM"] {
            tmux.type("clear")
            let pidFile = folder.appendingPathComponent("pid")
            try? FileManager.default.removeItem(at: pidFile)
            tmux.type(
                "sh -c 'echo $$ > \(pidFile.path); exec \(TumenBinary.url.path) --no-note --data \(big.path)'; "
                    + "echo exit-$?"
            )
            XCTAssertTrue(tmux.waitFor("Opening big.json (q quits): "), "\(way): no progress line:\n\(tmux.screenText)")
            XCTAssertTrue(tmux.waitFor(" events so far"), tmux.screenText)
            if way == "SIGTERM" {
                let pid =
                    pid_t(
                        try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
                    ) ?? 0
                kill(pid, SIGTERM)
            } else {
                tmux.send(way)
            }
            XCTAssertTrue(
                tmux.waitFor(way == "SIGTERM" ? "exit-143" : "exit-0", timeout: 3),
                "\(way) did not end loading at once:\n\(tmux.screenText)")
            XCTAssertEqual(tmux.paneVariable("alternate_on"), "0")
            let modes = try terminalModes(label: "loading-\(way)")
            XCTAssertTrue(
                modes.contains(" echo ") && modes.contains(" icanon ") && modes.contains(" isig "),
                "after \(way): \(modes)")
        }
    }

    /// A Tumen dataset of `events` plain events (about 150 bytes each).
    static func bigDataset(events: Int) -> Data {
        var text =
            #"{"format": "tumen-dataset", "version": 1, "title": "Big", "categories": [{"id": "c", "name": "C"}], "sources": [], "places": [], "events": ["#
        for index in 0..<events {
            if index > 0 { text += ",\n" }
            text +=
                #"{"id": "e\#(index)", "date": {"start": "\#(1000 + index % 1000)"}, "title": "Event number \#(index)", "summary": "A generated event for the loading test.", "category": "c"}"#
        }
        return Data((text + "]}").utf8)
    }

    /// A kill the app cannot catch does leave the terminal raw, so the check can fail.
    func testTheCheckNoticesARawTerminal() throws {
        let pid = try startApp(label: "kill")
        kill(pid, SIGKILL)
        XCTAssertTrue(tmux.waitFor(timeout: 5) { _ in Glibc.kill(pid, 0) != 0 }, "the app outlived SIGKILL")
        let modes = try terminalModes(label: "kill")
        XCTAssertTrue(modes.contains(" -echo ") && modes.contains(" -icanon "), modes)
        tmux.send("stty sane", literal: true)
        tmux.send("C-j")
    }

    /// Ctrl-Z stops the job like any program's: the shell gets a usable terminal, and
    /// `fg` brings the explorer back, redrawn, where it was.
    func testControlZSuspendsToTheShellAndFgComesBack() throws {
        _ = try startApp(label: "suspend")
        tmux.send("j")
        XCTAssertTrue(tmux.waitFor("event 2 of"), tmux.screenText)
        tmux.send("C-z")
        XCTAssertTrue(
            tmux.waitFor(timeout: 5) { [tmux] _ in
                tmux!.paneVariable("alternate_on") == "0" && tmux!.screenText.contains("Stopped")
            },
            "Ctrl-Z did not stop the app:\n\(tmux.screenText)")
        let modes = try terminalModes(label: "suspend")
        XCTAssertTrue(modes.contains(" echo ") && modes.contains(" icanon "), modes)
        XCTAssertEqual(tmux.paneVariable("cursor_flag"), "1", "the cursor is hidden while stopped")
        tmux.type("fg")
        XCTAssertTrue(
            tmux.waitFor(timeout: 5) { [tmux] _ in
                tmux!.paneVariable("alternate_on") == "1" && tmux!.screenText.contains("event 2 of")
            },
            "fg did not bring the explorer back:\n\(tmux.screenText)")
        XCTAssertFalse(
            tmux.screenText.contains("stty"), "the explorer's screen was not redrawn whole:\n\(tmux.screenText)")
        tmux.send("j")
        XCTAssertTrue(tmux.waitFor("event 3 of"), "keys work again:\n\(tmux.screenText)")
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor(timeout: 5) { [tmux] _ in tmux!.paneVariable("alternate_on") == "0" })
    }

    /// vt100: no colours (the status bar falls back to reverse video), no alternate
    /// screen, and terminfo strings with padding (`$<2>`) that must not be printed.
    func testAnOldTerminalWithoutColoursIsRestoredCleanly() throws {
        tmux.type("clear; TERM=vt100 '\(TumenBinary.url.path)' --no-note --ascii; echo status-$((40 + 2))-$?")
        XCTAssertTrue(tmux.waitFor("? help"), tmux.screenText)
        tmux.send("j")
        XCTAssertTrue(tmux.waitFor("event 2 of"), tmux.screenText)
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("status-42-0"), tmux.screenText)
        XCTAssertFalse(tmux.screenText.contains("$<"), tmux.screenText)
        let modes = try terminalModes(label: "vt100")
        XCTAssertTrue(modes.contains(" echo ") && modes.contains(" icanon "), modes)
    }

    private func checkRestored(after way: WayOut) throws {
        let pid = try startApp(label: way.rawValue, crash: way == .crash)
        switch way {
        case .q: tmux.send("q")
        case .controlC: tmux.send("C-c")
        case .term: kill(pid, SIGTERM)
        case .hup: kill(pid, SIGHUP)
        case .quit: kill(pid, SIGQUIT)
        case .int: kill(pid, SIGINT)
        case .crash: break
        }
        XCTAssertTrue(
            tmux.waitFor(timeout: 5) { [tmux] _ in tmux!.paneVariable("alternate_on") == "0" },
            "after \(way.rawValue) the full screen is still on:\n\(tmux.screenText)")
        let modes = try terminalModes(label: way.rawValue)
        XCTAssertTrue(modes.contains(" echo ") && modes.contains(" icanon "), "after \(way.rawValue): \(modes)")
        XCTAssertEqual(tmux.paneVariable("cursor_flag"), "1", "after \(way.rawValue) the cursor is hidden")
        if way == .crash {
            XCTAssertTrue(
                tmux.screenText.contains("tumen: internal error (crashed); the terminal was restored"), tmux.screenText)
        }
    }

    /// Starts the explorer in the pane and waits for its first frame; returns its process id.
    private func startApp(label: String, crash: Bool = false) throws -> pid_t {
        let pidFile = folder.appendingPathComponent("pid")
        try? FileManager.default.removeItem(at: pidFile)
        tmux.type("clear")
        let environment = crash ? "TUMEN_TEST_CRASH=1 " : ""
        tmux.type("sh -c 'echo $$ > \(pidFile.path); exec env \(environment)\(TumenBinary.url.path) --no-note --ascii'")
        let started = tmux.waitFor(timeout: 8) { [tmux] _ in
            crash
                ? tmux!.screenText.contains("internal error")
                : tmux!.paneVariable("alternate_on") == "1" && tmux!.screenText.contains("help")
        }
        XCTAssertTrue(started, "\(label): the app did not start:\n\(tmux.screenText)")
        let text = try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        return pid_t(text) ?? 0
    }

    /// `stty -a` as run in the pane, on one line with spaces around every word.
    private func terminalModes(label: String) throws -> String {
        let output = folder.appendingPathComponent("stty-\(label.filter(\.isLetter))")
        // Ctrl-J ends the line even when a raw terminal no longer turns Enter into a newline.
        tmux.send("stty -a > \(output.path); echo stty-$((40 + 2))-done", literal: true)
        tmux.send("C-j")
        // The shell prints 42 only after stty has finished (the typed line shows 40 + 2).
        XCTAssertTrue(tmux.waitFor("stty-42-done"), tmux.screenText)
        let text = try String(contentsOf: output, encoding: .utf8)
        return " " + text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).joined(separator: " ") + " "
    }
}
