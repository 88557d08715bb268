import Foundation
import TumenData
import TumenModel
import XCTest

/// The interactive explorer in a real terminal (tmux at 80x24): the screens a person
/// sees after each key are exactly the ones `tumen render` prints for the same keys,
/// resizes redraw at the new size, and `q` gives the shell its terminal back.
final class TmuxExplorerTests: XCTestCase {
    private var tmux: Tmux!

    override func tearDown() {
        tmux?.kill()
        tmux = nil
    }

    /// The command line that starts the app in the pane.
    static func command(_ arguments: String, environment: String = "") -> String {
        "\(environment) '\(TumenBinary.url.path)' \(arguments)".trimmingCharacters(in: .whitespaces)
    }

    /// What `tumen render` shows for a script, as screen rows (trailing spaces trimmed).
    static func rendered(keys: String, size: String = "80x24", withNote: Bool = false) throws -> [String] {
        let result = try TumenBinary.run(
            ["render", "--ascii", "--size", size, "--keys", keys] + (withNote ? ["--with-note"] : []))
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Waits for the pane to show `expected` and fails with both screens if it does not.
    func assertScreen(_ expected: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let shown = tmux.waitFor(timeout: 5) { _ in Array(tmux.capture().prefix(expected.count)) == expected }
        if !shown {
            XCTFail(
                "\(message): the terminal shows\n\(tmux.screenText)\n--- but tumen render gives "
                    + "---\n\(expected.joined(separator: "\n"))",
                file: file, line: line)
        }
    }

    func testKeysShowTheScreensRenderPrintsAndQuitGivesTheShellBack() throws {
        tmux = try Tmux.start(width: 80, height: 24)
        tmux.type(Self.command("--ascii"))
        XCTAssertTrue(
            tmux.waitFor(timeout: 5) { [tmux] _ in tmux!.paneVariable("alternate_on") == "1" }, "the app did not start")
        var script = ""
        assertScreen(try Self.rendered(keys: script, withNote: true), "the content note on start")
        for (key, tmuxKey) in [
            ("x", "x"), ("j", "j"), ("j", "j"), ("k", "k"), ("<Enter>", "Enter"), ("?", "?"), ("<Esc>", "Escape"),
            ("<Enter>", "Enter"),
        ] {
            script += key
            tmux.send(tmuxKey)
            assertScreen(try Self.rendered(keys: script, withNote: true), "after \(script)")
        }
        XCTAssertEqual(tmux.paneVariable("cursor_flag"), "0", "the cursor is hidden while browsing")
        tmux.send("q")
        XCTAssertTrue(
            tmux.waitFor(timeout: 5) { [tmux] _ in tmux!.paneVariable("alternate_on") == "0" },
            "q did not leave the full screen")
        tmux.type("echo back-at-the-shell")
        XCTAssertTrue(tmux.waitFor("\nback-at-the-shell"), tmux.screenText)
        XCTAssertEqual(tmux.paneVariable("cursor_flag"), "1", "the cursor is visible again")
    }

    /// With LANG=C ncurses shows anything beyond ASCII as a blank: the app sends each
    /// cell's ASCII form instead ("1996-1999", "North Korea (????)"), never nothing.
    func testANonUTF8LocaleShowsASCIIFormsNotBlanks() throws {
        tmux = try Tmux.start(width: 100, height: 30)
        tmux.type(Self.command("--no-note", environment: "LANG=C LC_ALL=C"))
        tmux.send("/")
        tmux.send("Famine", literal: true)
        tmux.send("Enter")
        tmux.send("Enter")
        XCTAssertTrue(
            tmux.waitFor("North Korea (????)"),
            "the detail of the famine, its places' Korean names as ?:\n\(tmux.screenText)")
        XCTAssertTrue(tmux.screenText.contains("1996-1999"), tmux.screenText)
        XCTAssertFalse(tmux.screenText.contains("1996 1999"), tmux.screenText)
        tmux.send("q")
    }

    func testResizingRedrawsAtTheNewSizeAndRecoversFromTooSmall() throws {
        tmux = try Tmux.start(width: 80, height: 24)
        tmux.type(Self.command("--no-note --ascii"))
        assertScreen(try Self.rendered(keys: ""), "the first screen")
        tmux.send("j")
        for (width, height) in [(120, 40), (30, 8), (100, 30), (80, 24)] {
            tmux.resize(width: width, height: height)
            assertScreen(try Self.rendered(keys: "j", size: "\(width)x\(height)"), "at \(width)x\(height)")
        }
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor(timeout: 5) { [tmux] _ in tmux!.paneVariable("alternate_on") == "0" })
    }

    func testWithoutAUsableTerminalItSaysWhatToUseInstead() throws {
        let piped = try TumenBinary.run(["--no-note"])
        XCTAssertEqual(piped.status, 69)
        XCTAssertEqual(piped.stdout, "")
        XCTAssertTrue(
            piped.stderr.contains("the explorer needs an interactive terminal, but standard input is not one"),
            piped.stderr)
        XCTAssertTrue(piped.stderr.contains("tumen render"), piped.stderr)

        tmux = try Tmux.start(width: 100, height: 24)
        tmux.type(Self.command("--no-note > /dev/null; echo \"status $?\""))
        XCTAssertTrue(tmux.waitFor("status 69"), tmux.screenText)
        XCTAssertTrue(tmux.screenText.contains("standard output is not one"), tmux.screenText)
        // Each run echoes its own marker: the last run's "status 69" may still be on the
        // screen before `clear` has run, and must not count.
        tmux.type("clear; " + Self.command("--no-note; echo \"dumb: status $?\"", environment: "TERM=dumb"))
        XCTAssertTrue(tmux.waitFor("dumb: status 69"), tmux.screenText)
        XCTAssertTrue(tmux.screenText.contains("TERM is 'dumb'"), tmux.screenText)
        tmux.type(
            "clear; " + Self.command("--no-note; echo \"unknown: status $?\"", environment: "TERM=no-such-terminal"))
        XCTAssertTrue(tmux.waitFor("unknown: status 69"), tmux.screenText)
        XCTAssertTrue(tmux.screenText.contains("'no-such-terminal' is unknown here"), tmux.screenText)
    }
}
