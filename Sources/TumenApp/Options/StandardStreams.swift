import Glibc

/// Writing to standard output and standard error, and reading a small file or standard
/// input, with the C library: what Foundation's FileHandle did here, without linking it.
package enum StandardStreams {
    package static func write(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    package static func writeError(_ text: String) { write(text, to: STDERR_FILENO) }

    /// Up to `limit` bytes of a file (`-`: standard input; pipes and devices too), or nil
    /// when it is missing, a directory or unreadable.
    package static func read(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let got = buffer.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress!, min($0.count, limit - bytes.count))
            }
            if got > 0 {
                bytes.append(contentsOf: buffer[0..<got])
            } else if got < 0, errno == EINTR {
                continue
            } else if got < 0 {
                return nil
            } else {
                break
            }
        }
        return bytes
    }
}

/// A thread of its own, with a stack of the size asked (the JSON parser recurses once per
/// nesting level, deeper than a default secondary thread's stack allows at the limit).
enum BackgroundThread {
    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    static func start(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(Work(body)).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(
            &thread, &attributes,
            { raw in
                Unmanaged<Work>.fromOpaque(raw!).takeRetainedValue().body()
                return nil
            }, context)
        if created == 0 {
            pthread_detach(thread)
        } else {
            // No thread: do the work here rather than not at all.
            Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
        }
    }
}
