import Glibc
import TumenData
import TumenFiles

/// `swift run TumenEmbed DATASET`: prints the Swift source that builds DATASET already
/// decoded (DatasetSwiftSource), for scripts/embed-data.sh to write to
/// Sources/TumenBuiltIn/BuiltInDataset.swift. A dataset with problems is refused.
@main
enum Main {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 1, let path = arguments.first else {
            writeError("usage: TumenEmbed DATASET\n")
            exit(64)
        }
        do {
            let loaded = try DatasetLoader.load(path: path)
            guard loaded.warnings.isEmpty else {
                writeError(loaded.warnings.joined(separator: "\n") + "\n")
                writeError("TumenEmbed: the built-in dataset must load with no warning\n")
                exit(65)
            }
            print(DatasetSwiftSource.file(for: loaded.dataset, from: path), terminator: "")
        } catch {
            writeError(error.problems.map(\.description).joined(separator: "\n") + "\n")
            exit(error.exitCode)
        }
    }
}

private func writeError(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
}
