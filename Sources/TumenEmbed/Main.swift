import Glibc
import TumenData
import TumenFiles

/// `swift run TumenEmbed DATASET BASEMAP`: prints the Swift source that builds DATASET
/// already decoded, with its route legs worked out over BASEMAP (DatasetSwiftSource), for
/// scripts/embed-data.sh to write to Sources/TumenBuiltIn/BuiltInDataset.swift. A dataset
/// with problems is refused.
@main
enum Main {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 2, let path = arguments.first, let basemapPath = arguments.last else {
            writeError("usage: TumenEmbed DATASET BASEMAP\n")
            exit(64)
        }
        do {
            let loaded = try DatasetLoader.load(path: path)
            guard loaded.warnings.isEmpty else {
                writeError(loaded.warnings.joined(separator: "\n") + "\n")
                writeError("TumenEmbed: the built-in dataset must load with no warning\n")
                exit(65)
            }
            let basemap = BasemapLoader.load(path: basemapPath)
            guard let map = basemap.basemap else {
                writeError("TumenEmbed: \(basemap.notice ?? "no basemap at \(basemapPath)")\n")
                exit(66)
            }
            let geometry = RouteGeometry(dataset: loaded.dataset, basemap: map)
            print(
                DatasetSwiftSource.file(for: loaded.dataset, routeGeometry: geometry, from: path), terminator: "")
        } catch {
            writeError(error.problems.map(\.description).joined(separator: "\n") + "\n")
            exit(error.exitCode)
        }
    }
}

private func writeError(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
}
