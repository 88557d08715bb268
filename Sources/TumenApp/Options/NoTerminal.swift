import ArgumentParser
import TumenData
import TumenModel
import TumenTerminal

/// What the user reads when there is no terminal to open (exit 69): why, then the headless
/// ways to the same screens. Worded here rather than in TumenTerminal because the advice
/// names commands, and each command names itself.
extension TerminalUnavailable {
    static let advice =
        "Use `tumen render` to print screens without a terminal "
        + "(e.g. tumen render --keys 'jj<Enter>'), or `tumen export` for the data."

    /// The message when `program` ("tumen: the explorer", "tumen present") cannot start.
    func message(for program: String) -> String {
        switch reason {
        case .notATerminal(let stream):
            let which = stream == .standardInput ? "standard input" : "standard output"
            return "\(program) needs an interactive terminal, but \(which) is not one. \(Self.advice)"
        case .termNotSet:
            return "\(program) needs a full-screen terminal, but TERM is not set. \(Self.advice)"
        case .termIsDumb:
            return "\(program) needs a full-screen terminal, but TERM is 'dumb'. \(Self.advice)"
        case .unknownTerminalType(let term):
            // TERM is the user's text: control characters are shown, not sent.
            let name = TextSanitizer.visible(term)
            return "tumen: the terminal type '\(name)' is unknown here (no terminfo entry). \(Self.advice)"
        case .cannotMoveCursor(let term):
            return "tumen: the terminal type '\(TextSanitizer.visible(term))' cannot move the cursor. \(Self.advice)"
        }
    }
}

extension TerminalSession {
    /// The session, or exit 69 with the message for `program` on standard error.
    static func open(for program: String, environment: [String: String]) throws -> TerminalSession {
        do {
            return try open(environment: environment)
        } catch let error as TerminalUnavailable {
            DataOptions.printError(error.message(for: program))
            throw ExitCode(TerminalUnavailable.exitCode)
        }
    }
}
