import FoundationEssentials
import Glibc

/// Lines from standard input without blocking for ever, for a loop that must also watch
/// something else (the notes window polls the presenter's file between reads).
final class StandardInputLines {
    private var buffer: [UInt8] = []
    private(set) var atEnd = false

    /// The lines complete within `timeout` seconds (maybe none); at the end of input, the
    /// last unterminated line too.
    func read(timeout: Double) -> [String] {
        guard !atEnd else { return [] }
        var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        if poll(&poller, 1, Int32(timeout * 1000)) > 0 {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = Glibc.read(STDIN_FILENO, &chunk, chunk.count)
            if count > 0 { buffer += chunk[0..<count] } else if count == 0 || errno != EINTR { atEnd = true }
        }
        var lines: [String] = []
        while let newline = buffer.firstIndex(of: 0x0A) {
            lines.append(String(decoding: buffer[..<newline], as: UTF8.self))
            buffer.removeSubrange(...newline)
        }
        if atEnd, !buffer.isEmpty {
            lines.append(String(decoding: buffer, as: UTF8.self))
            buffer.removeAll()
        }
        return lines
    }
}
