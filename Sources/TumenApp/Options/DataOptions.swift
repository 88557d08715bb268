import ArgumentParser
import Foundation
import TumenModel

/// Which dataset to open: `--data PATH` (default: the bundled data/tumen.json)
/// and `--format NAME` to override detection. Shared by every command that reads
/// a dataset, so they all load, report problems and exit the same way.
public struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Dataset file to open (default: the bundled data/tumen.json).", valueName: "path"))
    public var data: String?

    @Option(name: .long, help: ArgumentHelp(
        "Read the file as this format instead of detecting it: \(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "name"))
    public var format: String?

    public init() {}

    public func validate() throws {
        try Self.checkFormatName(format, option: "--format")
    }

    static func checkFormatName(_ name: String?, option: String) throws {
        if let name, DatasetFormat(rawValue: name) == nil {
            throw ValidationError("Unknown dataset format '\(name)' for \(option). Choose one of: \(DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    public var datasetFormat: DatasetFormat? { format.flatMap(DatasetFormat.init(rawValue:)) }

    /// Loads `--data` (or `path`, which wins, for commands taking a positional file),
    /// printing every problem to standard error and exiting 65 or 66 on failure.
    public func load(path: String? = nil, showingProgress: Bool = false) throws -> LoadedDataset {
        do {
            return try Self.loadReportingProblems(path: path ?? data, format: datasetFormat, showingProgress: showingProgress)
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
    /// current directory when it is inside it. With `progress`, a big file is loaded on
    /// another thread while the terminal shows how far it has got (`LoadingProgressLine`).
    static func loadReportingProblems(path: String?, format: DatasetFormat?,
                                      showingProgress: Bool = false) throws(DatasetLoadError) -> LoadedDataset {
        let (file, shown) = try resolve(path: path)
        do {
            if showingProgress, let loaded = try LoadingProgressLine.loadIfBig(file: file, shown: shown, format: format) {
                return loaded
            }
            // Decoded under the name shown, so warnings say "stdin:" as errors do.
            return try DatasetLoader.decode(bytes: DatasetLoader.readFile(file), path: shown, format: format)
        } catch {
            report(error, shown: shown)
            throw error
        }
    }

    /// The file to read and the name to show for it.
    static func resolve(path: String?) throws(DatasetLoadError) -> (file: String, shown: String) {
        guard let file = path ?? BundledData.path else {
            let message = "no dataset given and \(BundledData.relativePath) was not found (looked from the current directory and from the executable upwards); use --data PATH or set TUMEN_DATA"
            printError("tumen: " + message)
            throw DatasetLoadError(exitCode: DatasetLoadError.noInput, problems: [DatasetProblem(file: "tumen", message: message)])
        }
        let shown = path == nil ? BundledData.displayPath(file) : file == DatasetLoader.standardInputPath ? "stdin" : file
        return (file, shown)
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
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((TextSanitizer.visibleKeepingNewlines(line) + "\n").utf8))
    }
}
