import ArgumentParser

/// `tumen`: the root command. With no subcommand it opens the explorer.
public struct TumenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tumen",
        abstract: "Explore a timeline and route map of North Korean women's escape through China.",
        subcommands: [ValidateCommand.self, ExportCommand.self, ImportCommand.self, PresentCommand.self, NotesCommand.self, RenderCommand.self]
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .customLong("no-note"), help: "Skip the content note shown on start.")
    var noNote = false

    @OptionGroup var display: DisplayOptions

    public init() {}

    /// Opens the explorer in the terminal (exit 69 with advice when there is no terminal).
    public func run() throws {
        try ExploreCommand.run(data: dataOptions, display: display, showNote: !noNote)
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
