import FoundationEssentials
import Glibc
import TumenApp
import TumenData
import TumenServe

/// The server's terminal: a status line kept on standard output (rewritten in place on a
/// terminal, a new line per change otherwise, so a log file reads well) and log lines,
/// timestamped, on standard error. Called from the server's threads.
final class ServeConsole: Sendable {
    private let lock = ThreadLock()
    private let statusOnTerminal = isatty(STDOUT_FILENO) == 1
    private nonisolated(unsafe) var lastStatus = ""

    func banner(_ lines: [String]) {
        lock.withLock {
            write(STDOUT_FILENO, lines.joined(separator: "\n") + "\n")
            drawStatus()
        }
    }

    func show(_ status: ServeStatus) {
        lock.withLock {
            let line = ServeBanner.statusLine(status)
            guard line != lastStatus else { return }
            lastStatus = line
            drawStatus()
        }
    }

    func log(_ message: String) {
        lock.withLock {
            if statusOnTerminal, !lastStatus.isEmpty { write(STDOUT_FILENO, "\r\u{1B}[K") }
            write(STDERR_FILENO, Self.timestamp() + " " + message + "\n")
            if statusOnTerminal { drawStatus() }
        }
    }

    func finish() {
        lock.withLock {
            if statusOnTerminal, !lastStatus.isEmpty { write(STDOUT_FILENO, "\n") }
            write(STDOUT_FILENO, "Stopped.\n")
        }
    }

    private func drawStatus() {
        guard !lastStatus.isEmpty else { return }
        write(STDOUT_FILENO, statusOnTerminal ? "\r\u{1B}[K" + lastStatus : lastStatus + "\n")
    }

    private func write(_ descriptor: Int32, _ text: String) {
        StandardStreams.write(text, to: descriptor)
    }

    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }
}
