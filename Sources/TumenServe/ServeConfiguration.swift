/// What `tumen serve` was asked for, with the limits that keep one classroom server
/// healthy whatever its clients do.
public struct ServeConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Nil: anyone may connect, under any user name.
    public var password: String?
    public var maxClients: Int
    /// A connection with no key pressed (and, while following, no step change) for this
    /// long is closed.
    public var idleSeconds: Double
    /// Terminal sizes are clamped to this: a huge window-change cannot make a connection
    /// hold a huge screen.
    public var maximumSize = (width: 300, height: 120)
    /// Key bytes a connection may send, sustained and in a burst (KeyRateLimiter).
    public var keyBytesPerSecond: Double = 400
    public var keyBurst: Double = 4096
    /// How often the teacher's session file is read for a new step.
    public var pollMilliseconds: Int64 = 40

    public init(
        host: String = "127.0.0.1", port: Int = 2222, password: String? = nil, maxClients: Int = 60,
        idleSeconds: Double = 30 * 60
    ) {
        self.host = host
        self.port = port
        self.password = password
        self.maxClients = maxClients
        self.idleSeconds = idleSeconds
    }
}
