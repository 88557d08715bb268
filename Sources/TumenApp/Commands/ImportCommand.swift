import ArgumentParser
import FoundationEssentials
import Glibc
import TumenData
import TumenModel

/// `tumen import FILE -o dataset.json`: converts a TimelineJS file or sheet, a
/// StoryMapJS story (or a Tumen dataset) into Tumen's canonical JSON, so a teacher
/// can go on adding places, routes, sources and lessons by hand.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a TimelineJS JSON or spreadsheet CSV file, or a StoryMapJS story, to a Tumen dataset.",
        discussion: """
            The format is detected from the content (--input-format forces one). What the conversion \
            cannot carry over is listed as warnings on standard error. Exit codes: 65 when the file's \
            content is wrong (each problem as FILE:LINE:COLUMN), 66 when it cannot be read, 73 when \
            the output exists (use --force) or cannot be written. A regular file is replaced atomically; \
            a device or a FIFO is written through, never replaced; a symbolic link is followed.
            """
    )

    /// sysexits EX_CANTCREAT: the output file cannot (or may not) be created.
    static let cannotCreate: Int32 = 73

    @Argument(help: ArgumentHelp("The file to convert, or - for standard input.", valueName: "path"))
    var path: String

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Where to write the Tumen dataset (- for standard output).", valueName: "path"))
    var output: String

    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "Read the file as this format instead of detecting it: "
                + "\(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "name"))
    var inputFormat: String?

    /// The old spelling of --input-format, read with a deprecation note until 1.0.
    @Option(name: .customLong("format"), help: .hidden)
    var deprecatedFormat: String?

    @Flag(name: .long, help: "Overwrite the output file if it exists.")
    var force = false

    func validate() throws {
        try DataOptions.checkInputFormat(inputFormat, deprecated: deprecatedFormat)
        if output.isEmpty { throw ValidationError("-o needs a file name.") }
    }

    func run() throws {
        let toStandardOutput = output == DatasetLoader.standardInputPath
        let file = OutputFile(path: output)
        // Only replacing a file needs --force: a device or a FIFO is written through.
        if !toStandardOutput, !force, file.replacesAFile {
            DataOptions.printError(
                TextSanitizer.visible("tumen: \(output) already exists; use --force to overwrite it"))
            throw ExitCode(Self.cannotCreate)
        }
        let loaded = try DataOptions.load(
            path: path, format: (inputFormat ?? deprecatedFormat).flatMap(DatasetFormat.init(rawValue:)))
        for warning in loaded.warnings { DataOptions.printError(warning) }
        let text = CanonicalJSONWriter.write(loaded.dataset)
        if toStandardOutput {
            print(text, terminator: "")
            return
        }
        do {
            try file.write(Array(text.utf8))
        } catch {
            DataOptions.printError(TextSanitizer.visible("tumen: \(error.description)"))
            throw ExitCode(Self.cannotCreate)
        }
        let d = loaded.dataset
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var parts = [
            count(d.events.count, "event"),
            count(d.categories.count, "category").replacingEvery("categorys", with: "categories"),
            count(d.eras.count, "era"), count(d.places.count, "place"), count(d.routes.count, "route"),
        ]
        if !loaded.warnings.isEmpty { parts.append(count(loaded.warnings.count, "warning")) }
        DataOptions.printError(
            TextSanitizer.visible(
                "wrote \(output) from \(loaded.format.displayName) \(loaded.path): \(parts.joined(separator: ", "))"))
    }
}
