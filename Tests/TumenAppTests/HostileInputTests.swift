import Foundation
import TumenData
import TumenModel
import XCTest

/// Escape sequences in what a user hands Tumen — file names, option values, key files,
/// data files in every format — never reach the terminal as control codes: every message
/// shows them as visible stand-ins (`^[`, `<U+009B>`), and the real app in tmux leaves
/// the window title and the screen alone.
final class HostileInputTests: XCTestCase {
    static let titleChange = "\u{1B}]0;PWNED\u{07}"
    static let clearScreen = "\u{1B}[2J"
    private var scratch: ScratchFolder!
    private var folder: URL { scratch.url }
    private var tmux: Tmux?

    override func setUpWithError() throws { scratch = try ScratchFolder("hostile") }

    override func tearDownWithError() throws {
        tmux?.kill()
        scratch.remove()
    }

    private func write(_ name: String, _ bytes: String) throws -> String { try scratch.write(name, bytes) }

    /// Every scalar a terminal could act on, except the newlines between lines.
    static func assertNoControls(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = text.unicodeScalars.filter { TextSanitizer.isUnsafe($0) && $0 != "\n" }
        XCTAssertTrue(
            found.isEmpty, "\(what) printed \(found.map { String($0.value, radix: 16) }): \(text.debugDescription)",
            file: file, line: line)
    }

    func testMessagesShowEscapeSequencesFromFileNamesOptionsAndKeysAsVisibleText() throws {
        let evilName = try write(
            "evil\(Self.titleChange)\(Self.clearScreen).json",
            #"{"format": "tumen-dataset", "version": 1, "title": "x\u001b]0;T\u0007"}"#)
        let keyFile = try write("walk.keys", "j\u{1B}]0;x\u{07}<Entr\u{9B}>")
        let csv = try write(
            "sheet.csv", "Year,Headline,Text\n2000,Bad \(Self.titleChange) title,\u{202E}reversed \u{9B}31m\n")
        let cases: [(arguments: [String], status: Int32, shows: String)] = [
            (["validate", evilName], 65, "evil^[]0;PWNED^G^[[2J.json:1:1: missing required field"),
            (["validate", folder.path + "/missing" + Self.clearScreen], 66, "missing^[[2J: no such file"),
            (["validate", csv], 65, "text contains the control character U+001B (ESC)"),
            (["export", "--format", "markdown", csv], 65, "text contains the control character"),
            (["import", csv, "-o", folder.path + "/out.json"], 65, "text contains the control character"),
            (["render", "--keys-file", keyFile], 64, "unknown key name"),
            (["render", "--size", "1" + Self.clearScreen], 64, "Bad --size '1^[[2J'"),
            (["present", "--lesson", "x" + Self.titleChange], 64, "no lesson named 'x^[]0;PWNED^G'"),
            (["export", "--format", "x" + Self.clearScreen], 64, "'x^[[2J' is invalid"),
            ([Self.clearScreen], 64, "Unexpected argument '^[[2J'"),
            (["--data", evilName, "--no-note"], 65, "evil^[]0;PWNED^G^[[2J.json"),
        ]
        for (arguments, status, shows) in cases {
            let result = try TumenBinary.run(arguments)
            let what = "tumen \(arguments.map(TextSanitizer.visible).joined(separator: " "))"
            XCTAssertEqual(result.status, status, "\(what): \(result.stderr)")
            Self.assertNoControls(result.stdout, what + " (stdout)")
            Self.assertNoControls(result.stderr, what + " (stderr)")
            XCTAssertTrue(
                result.stderr.contains(shows), "\(what) does not say \(shows.debugDescription): \(result.stderr)")
        }
    }

    /// In a real terminal: a dataset whose name and text carry a title change and a screen
    /// clear is refused with a message, and the pane keeps its title and its scrollback.
    func testTheTerminalKeepsItsTitleAndScreen() throws {
        _ = try write(
            "evil\(Self.titleChange)\(Self.clearScreen).json",
            #"{"format": "tumen-dataset", "version": 1, "title": "x\u001b]0;PWNED\u0007\u001b[2J"}"#)
        let tmux = try Tmux.start(width: 120, height: 30)
        self.tmux = tmux
        tmux.type("printf '\\033]2;clean-title\\033\\\\'; echo before-the-app")
        XCTAssertTrue(
            tmux.waitFor { _ in tmux.paneVariable("pane_title") == "clean-title" }, "the test could not set a title")
        tmux.type("'\(TumenBinary.url.path)' --no-note --data '\(folder.path)'/evil*.json; echo status-$((60 + 5))-$?")
        XCTAssertTrue(tmux.waitFor("status-65-65"), tmux.screenText)
        XCTAssertEqual(tmux.paneVariable("pane_title"), "clean-title", "the window title was changed")
        XCTAssertTrue(tmux.screenText.contains("\nbefore-the-app"), "the screen was cleared:\n\(tmux.screenText)")
        XCTAssertTrue(tmux.screenText.contains("evil^[]0;PWNED^G^[[2J.json"), tmux.screenText)
    }
}
