import FoundationEssentials
import Glibc

/// Writes a command's output file without harming what is already there. A regular
/// file is replaced atomically (a temporary file beside it, then a rename), keeping its
/// permissions. A character device or a FIFO (`/dev/stdout`, a named pipe) is written
/// through, never replaced: `-o /dev/null --force` once turned a machine's /dev/null into
/// a plain file. A symbolic link is followed, so its target is written and the link
/// stays. Anything else (a directory, a block device, a socket) is refused.
struct OutputFile {
    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    /// What is at a path, following symbolic links, or nil when nothing is.
    enum Kind: Equatable {
        case regular(mode: mode_t)
        case characterDevice, fifo, directory, other
    }

    let path: String

    /// The path a link points to (followed to the end; a dangling link names the file to create).
    var resolvedPath: String {
        var current = path
        for _ in 0..<40 {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                return current
            }
            current =
                target.hasPrefix("/")
                ? target
                : (URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).path)
        }
        return current
    }

    var kind: Kind? {
        var info = stat()
        guard stat(resolvedPath, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(mode: info.st_mode & 0o7777)
        case S_IFCHR: return .characterDevice
        case S_IFIFO: return .fifo
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// True when writing would replace a file's content (the case `--force` is for).
    var replacesAFile: Bool {
        if case .regular = kind { return true }
        return false
    }

    func write(_ bytes: [UInt8]) throws(Refusal) {
        let target = resolvedPath
        switch kind {
        case .characterDevice, .fifo:
            try writeThrough(bytes, to: target)
        case .regular(let mode):
            try replace(target, with: bytes, mode: mode)
        case nil:
            try replace(target, with: bytes, mode: nil)
        case .directory:
            throw Refusal(description: "\(path) is a directory")
        case .other:
            throw Refusal(description: "\(path) is not a regular file, a character device or a FIFO")
        }
    }

    private func writeThrough(_ bytes: [UInt8], to target: String) throws(Refusal) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Refusal(description: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor)
    }

    private func replace(_ target: String, with bytes: [UInt8], mode: mode_t?) throws(Refusal) {
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        var template = Array((folder + "/.tumen-output-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw Refusal(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        let temporary = String(cString: template)
        do throws(Refusal) {
            // mkstemp makes the file 0600; a new file gets the usual 0666 less the umask,
            // a replaced one keeps the permissions it had.
            let umaskValue = umask(0)
            umask(umaskValue)
            fchmod(descriptor, mode ?? (0o666 & ~umaskValue))
            try writeAll(bytes, to: descriptor)
            guard fsync(descriptor) == 0, close(descriptor) == 0 else {
                throw Refusal(description: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            guard rename(temporary, target) == 0 else {
                throw Refusal(description: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Refusal) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Refusal(description: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }
}
