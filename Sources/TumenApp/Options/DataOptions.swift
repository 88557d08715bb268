import ArgumentParser
import FoundationEssentials
import Glibc
import TumenData
import TumenFiles
import TumenModel

/// Which dataset to open: `--data PATH` (default: the bundled data/tumen.json)
/// and `--input-format NAME` to override detection (`--format NAME`, deprecated). Shared by every command that reads
/// a dataset, so they all load, report problems and exit the same way.
public struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Dataset file to open (default: the bundled data/tumen.json).", valueName: "path"))
    public var data: String?

    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "Read the file as this format instead of detecting it: "
                + "\(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "name"))
    public var inputFormat: String?

    /// The old spelling of --input-format (one name, one meaning: --format names an
    /// output format, in render and export). Still read, with a note, until 1.0.
    @Option(name: .customLong("format"), help: .hidden)
    public var deprecatedFormat: String?

    public init() {}

    public func validate() throws {
        try Self.checkInputFormat(inputFormat, deprecated: deprecatedFormat)
    }

    /// Checks --input-format and the deprecated --format it replaces, noting the old spelling.
    static func checkInputFormat(_ inputFormat: String?, deprecated: String?) throws {
        try checkFormatName(inputFormat, option: "--input-format")
        try checkFormatName(deprecated, option: "--format")
        if let deprecated {
            if let inputFormat, inputFormat != deprecated {
                throw ValidationError(
                    "--format \(deprecated) and --input-format \(inputFormat) disagree; use --input-format alone.")
            }
            printError(deprecationNote)
        }
    }

    static let deprecationNote =
        "tumen: --format for the input's format is deprecated; use --input-format (--format names output "
        + "formats, in render and export)"

    static func checkFormatName(_ name: String?, option: String) throws {
        if let name, DatasetFormat(rawValue: name) == nil {
            throw ValidationError(
                "Unknown dataset format '\(name)' for \(option). Choose one of: "
                    + "\(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", "))."
            )
        }
    }

    public var datasetFormat: DatasetFormat? {
        (inputFormat ?? deprecatedFormat).flatMap(DatasetFormat.init(rawValue:))
    }

    /// Loads `--data` (or `path`, which wins, for commands taking a positional file),
    /// printing every problem to standard error and exiting 65 or 66 on failure.
    public func load(path: String? = nil, showingProgress: Bool = false) throws -> LoadedDataset {
        do {
            return try Self.loadReportingProblems(
                path: path ?? data, format: datasetFormat, showingProgress: showingProgress)
        } catch {
            throw ExitCode(error.exitCode)
        }
    }

    /// The same for commands whose own `--format` means something else (`export`).
    public static func load(path: String?, format: DatasetFormat?) throws -> LoadedDataset {
        do {
            return try loadReportingProblems(path: path, format: format)
        } catch {
            throw ExitCode(error.exitCode)
        }
    }

    /// Loads, or prints every problem (the loader stops at about 1,000) and rethrows.
    /// Paths are shown as the user gave them; the bundled file relative to the
    /// current directory when it is inside it. No dataset given and no data/tumen.json on
    /// disk: the copy built into the binary. With `showingProgress`, a big file is loaded
    /// on another thread while the terminal shows how far it has got (`LoadingProgressLine`).
    /// The built-in copy is checked by the tests, not on every start, unless `checkingBuiltIn`.
    static func loadReportingProblems(
        path: String?, format: DatasetFormat?,
        showingProgress: Bool = false, checkingBuiltIn: Bool = false
    ) throws(DatasetLoadError) -> LoadedDataset {
        let file = path ?? BundledData.path
        let shown =
            file == nil
            ? BundledData.relativePath
            : path == nil ? BundledData.displayPath(file!) : file == DatasetLoader.standardInputPath ? "stdin" : file!
        do {
            if showingProgress, let file,
                let loaded = try LoadingProgressLine.loadIfBig(file: file, shown: shown, format: format)
            {
                return loaded
            }
            guard let file else {
                return try BuiltInData.load(path: shown, checking: checkingBuiltIn)
            }
            // Decoded under the name shown, so warnings say "stdin:" as errors do.
            return try DatasetLoader.decode(
                bytes: try DatasetLoader.readFile(file), path: shown, format: format,
                basemap: { BasemapLoad.standard.basemap })
        } catch {
            report(error, shown: shown)
            throw error
        }
    }

    static func report(_ error: DatasetLoadError, shown: String) {
        var error = error
        for index in error.problems.indices { error.problems[index].file = shown }
        let limit = 2000
        for problem in error.problems.prefix(limit) {
            printError(problem.description)
        }
        if error.problems.count > limit {
            printError(TextSanitizer.visible("\(shown): … and \(error.problems.count - limit) more problems"))
        }
    }

    /// Every message to standard error goes through here, sanitised as a last line of
    /// defence: paths, option values and data text may hold escape sequences.
    package static func printError(_ line: String) {
        StandardStreams.writeError(TextSanitizer.visibleKeepingNewlines(line) + "\n")
    }
}
