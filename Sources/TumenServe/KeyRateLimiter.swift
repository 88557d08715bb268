/// How many key bytes a connection may send: a token bucket, so typing and a pasted
/// search are let through while a flood (a stuck key repeating, a program sending
/// garbage) is cut off. Bytes over the limit are dropped; a connection that keeps
/// sending past it is closed by the server (`isFlooding`). Time is passed in.
struct KeyRateLimiter: Sendable {
    /// Bytes a second, sustained.
    var rate: Double
    /// Bytes at once (a paste, a burst of arrow keys).
    var burst: Double
    /// Dropped bytes after which the connection counts as flooding.
    var floodLimit: Int

    private var tokens: Double
    private var last: Double?
    private(set) var dropped = 0

    init(rate: Double = 400, burst: Double = 4096, floodLimit: Int = 65_536) {
        self.rate = rate
        self.burst = burst
        self.floodLimit = floodLimit
        tokens = burst
    }

    /// How many of `count` bytes arriving at `now` (seconds) may be used.
    mutating func admit(_ count: Int, at now: Double) -> Int {
        if let last { tokens = min(burst, tokens + max(0, now - last) * rate) }
        last = now
        let allowed = min(count, Int(tokens))
        tokens -= Double(allowed)
        dropped += count - allowed
        return allowed
    }

    var isFlooding: Bool { dropped >= floodLimit }
}
