import ArgumentParser
import TumenModel

/// Opens the terminal for presenter mode and the notes window. This build has no
/// terminal session to open yet (TumenTerminal), so it says so and exits 69
/// (EX_UNAVAILABLE); the headless parts (--check-fit, notes --once, handouts) work.
enum PresenterLauncher {
    static func run(deck: PresenterDeck, display: DisplayOptions, tour: Double?, session: String) throws {
        throw unavailable("tumen present")
    }

    static func followNotes(session: String?, sync: NotesSync, display: DisplayOptions) throws {
        throw unavailable("tumen notes")
    }

    private static func unavailable(_ command: String) -> ExitCode {
        DataOptions.printError("\(command): this build cannot open an interactive terminal yet; "
                               + "tumen present --check-fit, tumen notes --once and tumen export --lesson work")
        return ExitCode(69)
    }
}
