import ArgumentParser
import FoundationEssentials
import Glibc
import TumenData
import TumenFiles
import TumenModel
import TumenRender
import TumenTerminal

/// The interactive explorer: `tumen` with no subcommand. It loads the data, opens the
/// terminal session (which restores the terminal however the program ends) and hands both
/// to `ExplorerLoop`.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the explorer full screen (the default: `tumen` alone does this).",
        discussion: """
            Needs an interactive terminal; without one (output piped, TERM unset, dumb or \
            unknown) it says so and exits 69: use `tumen render` or `tumen export` instead. \
            --screen-reader needs none: it says what each key changes as plain lines, reading \
            keys from the terminal, or lines of keys from standard input when that is not one. \
            Exit codes: 0 after q, 64 bad options, 65/66 bad or missing dataset, 69 no terminal.
            """
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .customLong("no-note"), help: "Skip the content note shown on start.")
    var noNote = false

    @OptionGroup var display: DisplayOptions

    @Flag(
        name: .customLong("screen-reader"),
        help: ArgumentHelp(
            "Say what each key changes as plain lines, for a screen reader or braille display (also "
                + "TUMEN_SCREEN_READER=1).")
    )
    var screenReader = false

    /// The options as plain values: all `run` needs.
    var request: ExploreRequest {
        ExploreRequest(
            data: dataOptions.data, inputFormat: dataOptions.datasetFormat, noNote: noNote,
            screenReader: screenReader, ascii: display.ascii, unicode: display.unicode, theme: display.theme)
    }

    func run() throws {
        try Self.run(request)
    }

    /// Opens the explorer as asked. `tumen` alone comes here straight from
    /// `TumenCommand.mainWithExitCodes` with `ExploreRequest.defaults`.
    static func run(_ request: ExploreRequest) throws {
        let environment = ProcessInfo.processInfo.environment
        let screenReader = ScreenReaderMode.isRequested(flag: request.screenReader, environment: environment)
        // A big file shows how far it has got while it loads (and q quits), unless the
        // screen reader asked for lines only.
        let loaded: LoadedDataset
        do {
            loaded = try DataOptions.loadReportingProblems(
                path: request.data, format: request.inputFormat, showingProgress: !screenReader)
        } catch {
            throw ExitCode(error.exitCode)
        }
        // Line mode needs no terminal features, so it comes before the terminal is opened.
        if screenReader {
            ScreenReaderMode.runExplorer(
                dataset: (consume loaded).dataset, showContentNote: !request.noNote,
                basemap: BasemapLoad.standard.basemap)
            return
        }
        let session = try TerminalSession.open(for: "tumen: the explorer", environment: environment)
        defer { session.close() }
        let theme = DisplayOptions.interactiveTheme(
            ascii: request.ascii, unicode: request.unicode, theme: request.theme,
            localeIsUTF8: session.localeIsUTF8, environment: environment)
        let dataPath = loaded.path
        let context = RenderContext.forCommand()
        // Consumed, so the state sorts the events in place rather than copying them.
        var state = ExplorerState(
            dataset: (consume loaded).dataset, size: session.size, showContentNote: !request.noNote)
        // Test-only (documented in docs/ARCHITECTURE.md): crash after the first frame, so the
        // end-to-end tests can check that a crash leaves the terminal usable.
        if environment["TUMEN_TEST_CRASH"] == "1" {
            ExplorerLoop.run(
                &state, theme: theme, terminal: CrashAfterFirstFrame(session), context: context,
                dataPath: dataPath)
        } else {
            ExplorerLoop.run(&state, theme: theme, terminal: session, context: context, dataPath: dataPath)
        }
    }
}

/// What `tumen explore` was asked for, as plain values.
struct ExploreRequest: Equatable {
    var data: String?
    var inputFormat: DatasetFormat?
    var noNote: Bool
    var screenReader: Bool
    var ascii: Bool
    var unicode: Bool
    var theme: String?

    /// `tumen` with no arguments: every option at its default. ExploreRequestTests checks
    /// this is what ArgumentParser makes of an empty command line.
    static let defaults = ExploreRequest(
        data: nil, inputFormat: nil, noNote: false, screenReader: false, ascii: false, unicode: false, theme: nil)
}

/// TUMEN_TEST_CRASH=1: the session, crashing on purpose once the first frame is painted.
private final class CrashAfterFirstFrame: KeyScreenTerminal {
    let session: TerminalSession

    init(_ session: TerminalSession) {
        self.session = session
    }

    var size: Size { session.size }
    func show(_ screen: Screen) {
        session.show(screen)
        fatalError("TUMEN_TEST_CRASH=1: crashing on purpose after the first frame")
    }
    func readInput(timeout: Double?) -> TerminalInput? { session.readInput(timeout: timeout) }
    func readKey(timeout: Double) -> Key? { session.readKey(timeout: timeout) }
    func suspend() { session.suspend() }
}
