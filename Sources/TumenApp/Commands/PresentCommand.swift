import ArgumentParser
import FoundationEssentials
import Glibc
import TumenData
import TumenModel
import TumenRender

/// `tumen present`: presenter mode for a class, or `--check-fit WxH` to check a lesson
/// against a screen size before class without opening a terminal.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract:
            "Present a lesson one step per screen: big headline, date, summary, the route map, progress and a clock.",
        discussion: """
            Without --lesson every event is presented in date order. Keys: Space/Right/l next, \
            Left/h previous, g/G first/last, 12G step 12, i index of steps, t start or pause the \
            clock, r reset it, a pause or resume the tour, q quit. Follow along with `tumen notes` \
            in a second terminal. Exit codes: 64 for an unknown lesson or a bad option, 65/66 \
            for a bad or missing dataset, 69 without a terminal; with --check-fit, 0 when every step fits and 1 when \
            some do not.
            """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var display: DisplayOptions

    @Option(
        name: .long,
        help: ArgumentHelp("The lesson to present, by id (default: all events by date).", valueName: "name"))
    var lesson: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Advance by itself every SECONDS (a kiosk); any key pauses, a resumes.", valueName: "seconds"))
    var tour: Double?

    @Option(
        name: .customLong("check-fit"),
        help: ArgumentHelp(
            "List the steps whose content does not fit a screen of this size, e.g. 100x30, and exit.", valueName: "WxH")
    )
    var checkFit: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Name for the notes window to follow (default: the dataset file and lesson).", valueName: "name"))
    var session: String?

    func validate() throws {
        if let tour, !(tour >= 1 && tour <= 86_400) {
            throw ValidationError("--tour takes seconds between 1 and 86400, not \(tour).")
        }
        if let checkFit, Size(parsing: checkFit) == nil {
            throw ValidationError("--check-fit takes a size like 100x30 (columns x rows), not '\(checkFit)'.")
        }
        if let session, !NotesSync.isValidSessionName(session) {
            throw ValidationError("--session takes letters, digits, '-', '_' and '.', not '\(session)'.")
        }
    }

    func run() throws {
        let loaded = try dataOptions.load()
        let deck = try Self.deck(loaded, lesson: lesson)
        if let checkFit, let size = Size(parsing: checkFit) {
            let report = PresenterFitReport(deck: deck, size: size)
            print(report.text, terminator: "")
            if !report.allFit { throw ExitCode(1) }
            return
        }
        let sessionName = session ?? NotesSync.sessionName(dataPath: loaded.path, lesson: lesson)
        try PresenterLauncher.run(deck: deck, display: display, tour: tour, session: sessionName)
    }

    /// The deck, or exit 64 with the lessons there are.
    static func deck(_ loaded: LoadedDataset, lesson: String?) throws -> PresenterDeck {
        try LessonDeck.load(loaded, lesson: lesson)
    }
}

/// The text `--check-fit` prints: a summary line, then each step that does not fit with
/// its reasons, then the steps whose headline is shown in normal letters.
struct PresenterFitReport {
    var text: String
    var allFit: Bool

    init(deck: PresenterDeck, size: Size) {
        var lines: [String] = []
        var small: [Int] = []
        var failing = 0
        for (index, step) in deck.steps.enumerated() {
            let layout = PresenterLayout(step: step, size: size)
            if !layout.notes.isEmpty { small.append(index + 1) }
            guard !layout.fits else { continue }
            failing += 1
            lines.append("  step \(index + 1): \(step.title)")
            for problem in layout.problems { lines.append("    \(problem)") }
        }
        let name = deck.lessonID.map { "lesson \($0)" } ?? "all events"
        let count = deck.steps.count
        let summary =
            failing == 0
            ? "\(name) at \(size): all \(count) step\(count == 1 ? "" : "s") fit"
            : "\(name) at \(size): \(failing) step\(failing == 1 ? "" : "s") of \(count) "
                + "\(failing == 1 ? "does" : "do") not fit"
        lines.insert(summary, at: 0)
        if !small.isEmpty {
            lines.append(
                "headline in normal letters at this size: step\(small.count == 1 ? "" : "s") "
                    + small.map(String.init).joined(separator: ", "))
        }
        text = lines.map(TextSanitizer.visible).joined(separator: "\n") + "\n"
        allFit = failing == 0
    }
}
