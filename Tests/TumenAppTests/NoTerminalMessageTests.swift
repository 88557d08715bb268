import Foundation
import TumenTerminal
import XCTest

@testable import TumenApp

/// Exit 69's messages, word for word: TumenTerminal says why, the app says what to do.
final class NoTerminalMessageTests: XCTestCase {
    static let advice =
        "Use `tumen render` to print screens without a terminal "
        + "(e.g. tumen render --keys 'jj<Enter>'), or `tumen export` for the data."

    func testTheExplorersMessages() {
        let cases: [(TerminalUnavailable.Reason, String)] = [
            (
                .notATerminal(.standardInput),
                "tumen: the explorer needs an interactive terminal, but standard input is not one."
            ),
            (
                .notATerminal(.standardOutput),
                "tumen: the explorer needs an interactive terminal, but standard output is not one."
            ),
            (.termNotSet, "tumen: the explorer needs a full-screen terminal, but TERM is not set."),
            (.termIsDumb, "tumen: the explorer needs a full-screen terminal, but TERM is 'dumb'."),
            (.unknownTerminalType("vt999"), "tumen: the terminal type 'vt999' is unknown here (no terminfo entry)."),
            (.cannotMoveCursor("lpr"), "tumen: the terminal type 'lpr' cannot move the cursor."),
        ]
        for (reason, why) in cases {
            XCTAssertEqual(TerminalUnavailable(reason).message(for: "tumen: the explorer"), why + " " + Self.advice)
        }
    }

    func testThePresenterAndNotesNameThemselves() {
        XCTAssertEqual(
            TerminalUnavailable(.notATerminal(.standardOutput)).message(for: "tumen present"),
            "tumen present needs an interactive terminal, but standard output is not one. " + Self.advice)
        XCTAssertEqual(
            TerminalUnavailable(.termIsDumb).message(for: "tumen notes"),
            "tumen notes needs a full-screen terminal, but TERM is 'dumb'. " + Self.advice)
        XCTAssertEqual(
            TerminalUnavailable(.unknownTerminalType("x")).message(for: "tumen present"),
            "tumen: the terminal type 'x' is unknown here (no terminfo entry). " + Self.advice)
    }

    func testATerminalNameCannotSendControlCharacters() {
        let message = TerminalUnavailable(.unknownTerminalType("a\u{1B}[2Jb")).message(for: "tumen: the explorer")
        XCTAssertTrue(message.hasPrefix("tumen: the terminal type 'a^[[2Jb' is unknown"), message)
    }

    /// Through the binary, with a pipe for standard input: the whole of standard error.
    func testTheBinaryPrintsTheMessageAndExits69() throws {
        let commands = [([], "tumen: the explorer"), (["present"], "tumen present"), (["notes"], "tumen notes")]
        for (arguments, program) in commands {
            let result = try TumenBinary.run(arguments, stdin: Data())
            XCTAssertEqual(result.status, 69, result.stderr)
            let message = TerminalUnavailable(.notATerminal(.standardInput)).message(for: program)
            XCTAssertEqual(result.stderr, message + "\n")
        }
    }
}
