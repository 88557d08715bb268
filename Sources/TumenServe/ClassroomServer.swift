import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH
import TumenData
import TumenModel
import TumenRender

/// `tumen serve`'s SSH server. Each connection gets the content note, then follows the
/// teacher's presentation or explores on its own (StudentChannel); the teacher's step
/// comes from the presenter's session file, read by `teacher` every few tens of
/// milliseconds and handed to every student through the hub.
///
/// Only what a terminal session needs is accepted: one session channel per connection
/// with a pseudo-terminal and a shell. Commands, subsystems (sftp), port forwarding in
/// either direction and environment variables other than TERM and LANG are refused and
/// logged; agent and X11 forwarding requests are refused by NIOSSH itself, since it
/// answers every request it does not know with a failure.
public final class ClassroomServer: Sendable {
    /// A connection that has not opened its session this long after connecting is closed.
    static let sessionDeadline = TimeAmount.seconds(30)

    private let shared: ClassroomContext
    private let hostKey: NIOSSHPrivateKey
    private let teacher: @Sendable () -> NotesSnapshot?
    private let group: MultiThreadedEventLoopGroup
    private let listening = NIOLockedValueBox<Channel?>(nil)
    private let poller = NIOLockedValueBox<RepeatedTask?>(nil)
    private let connections = NIOLockedValueBox(0)

    public init(
        configuration: ServeConfiguration, dataset: Dataset, deck: PresenterDeck, basemap: BasemapLoad,
        hostKey: HostKeyStore.Loaded, teacher: @escaping @Sendable () -> NotesSnapshot?,
        log: @escaping @Sendable (String) -> Void, statusChanged: @escaping @Sendable (ServeStatus) -> Void,
        clock: @escaping @Sendable () -> Double
    ) {
        let hub = ClassroomHub(maxClients: configuration.maxClients, statusChanged: statusChanged)
        shared = ClassroomContext(
            dataset: dataset, deck: deck, basemap: basemap, configuration: configuration,
            hub: hub, log: log, clock: clock)
        self.hostKey = hostKey.key
        self.teacher = teacher
        group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, System.coreCount))
    }

    public var status: ServeStatus { shared.hub.status }

    /// Binds and starts accepting; returns the port (useful with port 0).
    public func start() throws -> Int {
        let shared = self.shared
        let hostKey = self.hostKey
        let connections = self.connections
        // Beyond the students allowed, a few more connections may be in their handshake;
        // past that, new ones are closed at once.
        let connectionLimit = shared.configuration.maxClients + 16
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                let remote = Self.describe(channel.remoteAddress)
                let admitted = connections.withLockedValue { count -> Bool in
                    guard count < connectionLimit else { return false }
                    count += 1
                    return true
                }
                guard admitted else {
                    shared.log("refused \(remote): too many connections")
                    return channel.close()
                }
                channel.closeFuture.whenComplete { _ in connections.withLockedValue { $0 -= 1 } }
                return channel.eventLoop.makeCompletedFuture {
                    let record = ConnectionRecord(remote: remote)
                    let bound = NIOLoopBound(record, eventLoop: channel.eventLoop)
                    let gate = PasswordGate(password: shared.configuration.password) { failures in
                        shared.log("wrong password from \(remote) (\(failures) so far)")
                        if failures >= PasswordGate.failuresBeforeClosing { channel.close(promise: nil) }
                    }
                    let configuration = SSHServerConfiguration(
                        hostKeys: [hostKey], userAuthDelegate: gate,
                        globalRequestDelegate: ForwardingRefusal(shared: shared, remote: remote))
                    let handler = NIOSSHHandler(role: .server(configuration), allocator: channel.allocator) {
                        child, type in
                        Self.openChild(child, type: type, record: bound.value, shared: shared)
                    }
                    try channel.pipeline.syncOperations.addHandler(handler)
                    try channel.pipeline.syncOperations.addHandler(CloseOnError())
                    channel.eventLoop.assumeIsolated().scheduleTask(in: Self.sessionDeadline) {
                        if !bound.value.sessionOpened { channel.close(promise: nil) }
                    }
                }
            }
        let channel = try bootstrap.bind(host: shared.configuration.host, port: shared.configuration.port).wait()
        listening.withLockedValue { $0 = channel }
        let teacher = self.teacher
        let hub = shared.hub
        let task = group.next().scheduleRepeatedTask(
            initialDelay: .zero,
            delay: .milliseconds(shared.configuration.pollMilliseconds)
        ) { _ in
            hub.teacherPublished(teacher())
        }
        poller.withLockedValue { $0 = task }
        return channel.localAddress?.port ?? shared.configuration.port
    }

    /// Says `message` to every student, closes every connection and the listening socket,
    /// and stops the threads. Returns when all is closed (or after a few seconds).
    public func stop(saying message: String) {
        poller.withLockedValue { $0?.cancel() }
        let channel = listening.withLockedValue { $0 }
        try? channel?.close().wait()
        shared.hub.stopAll(saying: message)
        // Let the goodbyes go out before the connections are torn down.
        let deadline = NIODeadline.now() + .seconds(2)
        while connections.withLockedValue({ $0 }) > 0, NIODeadline.now() < deadline {
            usleep(20_000)
        }
        try? group.syncShutdownGracefully()
    }

    /// Blocks until the listening socket closes.
    public func wait() {
        let channel = listening.withLockedValue { $0 }
        try? channel?.closeFuture.wait()
    }

    private static func openChild(
        _ child: Channel, type: SSHChannelType, record: ConnectionRecord,
        shared: ClassroomContext
    ) -> EventLoopFuture<Void> {
        switch type {
        case .session where !record.sessionOpened:
            record.sessionOpened = true
            return child.eventLoop.makeCompletedFuture {
                try child.pipeline.syncOperations.addHandler(StudentChannel(shared: shared, connection: record))
            }
        case .session:
            shared.log("refused a second session from \(record.remote)")
        case .directTCPIP(let target):
            shared.log(
                "refused port forwarding to "
                    + "\(ServeLog.visible(target.targetHost, limit: 60)):\(target.targetPort) from \(record.remote)"
            )
        case .forwardedTCPIP:
            shared.log("refused a forwarded-tcpip channel from \(record.remote)")
        }
        return child.eventLoop.makeFailedFuture(Refused())
    }

    static func describe(_ address: SocketAddress?) -> String {
        guard let address else { return "an unknown address" }
        if let ip = address.ipAddress, let port = address.port {
            return address.protocol == .inet6 ? "[\(ip)]:\(port)" : "\(ip):\(port)"
        }
        return "\(address)"
    }

    struct Refused: Error {}
}

/// `ssh -R`: asks the server to listen for the client. Refused, and logged.
struct ForwardingRefusal: GlobalRequestDelegate {
    let shared: ClassroomContext
    let remote: String

    func tcpForwardingRequest(
        _ request: GlobalRequest.TCPForwardingRequest, handler: NIOSSHHandler,
        promise: EventLoopPromise<GlobalRequest.TCPForwardingResponse>
    ) {
        if case .listen(let host, let port) = request {
            shared.log("refused remote port forwarding (\(ServeLog.visible(host, limit: 60)):\(port)) from \(remote)")
        }
        promise.fail(ClassroomServer.Refused())
    }
}

/// A connection whose SSH handling fails (garbage instead of SSH, a broken handshake) is
/// closed rather than left open.
final class CloseOnError: ChannelInboundHandler, Sendable {
    typealias InboundIn = Any

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
