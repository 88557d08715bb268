import ArgumentParser
import FoundationEssentials
import Glibc
import TumenData
import TumenFiles
import TumenModel
import TumenRender
import TumenTerminal

/// Opens the terminal (TumenTerminal's session) for presenter mode and the notes window,
/// and closes it again however the loop ends.
enum PresenterLauncher {
    static func run(deck: PresenterDeck, display: DisplayOptions, tour: Double?, session: String) throws {
        let sync = NotesSync(directory: NotesSync.defaultDirectory())
        var failedToWrite = false
        try withTerminal(command: "tumen present", display: display) { terminal, theme in
            var state = PresenterState(
                deck: deck, size: terminal.size, now: PresenterLoop.wallClock(), tourInterval: tour)
            let context = RenderContext.forCommand()
            PresenterLoop.present(
                &state, theme: theme, terminal: terminal, context: context, session: session,
                publish: { snapshot in
                    do { try sync.write(snapshot) } catch { failedToWrite = true }
                },
                audience: { sync.readAudience(session: session) })
        }
        if failedToWrite {
            DataOptions.printError(
                "tumen present: could not write the notes file in \(sync.directory); tumen notes cannot follow")
        }
    }

    static func followNotes(session: String?, sync: NotesSync, display: DisplayOptions) throws {
        try withTerminal(command: "tumen notes", display: display) { terminal, theme in
            PresenterLoop.followNotes(session: session, sync: sync, theme: theme, terminal: terminal)
        }
    }

    /// The session and the theme for it, or exit 69 with the session's advice when there
    /// is no terminal to open (the advice names the headless ways to the same screens).
    private static func withTerminal(
        command: String, display: DisplayOptions,
        _ body: (TerminalSession, Theme) throws -> Void
    ) throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal = try TerminalSession.open(for: command, environment: environment)
        defer { terminal.close() }
        try body(terminal, display.interactiveTheme(localeIsUTF8: terminal.localeIsUTF8, environment: environment))
    }
}
