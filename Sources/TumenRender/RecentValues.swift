import TumenData

/// The last few values a renderer worked out, most recently used first, safe to share
/// between threads. The caches between frames (`BasemapRasterCache`,
/// `TimelineLaneLayerCache`, `RouteGeometryCache`) keep their entries here: each entry
/// holds what it was worked out from, so a match returns exactly what working it out
/// again would.
final class RecentValues<Entry>: @unchecked Sendable {
    private var entries: [Entry] = []
    private let capacity: Int
    private let lock = ThreadLock()

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The first entry `matches` accepts, or the one `make` works out (outside the lock,
    /// so a slow `make` does not hold other threads up), kept for next time.
    func entry(matching matches: (Entry) -> Bool, orMake make: () -> Entry) -> Entry {
        lock.lock()
        if let index = entries.firstIndex(where: matches) {
            let entry = entries.remove(at: index)
            entries.insert(entry, at: 0)
            lock.unlock()
            return entry
        }
        lock.unlock()
        let entry = make()
        lock.lock()
        entries.insert(entry, at: 0)
        if entries.count > capacity { entries.removeLast() }
        lock.unlock()
        return entry
    }

    func removeAll() {
        lock.lock()
        entries.removeAll()
        lock.unlock()
    }
}
