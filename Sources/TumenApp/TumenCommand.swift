import ArgumentParser

/// `tumen`: the root command. With no subcommand it opens the explorer.
public struct TumenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tumen",
        abstract: "Explore a timeline and route map of North Korean women's escape through China.",
        subcommands: [ValidateCommand.self, ExportCommand.self, ImportCommand.self, PresentCommand.self, NotesCommand.self, RenderCommand.self]
    )

    public init() {}

    public func run() throws {
        print("tumen: the explorer is not wired up yet")
    }

    /// Runs the command line with sysexits codes: ArgumentParser's usage errors
    /// (its exit code 64 already) and our own `ExitCode`s pass through unchanged.
    public static func mainWithExitCodes() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Self.exit()
        } catch {
            exit(withError: error)
        }
    }
}
