import ArgumentParser
import TumenData
import TumenFiles
import TumenModel

/// Tumen's version. Change it here for a release; `tumen --version`, the man page and the
/// Debian package (scripts/make-deb.sh reads `tumen --version`) follow.
public enum TumenVersion {
    public static let number = "0.9.0"
}

/// `tumen version` (and `tumen --version`): the version, then the dataset that would be
/// opened, its title and the dates its events span (the format has no date of its own).
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Print the version and the dataset's title and dates.",
        discussion:
            "The same as tumen --version. Reads --data, else $TUMEN_DATA, else the dataset built into the binary."
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        print(Self.text(data: dataOptions.data, format: dataOptions.datasetFormat))
    }

    static func text(data: String? = nil, format: DatasetFormat? = nil) -> String {
        var lines = ["tumen \(TumenVersion.number)"]
        let file = data ?? BundledData.path
        let loaded: LoadedDataset
        do throws(DatasetLoadError) {
            if let file {
                loaded = try DatasetLoader.decode(
                    bytes: try DatasetLoader.readFile(file), path: file, format: format)
            } else {
                loaded = try BuiltInData.load(path: BundledData.relativePath)
            }
        } catch {
            lines.append("dataset: \(file ?? BundledData.relativePath) does not load (tumen validate says why)")
            return lines.joined(separator: "\n")
        }
        let where_ = file.map { BundledData.displayPath($0) } ?? "\(BundledData.relativePath), built in"
        lines.append("dataset: \(loaded.dataset.title) (\(where_))")
        let dates = loaded.dataset.events.map(\.date)
        if let first = dates.min(), let last = dates.max() {
            lines.append(
                "dates: \(first.start.description) – \((last.end ?? last.start).description), "
                    + "\(dates.count) events")
        }
        return lines.joined(separator: "\n")
    }
}
