import ArgumentParser
import FoundationEssentials
import Glibc
import TumenData
import TumenFiles
import TumenModel
import TumenRender

/// `tumen render`: runs a key script against the explorer without a terminal and
/// prints the screen it leaves, as text, ANSI-coloured text or an SVG picture.
/// It starts where the interactive app starts (past the content note, unless
/// --with-note) and presses keys through the same command table, so the screens
/// are the ones a user would see. Nothing here reads the clock, the environment's
/// locale or colour settings, or a terminal: the same inputs give the same bytes.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Apply a key script and print the screen the explorer would show.",
        discussion: """
            Keys use one notation (see docs/scripting.md in the source): plain \
            characters are themselves; special keys go in angle brackets: <Enter> <Esc> <Tab> \
            <S-Tab> <Space> <BS> <Del> <Up> <Down> <Left> <Right> <Home> <End> <PageUp> \
            <PageDown> <F1>..<F12>, <C-x> for control keys, <lt> for <, <Hash> for #, and \
            <Resize 120x40> to change the screen size. Spaces and line breaks only separate \
            keys; # starts a comment. Example: tumen render --keys 'jj<Enter>' --size 100x30. \
            Exit codes: 64 bad options or key names, 66 missing key file or dataset, 65 bad data.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Dataset file (default: the bundled data/tumen.json).", valueName: "path"))
    var data: String?

    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "Read the dataset as this format instead of detecting it: "
                + "\(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "name"))
    var inputFormat: String?

    @Option(name: .long, help: ArgumentHelp("Screen size in cells, WIDTHxHEIGHT (1 to 1000 each).", valueName: "size"))
    var size = "100x30"

    // Unconditional: key scripts often start with "-" (zoom out), which would otherwise read as an option.
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "Keys to press, in key notation, e.g. 'jj<Enter>' or '-+'. A bare space only separates keys; <Space> "
                + "presses the space bar.",
            valueName: "keys"))
    var keys: String?

    @Option(
        name: .customLong("keys-file"),
        help: ArgumentHelp(
            "A file of keys in key notation (# comments allowed); - for standard input.", valueName: "file"))
    var keysFile: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Output: text, ansi (text with colour escapes) or svg (a picture).", valueName: "format"))
    var format: RenderFormat = .text

    @Flag(name: .long, help: "Print the screen after every step, each after a line naming the step.")
    var every = false

    @Flag(name: .customLong("with-note"), help: "Start on the content note, as a first run does, instead of past it.")
    var withNote = false

    @Flag(
        name: .long, help: "Render presenter mode (`tumen present`) instead of the explorer; its clock stays at 00:00.")
    var present = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --present: the lesson to present, by id (default: all events by date).", valueName: "name"))
    var lesson: String?

    @Flag(
        name: .long,
        help: "With --present: show what a student following over SSH (`tumen serve`) sees of the step the keys reach.")
    var follow = false

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        try DataOptions.checkFormatName(inputFormat, option: "--input-format")
        if Size(parsing: size) == nil {
            throw ValidationError(
                "Bad --size '\(TextSanitizer.visible(size))': write WIDTHxHEIGHT, e.g. 100x30, each 1 to 1000.")
        }
        if keys != nil && keysFile != nil {
            throw ValidationError("Give the keys once: either --keys or --keys-file, not both.")
        }
        if every && format == .svg {
            throw ValidationError("--every cannot be used with --format svg (one picture per run); use text or ansi.")
        }
        if lesson != nil && !present {
            throw ValidationError("--lesson is for presenter mode: add --present.")
        }
        if follow && !present {
            throw ValidationError("--follow shows a student following presenter mode: add --present.")
        }
        if withNote && present {
            throw ValidationError("--with-note is for the explorer; presenter mode has no content note.")
        }
    }

    func run() throws {
        let steps = try readSteps()
        let loaded = try DataOptions.load(path: data, format: inputFormat.flatMap(DatasetFormat.init(rawValue:)))
        let screens = try makeScreens(consume loaded, size: Size(parsing: size)!, theme: display.deterministicTheme)
        if every { write(Self.frameMark + "--- start ---\n" + format.write(screens.render())) }
        for (number, step) in steps.enumerated() {
            // q ends the script as it would end the app; later steps are not applied, and
            // the tester is told, since a stray q would otherwise hide the rest silently.
            if screens.hasQuit() {
                let left = steps.count - number
                DataOptions.printError(
                    "tumen: warning: q ended the script; the \(left) later key\(left == 1 ? " was" : "s were") "
                        + "not pressed"
                )
                break
            }
            screens.apply(step)
            if every {
                write(
                    Self.frameMark + "--- after \(step.notation) (\(number + 1)/\(steps.count)) ---\n"
                        + format.write(screens.render()))
            }
        }
        if !every { write(format.write(screens.render())) }
    }

    /// The explorer, or presenter mode with its clock held at zero (no clock is read).
    private func makeScreens(_ loaded: consuming LoadedDataset, size: Size, theme: Theme) throws -> ScreenSource {
        let context = RenderContext.forCommand()
        if present && follow { return try followerScreens(loaded, size: size, theme: theme, context: context) }
        var quit = false
        if present {
            var state = PresenterState(deck: try PresentCommand.deck(loaded, lesson: lesson), size: size)
            return ScreenSource(
                apply: { step in
                    switch step {
                    case .key(let key): if state.press(key, at: 0) == .quit { quit = true }
                    case .resize(let size): state.resize(size)
                    }
                },
                render: { PresenterView.render(state, theme: theme, context: context) },
                hasQuit: { quit })
        }
        var state = ExplorerState(dataset: (consume loaded).dataset, size: size, showContentNote: withNote)
        // Presenting and suspending need a terminal: a script only records that q quit.
        return ScreenSource(
            apply: { if state.apply($0) == .quit { quit = true } },
            render: { RootView.render(state, theme: theme, context: context) },
            hasQuit: { quit })
    }

    /// A student following the teacher: the keys move the teacher's presenter (at the
    /// student's size, as a projector would not be), the student's screen follows it.
    private func followerScreens(
        _ loaded: consuming LoadedDataset, size: Size, theme: Theme,
        context: RenderContext
    ) throws -> ScreenSource {
        let deck = try PresentCommand.deck(loaded, lesson: lesson)
        var teacher = PresenterState(deck: deck, size: size)
        var student = ClassroomState(dataset: loaded.dataset, deck: deck, size: size)
        student.press(.character(" "))
        student.apply(.follow)
        student.teacherMoved(teacher.notesSnapshot(session: "render"), at: 0)
        var teacherQuit = false
        return ScreenSource(
            apply: { step in
                switch step {
                case .key(let key): if teacher.press(key, at: 0) == .quit { teacherQuit = true }
                case .resize(let size): student.resize(size)
                }
                student.teacherMoved(teacher.notesSnapshot(session: "render", ended: teacherQuit), at: 0)
            },
            render: { ClassroomView.render(student, theme: theme, context: context) },
            hasQuit: { teacherQuit })
    }

    /// Starts each `--every` frame's heading: the ASCII record separator (0x1E), which no
    /// screen can hold (screens show control characters as stand-ins), so a script can
    /// split the output on it exactly, and a terminal shows the heading without it.
    static let frameMark = "\u{1E}"

    /// The script from --keys or --keys-file (none: the starting screen). A missing
    /// file exits 66; a mistake in the notation exits 64, naming its place.
    func readSteps() throws -> [ScriptStep] {
        let text: String
        let source: String
        if let keysFile {
            guard let data = Self.read(keysFile) else {
                let reason = FileManager.default.fileExists(atPath: keysFile) ? "cannot be read" : "no such file"
                DataOptions.printError(TextSanitizer.visible("tumen: key file \(keysFile): \(reason)"))
                throw ExitCode(66)
            }
            guard let decoded = String(data: data, encoding: .utf8) else {
                DataOptions.printError(TextSanitizer.visible("\(keysFile): not UTF-8 text"))
                throw ExitCode(64)
            }
            (text, source) = (decoded, keysFile == "-" ? "stdin" : keysFile)
        } else {
            (text, source) = (keys ?? "", "--keys")
        }
        do {
            return try KeyNotation.parse(text, source: source)
        } catch {
            DataOptions.printError(error.description)
            throw ExitCode(64)
        }
    }

    /// A key file's bytes (`-` is standard input; pipes and devices work too), or nil
    /// when it is missing, a directory or unreadable. Key files are small: 1 MB at most.
    static func read(_ path: String) -> Data? {
        StandardStreams.read(path, limit: 1 << 20).map { Data($0) }
    }

    private func write(_ text: String) {
        StandardStreams.write(text)
    }
}

/// Whatever a script drives: steps in, screens out.
private struct ScreenSource {
    var apply: (ScriptStep) -> Void
    var render: () -> Screen
    var hasQuit: () -> Bool
}

/// What `tumen render` writes: plain text, ANSI-coloured text, or an SVG picture.
enum RenderFormat: String, CaseIterable, ExpressibleByArgument {
    case text, ansi, svg

    func write(_ screen: Screen) -> String {
        switch self {
        case .text: return ScreenTextWriter.write(screen)
        case .ansi: return ANSIWriter.write(screen)
        case .svg: return SVGWriter.write(screen)
        }
    }
}
