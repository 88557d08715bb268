import ArgumentParser
import FoundationEssentials
import Glibc
import TumenData
import TumenFiles
import TumenModel
import TumenRender

/// `tumen notes`: speaker notes in a second terminal, following a running `tumen present`.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Show the presenter's notes, question, next step and clock in a second terminal.",
        discussion: """
            Follows `tumen present` through a small file in $XDG_RUNTIME_DIR/tumen (else \
            /tmp/tumen-UID), polled four times a second, so it may start before or after the \
            presenter. It follows the session named by --session; else the one for --data and \
            --lesson (the same defaults as tumen present); with none of them, whichever \
            presenter on this machine changed last. --once prints the screen as text and exits. \
            --screen-reader says each step as plain lines instead, and stops when the presentation ends.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The presenter's --session name.", valueName: "name"))
    var session: String?

    @Option(name: .long, help: ArgumentHelp("The lesson being presented (to find its session).", valueName: "name"))
    var lesson: String?

    @Option(name: .long, help: ArgumentHelp("The dataset being presented (to find its session).", valueName: "path"))
    var data: String?

    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Print the notes screen once as plain text and exit (no terminal needed).")
    var once = false

    @Option(name: .long, help: ArgumentHelp("With --once: the screen size (default 80x24).", valueName: "WxH"))
    var size: String?

    @Flag(
        name: .customLong("screen-reader"),
        help: "Say each step as plain lines as the presenter moves (also TUMEN_SCREEN_READER=1); no terminal needed.")
    var screenReader = false

    func validate() throws {
        if let session, !NotesSync.isValidSessionName(session) {
            throw ValidationError("--session takes letters, digits, '-', '_' and '.', not '\(session)'.")
        }
        if let size, Size(parsing: size) == nil {
            throw ValidationError("--size takes a size like 80x24 (columns x rows), not '\(size)'.")
        }
        if size != nil && !once { throw ValidationError("--size is for --once.") }
    }

    /// The session to follow, or nil for "whichever changed last".
    var sessionName: String? {
        if let session { return session }
        guard lesson != nil || data != nil else { return nil }
        return NotesSync.sessionName(dataPath: data ?? BundledData.path ?? BundledData.relativePath, lesson: lesson)
    }

    func run() throws {
        let sync = NotesSync(directory: NotesSync.defaultDirectory())
        if once {
            let name = sessionName ?? sync.sessions().first
            let snapshot = name.flatMap { sync.read(session: $0) }
            let screen = NotesView.render(
                snapshot, session: sessionName, size: size.flatMap(Size.init(parsing:)) ?? Size(width: 80, height: 24),
                now: PresenterLoop.wallClock(), theme: display.deterministicTheme, hint: false)
            print(screen.text, terminator: "")
            return
        }
        if ScreenReaderMode.isRequested(flag: screenReader, environment: ProcessInfo.processInfo.environment) {
            // The step's text and the map in words come from the dataset being presented.
            let dataset = try? DataOptions.load(path: data, format: nil).dataset
            NotesScreenReader.follow(session: sessionName, sync: sync, dataset: dataset, lesson: lesson)
            return
        }
        try PresenterLauncher.followNotes(session: sessionName, sync: sync, display: display)
    }
}
