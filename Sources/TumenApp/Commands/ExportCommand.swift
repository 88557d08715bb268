import ArgumentParser
import FoundationEssentials
import Glibc
import TumenData
import TumenFiles
import TumenModel
import TumenRender

/// What to export and from where. Kept apart from the command so new options
/// (a lesson's handout, teacher's notes) are added in one place.
struct ExportOptions: ParsableArguments {
    // ArgumentParser lists the values itself.
    @Option(name: .long, help: ArgumentHelp("Output format.", valueName: "format"))
    var format: ExportOutput

    @Option(
        name: .long,
        help: ArgumentHelp("Dataset file to export (default: the bundled data/tumen.json).", valueName: "path"))
    var data: String?

    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "Read the dataset as this format instead of detecting it: "
                + "\(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "name"))
    var inputFormat: String?

    @Argument(help: ArgumentHelp("Dataset file (the same as --data).", valueName: "path"))
    var path: String?

    // A lesson's handout: Markdown (LessonHandout.swift) or HTML with maps (HTMLHandoutWriter.swift).
    @Option(
        name: .long,
        help: ArgumentHelp("With --format markdown or html: a handout of this lesson, step by step.", valueName: "name")
    )
    var lesson: String?

    @Flag(name: .customLong("with-notes"), help: "With --lesson: include the teacher's private notes.")
    var withNotes = false

    func validate() throws {
        try DataOptions.checkFormatName(inputFormat, option: "--input-format")
        if let path, let data, path != data {
            throw ValidationError("Give the dataset once: either --data or a path, not both.")
        }
        if lesson != nil && format != .markdown && format != .html {
            throw ValidationError(
                "--lesson makes a handout, which is Markdown or HTML: use it with --format markdown or --format html.")
        }
        if format == .html && lesson == nil {
            throw ValidationError("--format html writes a lesson's handout with its maps: give --lesson NAME.")
        }
        if withNotes && lesson == nil {
            throw ValidationError("--with-notes adds a lesson's notes: use it with --lesson NAME.")
        }
    }
}

/// `tumen export --format json|csv|markdown|geojson|timelinejs|storymap [PATH]`, or `--format html --lesson NAME`:
/// writes to standard output.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write a dataset to standard output as canonical JSON, a CSV of events, a Markdown handout, GeoJSON, "
            + "TimelineJS or StoryMapJS.",
        discussion: """
            json: Tumen's own format with a fixed member order (loads back unchanged). \
            csv: one row per event, in date order (RFC 4180). \
            markdown: a printable handout, events by date with their sources and contested figures, \
            and the routes stage by stage with the map in words. \
            html (with --lesson): one self-contained file, each route stage's map as a picture with its \
            description in words, for reading with a screen reader or printing on A4 or Letter. \
            geojson: an RFC 7946 FeatureCollection: every place a Point, every route leg the LineString \
            the map draws. \
            timelinejs: a TimelineJS 3 JSON file (title slide, events, eras); sources, contested figures \
            and places go into each slide's text. \
            storymap: a StoryMapJS story: an overview slide, then every route stage in stage order at its \
            place, then the other events. \
            The dataset is validated first; problems are listed and the exit code is 65 or 66 \
            (65 too when the dataset cannot be written in the format: TimelineJS needs at least one event).
            """
    )

    @OptionGroup var options: ExportOptions

    func run() throws {
        let loaded = try DataOptions.load(
            path: options.path ?? options.data,
            format: options.inputFormat.flatMap(DatasetFormat.init(rawValue:)))
        var basemap: Basemap?
        if options.format == .geojson {
            let load = BasemapLoad.standard
            if let notice = load.notice {
                // Without outlines no leg can be kept to its countries: say so, draw them straight.
                StandardStreams.writeError(
                    "tumen: warning: \(TextSanitizer.visible(notice)); legs are straight lines\n")
            }
            basemap = load.basemap
        } else if options.format == .markdown || options.format == .html {
            // The map in words names each stage's country from the outlines (none without them).
            basemap = BasemapLoad.standard.basemap
        }
        let words = MapDescription(dataset: loaded.dataset, basemap: basemap)
        if let lesson = options.lesson {
            let deck = try PresentCommand.deck(loaded, lesson: lesson)
            if options.format == .html {
                let context = RenderContext.forCommand()
                let writer = HTMLHandoutWriter(withNotes: options.withNotes, context: context)
                print(writer.write(deck), terminator: "")
            } else {
                print(LessonHandout(withNotes: options.withNotes, mapWords: words).write(deck), terminator: "")
            }
            return
        }
        guard let format = options.format.data else { return }
        if let refusal = format.refusal(loaded.dataset) {
            DataOptions.printError(
                TextSanitizer.visible("tumen: cannot write \(loaded.path) as \(format.rawValue): \(refusal)"))
            throw ExitCode(DatasetLoadError.badData)
        }
        if let warning = format.warning(loaded.dataset) {
            DataOptions.printError(TextSanitizer.visible("tumen: warning: \(warning)"))
        }
        print(format.render(loaded.dataset, basemap: basemap), terminator: "")
    }
}
