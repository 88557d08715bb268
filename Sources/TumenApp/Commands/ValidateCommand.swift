import ArgumentParser
import TumenData
import TumenModel

/// `tumen validate [PATH]`: checks a dataset and says whether it is valid.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset file and list every problem in it.",
        discussion: """
            Prints a one-line summary and exits 0 when the dataset is valid. Otherwise prints \
            each problem as FILE:LINE:COLUMN: what is wrong (field path) and exits 65 (bad data) \
            or 66 (missing or unreadable file). Warnings (such as unknown fields) do not fail it.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "Dataset file, or - for standard input (default: --data, else the bundled data/tumen.json).",
            valueName: "path"))
    var path: String?

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let loaded: LoadedDataset
        do {
            loaded = try DataOptions.loadReportingProblems(
                path: path ?? dataOptions.data, format: dataOptions.datasetFormat, checkingBuiltIn: true)
        } catch {
            // Bad content gets a count; a file that could not be read has said so already.
            if error.exitCode == DatasetLoadError.badData, let file = error.problems.first?.file {
                let count = error.problems.count
                DataOptions.printError(
                    TextSanitizer.visible("\(file): \(count) problem\(count == 1 ? "" : "s") — not valid"))
            }
            throw ExitCode(error.exitCode)
        }
        for warning in loaded.warnings { DataOptions.printError(warning) }
        print(Self.summary(loaded))
    }

    /// "data/tumen.json: 48 events, 30 places, 4 routes, 2 lessons, 5 sources — valid".
    static func summary(_ loaded: LoadedDataset) -> String {
        let d = loaded.dataset
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var parts = [
            count(d.events.count, "event"), count(d.places.count, "place"), count(d.routes.count, "route"),
            count(d.lessons.count, "lesson"), count(d.sources.count, "source"),
        ]
        if !loaded.warnings.isEmpty { parts.append(count(loaded.warnings.count, "warning")) }
        let format = loaded.format == .tumen ? "" : " (\(loaded.format.displayName))"
        return TextSanitizer.visible("\(loaded.path)\(format): \(parts.joined(separator: ", ")) — valid")
    }
}
