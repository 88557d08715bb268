import ArgumentParser
import Foundation
import TumenModel
import TumenRender
import TumenTerminal

/// The interactive explorer: `tumen` with no subcommand. Keys go through the one
/// command table (`ExplorerState.press`), screens come from `RootView`, and the
/// terminal session paints them and restores the terminal however the program ends.
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

    @Flag(name: .customLong("screen-reader"), help: "Say what each key changes as plain lines, for a screen reader or braille display (also TUMEN_SCREEN_READER=1).")
    var screenReader = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        // A big file shows how far it has got while it loads (and q quits), unless the
        // screen reader asked for lines only.
        let loaded = try dataOptions.load(showingProgress: !ScreenReaderMode.isRequested(flag: screenReader, environment: environment))
        // Line mode needs no terminal features, so it comes before the terminal is opened.
        if ScreenReaderMode.isRequested(flag: screenReader, environment: environment) {
            ScreenReaderMode.runExplorer(dataset: (consume loaded).dataset, showContentNote: !noNote,
                                         basemap: BasemapLoad.standard.basemap)
            return
        }
        let session = try TerminalSession.open(for: "tumen: the explorer", environment: environment)
        defer { session.close() }
        let theme = display.interactiveTheme(localeIsUTF8: session.localeIsUTF8, environment: environment)
        let dataPath = loaded.path
        let context = RenderContext(basemap: .standard)
        // Consumed, so the state sorts the events in place rather than copying them.
        var state = ExplorerState(dataset: (consume loaded).dataset, size: session.size, showContentNote: !noNote)
        // Test-only (documented in docs/ARCHITECTURE.md): crash after the first frame, so the
        // end-to-end tests can check that a crash leaves the terminal usable.
        let crashForTest = environment["TUMEN_TEST_CRASH"] == "1"
        while !state.shouldQuit {
            session.show(RootView.render(state, theme: theme, context: context))
            if crashForTest { fatalError("TUMEN_TEST_CRASH=1: crashing on purpose after the first frame") }
            if state.shouldPresent {
                PresenterLoop.presentFromExplorer(&state, dataPath: dataPath, theme: theme, terminal: session,
                                                  context: context)
                continue
            }
            if state.shouldSuspend {
                state.shouldSuspend = false
                session.suspend()
                state.apply(Action.resize(session.size))
                continue
            }
            switch session.readInput(timeout: nil) {
            case .key(let key)?: state.press(key)
            case .resize(let size)?: state.apply(Action.resize(size))
            case nil: continue
            }
        }
    }
}

/// The presenter and notes loops run on the same terminal session.
extension TerminalSession: KeyScreenTerminal {}
