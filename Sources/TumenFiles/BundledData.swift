import FoundationEssentials
import Glibc
import TumenData

/// Finds the bundled dataset, data/tumen.json, wherever Tumen was started from.
public enum BundledData {
    public static let relativePath = "data/tumen.json"

    /// The first candidate that exists, or nil (then the built-in copy is used). $TUMEN_DATA, when set, is the only
    /// candidate, so a wrong override is reported rather than silently ignored.
    public static var path: String? {
        let candidates = candidates()
        if candidates.count == 1 { return candidates[0] }
        return candidates.first(where: PathText.exists)
    }

    /// Where to look, in order: $TUMEN_DATA alone when set; otherwise the current
    /// directory and each one above it (running from inside the clone), then the
    /// executable's directory and each one above it (`swift run` puts it in
    /// .build/debug), each with data/tumen.json or share/tumen/tumen.json.
    public static func candidates(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = PathText.currentDirectory(),
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
        for start in [currentDirectory, PathText.parent(executable)] {
            var directory = PathText.standardized(start)
            for _ in 0..<8 {
                candidates += relativePaths.map { PathText.join(directory, $0) }
                let parent = PathText.parent(directory)
                if parent == directory { break }
                directory = parent
            }
        }
        return candidates
    }

    /// The running executable, resolved through symlinks (an installed `tumen`
    /// in /usr/local/bin may link into the clone).
    public static func executablePath() -> String {
        PathText.resolved("/proc/self/exe") ?? PathText.resolved(CommandLine.arguments.first ?? "")
            ?? CommandLine.arguments.first ?? ""
    }

    /// The path to show a user: relative to the current directory when inside it.
    public static func displayPath(_ path: String, currentDirectory: String = PathText.currentDirectory()) -> String {
        // From / every absolute path is "inside"; "work/data/tumen.json" would read as relative.
        if currentDirectory == "/" { return path }
        let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
