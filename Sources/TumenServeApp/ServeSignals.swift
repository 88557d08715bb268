import Dispatch
import FoundationEssentials
import Glibc
import TumenData

/// SIGINT, SIGTERM and SIGHUP stop `tumen serve` cleanly: the signals are taken from
/// their default (dying at once) before the server starts, and `wait()` returns the
/// name of the first that arrives, so the server can say goodbye to every student.
final class ServeSignals: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let lock = ThreadLock()
    private var received: String?
    private var sources: [DispatchSourceSignal] = []

    init() {
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.arrived(name) }
            source.resume()
            sources.append(source)
        }
    }

    private func arrived(_ name: String) {
        let first = lock.withLock { () -> Bool in
            guard received == nil else { return false }
            received = name
            return true
        }
        if first { semaphore.signal() }
    }

    func wait() -> String {
        semaphore.wait()
        return lock.withLock { received ?? "signal" }
    }
}
