import FoundationEssentials

/// How far opening a file has got, for a progress line while a big file loads: bytes
/// parsed and events decoded so far. The loader writes it from its thread and the
/// terminal reads it from another, so it is behind a lock; it is written once per
/// event, a cost too small to measure beside decoding the event.
public final class LoadProgress: @unchecked Sendable {
    private let lock = ThreadLock()
    private var bytesParsed = 0
    private var eventsDecoded = 0
    public let totalBytes: Int

    public init(totalBytes: Int) {
        self.totalBytes = totalBytes
    }

    public var snapshot: (bytes: Int, events: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (bytesParsed, eventsDecoded)
    }

    func record(bytes: Int, events: Int) {
        lock.lock()
        bytesParsed = bytes
        eventsDecoded = events
        lock.unlock()
    }
}
