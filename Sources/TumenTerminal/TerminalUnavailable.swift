/// Why the interactive terminal cannot be opened. The terminal module only says why;
/// what to do instead is the command line's business (TumenApp words the advice).
public struct TerminalUnavailable: Error, Equatable {
    public enum Stream: Equatable, Sendable {
        case standardInput, standardOutput
    }

    public enum Reason: Equatable, Sendable {
        /// Standard input or output is a pipe or a file.
        case notATerminal(Stream)
        case termNotSet
        case termIsDumb
        /// TERM names a type with no terminfo entry here (the name as given).
        case unknownTerminalType(String)
        /// The terminfo entry cannot address the cursor (the name as given).
        case cannotMoveCursor(String)
    }

    public let reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// sysexits EX_UNAVAILABLE: the interactive service is not available here.
    public static let exitCode: Int32 = 69
}
