import FoundationEssentials
import Glibc
import TumenData
import TumenModel

/// The presenter and `tumen notes` meet in a small JSON file per session, in
/// `$XDG_RUNTIME_DIR/tumen/` (else `/tmp/tumen-UID/`, made private to the user). The
/// presenter replaces the whole file by rename after every change, so a reader never sees
/// half a file; the notes window polls it, so either can start first.
///
/// A session is named by `--session NAME`, or after the dataset file and the lesson
/// ("tumen-escape-route"), so two presenters on one machine keep apart unless they show
/// the same lesson of the same dataset (then give each a --session).
public struct NotesSync: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The folder for this user: $XDG_RUNTIME_DIR/tumen when set, else /tmp/tumen-UID.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty { return runtime + "/tumen" }
        return "/tmp/tumen-\(getuid())"
    }

    /// "tumen-escape-route": the dataset file's name and the lesson, or "all-events".
    public static func sessionName(dataPath: String, lesson: String?) -> String {
        let stem = URL(fileURLWithPath: dataPath).deletingPathExtension().lastPathComponent
        return safeName(stem + "-" + (lesson ?? "all-events"))
    }

    /// True for names a user may give with --session: letters, digits, `-`, `_` and `.`,
    /// not starting with a dot (it becomes a file name).
    public static func isValidSessionName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 100 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { $0.isASCII && SessionNameCharacters.isAllowed($0) }
    }

    static func safeName(_ text: String) -> String {
        let mapped = String(
            String.UnicodeScalarView(
                text.lowercased().unicodeScalars.map {
                    SessionNameCharacters.isAllowed($0) && $0 != "." ? $0 : "-"
                }))
        return mapped.isEmpty ? "session" : String(mapped.prefix(100))
    }

    public func path(session: String) -> String { directory + "/" + session + ".json" }

    /// Replaces the session's file atomically (write a temporary file, then rename).
    public func write(_ snapshot: NotesSnapshot) throws {
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(snapshot)
        let target = path(session: snapshot.session)
        let temporary = target + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw POSIXError(.EIO)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(atPath: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    /// The session's latest snapshot, or nil when there is none yet (or it is unreadable,
    /// which the next poll will retry).
    public func read(session: String) -> NotesSnapshot? {
        guard let data = FileManager.default.contents(atPath: path(session: session)),
            let snapshot = try? JSONDecoder().decode(NotesSnapshot.self, from: data),
            snapshot.version == NotesSnapshot.currentVersion
        else { return nil }
        return snapshot
    }

    /// A classroom server (`tumen serve`) following a session leaves how many students
    /// follow it beside the session's file, with its process id, so a presenter shows the
    /// count and ignores a file a stopped server left behind.
    public func audiencePath(session: String) -> String { directory + "/" + session + ".audience" }

    public func writeAudience(_ count: Int, session: String) throws {
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let target = audiencePath(session: session)
        let temporary = target + ".tmp-\(getpid())"
        let text = "\(count) \(getpid())\n"
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]),
            rename(temporary, target) == 0
        else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw POSIXError(.EIO)
        }
    }

    public func removeAudience(session: String) {
        try? FileManager.default.removeItem(atPath: audiencePath(session: session))
    }

    /// Students following the session, or nil when no running server follows it.
    public func readAudience(session: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: audiencePath(session: session)) else { return nil }
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let count = Int(fields[0]), let pid = Int32(fields[1]), count >= 0,
            kill(pid, 0) == 0 || errno == EPERM
        else { return nil }
        return count
    }

    /// Sessions with a file, most recently updated first.
    public func sessions() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
        func modified(_ name: String) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: directory + "/" + name))?[.modificationDate] as? Date)
                ?? .distantPast
        }
        return files.map { ($0, modified($0)) }.sorted { $0.1 > $1.1 }.map { String($0.0.dropLast(5)) }
    }
}

/// Characters allowed in session names (ASCII letters and digits, `-`, `_`, `.`).
enum SessionNameCharacters {
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": return true
        default: return false
        }
    }
}
