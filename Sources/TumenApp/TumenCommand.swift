import ArgumentParser

/// `tumen`: the root command. With no subcommand it opens the explorer.
public struct TumenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tumen",
        abstract: "Explore a timeline and route map of North Korean women's escape through China.",
        // `tumen` alone (or with the explorer's options) runs `explore`. Its options live
        // there, not here: options on the root would also swallow subcommands' --format.
        // `version:` only lists --version in the help and the man page: mainWithExitCodes
        // answers it with VersionCommand, which also names the dataset.
        version: TumenVersion.number,
        subcommands: [
            ExploreCommand.self, ValidateCommand.self, ExportCommand.self, ImportCommand.self, PresentCommand.self,
            NotesCommand.self, ServeCommand.self, RenderCommand.self, VersionCommand.self,
        ],
        defaultSubcommand: ExploreCommand.self
    )

    public init() {}

    /// Runs the command line with sysexits codes: ArgumentParser's usage errors
    /// (its exit code 64 already) and our own `ExitCode`s pass through unchanged.
    public static func mainWithExitCodes() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--version"] {
            print(VersionCommand.text())
            Self.exit()
        }
        do {
            // `tumen` alone, the way most sessions start: the explorer with every option at
            // its default, without asking ArgumentParser, whose reflection over the commands
            // is a millisecond of a cold start (docs/PERFORMANCE.md). ExploreRequestTests
            // checks ArgumentParser would have asked for the same.
            if arguments.isEmpty {
                try ExploreCommand.run(.defaults)
                Self.exit()
            }
            var command = try parseAsRoot(joiningKeyScripts(arguments))
            try command.run()
            Self.exit()
        } catch {
            // ArgumentParser's messages quote what the user typed; an option value such
            // as `--size $'\e[2J'` must not reach the terminal as an escape sequence.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                DataOptions.printError(message)
            }
            Self.exit(withError: ExitCode(code.rawValue))
        }
    }

    /// `--keys -------` (zoom out seven times) would be read as an unknown option, since
    /// ArgumentParser takes a word of dashes for an option name even where a value is due;
    /// `--keys=-------` is not. Joining the two words makes both spellings work.
    static func joiningKeyScripts(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--" { return result + arguments[index...] }
            if arguments[index] == "--keys", index + 1 < arguments.count, arguments[index + 1].hasPrefix("-") {
                result.append("--keys=" + arguments[index + 1])
                index += 2
            } else {
                result.append(arguments[index])
                index += 1
            }
        }
        return result
    }
}
