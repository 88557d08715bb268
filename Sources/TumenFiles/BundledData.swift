import FoundationEssentials
import Glibc
import TumenData

/// Finds the bundled dataset, data/tumen.json, wherever Tumen was started from.
public enum BundledData {
    public static let relativePath = "data/tumen.json"

    /// The copy built into the binary (scripts/embed-data.sh): what a command opens when
    /// no dataset is given and `path` is nil, shown under `relativePath`.
    public static var embeddedBytes: [UInt8] { EmbeddedFiles.dataset }

    /// The first candidate that exists, or nil (then the built-in copy is used). $TUMEN_DATA, when set, is the only
    /// candidate, so a wrong override is reported rather than silently ignored.
    public static var path: String? {
        let candidates = candidates()
        if candidates.count == 1 { return candidates[0] }
        return candidates.first(where: { FileManager.default.fileExists(atPath: $0) })
    }

    /// Where to look, in order: $TUMEN_DATA alone when set; otherwise the current
    /// directory and each one above it (running from inside the clone), then the
    /// executable's directory and each one above it (`swift run` puts it in
    /// .build/debug), each with data/tumen.json or share/tumen/tumen.json.
    public static func candidates(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executable: String = executablePath()
    ) -> [String] {
        if let override = environment["TUMEN_DATA"], !override.isEmpty { return [override] }
        return upwards(
            finding: [relativePath, "share/tumen/tumen.json"], currentDirectory: currentDirectory,
            executable: executable)
    }

    /// Each of `relativePaths` in the current directory and each one above it, then in
    /// the executable's directory and each one above it (at most eight levels each).
    static func upwards(finding relativePaths: [String], currentDirectory: String, executable: String) -> [String] {
        var candidates: [String] = []
        for start in [
            URL(fileURLWithPath: currentDirectory), URL(fileURLWithPath: executable).deletingLastPathComponent(),
        ] {
            var directory = start.standardizedFileURL
            for _ in 0..<8 {
                candidates += relativePaths.map { directory.appendingPathComponent($0).path }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return candidates
    }

    /// The running executable, resolved through symlinks (an installed `tumen`
    /// in /usr/local/bin may link into the clone).
    public static func executablePath() -> String {
        let procLink = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        if procLink != "/proc/self/exe" { return procLink }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().path
    }

    /// The path to show a user: relative to the current directory when inside it.
    public static func displayPath(_ path: String, currentDirectory: String = FileManager.default.currentDirectoryPath)
        -> String
    {
        // From / every absolute path is "inside"; "work/data/tumen.json" would read as relative.
        if currentDirectory == "/" { return path }
        let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
