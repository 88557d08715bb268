import NIOCore
import NIOSSH
import TumenData
import TumenModel
import TumenRender

/// One student's session channel: the SSH requests a terminal makes (a pseudo-terminal,
/// a shell, window changes), refused requests for anything else, key bytes in and screens
/// out. Everything here runs on the connection's event loop.
///
/// Screens go out only when the client can take them: while the channel is not writable
/// (the client stopped reading) the screen is only marked out of date, and when it can
/// take bytes again it gets the difference between what it last received and the latest
/// screen, never a queue of old frames.
final class StudentChannel: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    /// At most this many frames a second per connection: a flood of keys cannot make one
    /// client take a whole core.
    static let minimumFrameInterval = 1.0 / 30
    /// A lone Esc is an Esc once nothing follows it this soon (as the local explorer).
    static let escapeDelay = TimeAmount.milliseconds(25)

    private let shared: ClassroomContext
    private let connection: ConnectionRecord
    private var context: ChannelHandlerContext?
    private var size = Size(width: 80, height: 24)
    /// A terminal was asked for (ssh -T, or input from a file, asks for none).
    private var hasTerminal = false
    private var unicode = true
    private var state: ClassroomState?
    private var studentID: Int?
    private var decoder = KeyByteDecoder()
    private var limiter: KeyRateLimiter
    private var encoder = RemoteFrameEncoder()
    private var theme = Theme.dark(unicode: true)
    /// This connection's own caches over the server's one basemap, so a class of students
    /// looking at different things do not push each other's rasters out.
    private let render: RenderContext
    private var sent: Screen?
    private var outOfDate = false
    private var paintQueued = false
    private var lastPaint = -Double.infinity
    private var lastActivity: Double
    private var escapeFlush: Scheduled<Void>?
    private var timers: [RepeatedTask] = []
    private var closing = false

    init(shared: ClassroomContext, connection: ConnectionRecord) {
        self.shared = shared
        self.connection = connection
        render = shared.render.forAnotherViewer()
        limiter = KeyRateLimiter(rate: shared.configuration.keyBytesPerSecond, burst: shared.configuration.keyBurst)
        lastActivity = shared.clock()
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        _ = context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        stopTimers()
        self.context = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        stopTimers()
        if let studentID { shared.hub.leave(studentID) }
        studentID = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    // MARK: Requests

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            size = shared.clamped(width: request.terminalCharacterWidth, height: request.terminalRowHeight)
            hasTerminal = true
            reply(request.wantReply, true)
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            let accepted = ["TERM", "LANG"].contains(request.name)
            if request.name == "LANG" { unicode = Self.isUTF8(locale: request.value) }
            if !accepted { refuse("environment variable \(request.name)") }
            reply(request.wantReply, accepted)
        case let request as SSHChannelRequestEvent.ShellRequest where !hasTerminal:
            refuse("a session without a terminal")
            reply(request.wantReply, true)
            close(
                saying:
                    "Tumen needs a terminal: connect from a terminal window (add -t if ssh says it will not "
                    + "allocate one)."
            )
        case let request as SSHChannelRequestEvent.ShellRequest:
            reply(request.wantReply, state == nil)
            if state == nil { start() }
        case let request as SSHChannelRequestEvent.ExecRequest:
            refuse("command \"\(ServeLog.visible(request.command, limit: 60))\"")
            reply(request.wantReply, false)
            close(saying: "Tumen runs no commands: connect with ssh and no command to join the class.")
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            refuse("subsystem \(ServeLog.visible(request.subsystem, limit: 30))")
            reply(request.wantReply, false)
            close(saying: nil)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            resize(shared.clamped(width: request.terminalCharacterWidth, height: request.terminalRowHeight))
        case let event as ChannelEvent where event == .inputClosed:
            close(saying: nil)
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    private func reply(_ wanted: Bool, _ success: Bool) {
        guard wanted, let context else { return }
        if success {
            context.triggerUserOutboundEvent(ChannelSuccessEvent(), promise: nil)
        } else {
            context.triggerUserOutboundEvent(ChannelFailureEvent(), promise: nil)
        }
    }

    private func refuse(_ what: String) {
        shared.log("refused \(what) from \(connection.remote)")
    }

    /// "30 minutes", "1 minute", "3 seconds".
    static func duration(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        if minutes >= 1 { return "\(minutes) minute\(minutes == 1 ? "" : "s")" }
        let whole = max(1, Int(seconds.rounded()))
        return "\(whole) second\(whole == 1 ? "" : "s")"
    }

    static func isUTF8(locale: String) -> Bool {
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    // MARK: The session

    private func start() {
        guard let context else { return }
        let now = shared.clock()
        let loop = context.eventLoop
        let bound = NIOLoopBound(self, eventLoop: loop)
        let student = ClassroomHub.Student(
            mode: .contentNote,
            deliver: { snapshot in loop.execute { bound.value.teacherMoved(snapshot) } },
            stop: { message in loop.execute { bound.value.close(saying: message) } })
        guard let id = shared.hub.join(student) else {
            shared.log("refused \(connection.remote): the class is full (\(shared.hub.maxClients) connected)")
            let count = shared.hub.maxClients
            close(
                saying: "The class is full: \(count) student\(count == 1 ? " is" : "s are") connected. Try again later."
            )
            return
        }
        studentID = id
        theme = .dark(unicode: unicode)
        encoder = RemoteFrameEncoder(asciiOnly: !unicode)
        var state = ClassroomState(dataset: shared.dataset, deck: shared.deck, size: size, now: now)
        state.teacherMoved(shared.hub.latest, at: now)
        self.state = state
        shared.hub.modeChanged(id, to: state.mode)
        paint()
        // Once a second: the followed clock moves, and idle connections are closed.
        timers.append(
            loop.scheduleRepeatedTask(initialDelay: .seconds(1), delay: .seconds(1)) { _ in
                bound.value.everySecond()
            })
    }

    private func everySecond() {
        guard var state else { return }
        let now = shared.clock()
        if now - lastActivity > shared.configuration.idleSeconds {
            let idle = Self.duration(shared.configuration.idleSeconds)
            shared.log("closed \(connection.remote): idle for \(idle)")
            close(saying: "Closed after \(idle) without a key. Connect again to rejoin.")
            return
        }
        if state.mode == .following, state.teacher?.timerRunningSince != nil {
            state.tick(at: now)
            self.state = state
            requestPaint()
        }
    }

    private func teacherMoved(_ snapshot: NotesSnapshot?) {
        guard var state else { return }
        let before = state.follower.current
        state.teacherMoved(snapshot, at: shared.clock())
        // A follower watching the steps go by is not idle.
        if state.mode == .following, state.follower.current != before { lastActivity = shared.clock() }
        self.state = state
        requestPaint()
    }

    private func resize(_ newSize: Size) {
        size = newSize
        guard var state else { return }
        state.resize(newSize)
        self.state = state
        requestPaint()
    }

    // MARK: Keys

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard case .byteBuffer(var buffer) = message.data, case .channel = message.type, state != nil, !closing else {
            return
        }
        let now = shared.clock()
        let arrived = buffer.readableBytes
        let allowed = limiter.admit(arrived, at: now)
        if limiter.isFlooding {
            shared.log("closed \(connection.remote): too many key bytes (\(limiter.dropped) dropped)")
            close(saying: "Closed: this connection sent keys faster than anyone types.")
            return
        }
        guard allowed > 0, let bytes = buffer.readBytes(length: allowed) else { return }
        lastActivity = now
        press(decoder.feed(bytes))
        escapeFlush?.cancel()
        if decoder.hasPending {
            let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
            escapeFlush = context.eventLoop.assumeIsolated().scheduleTask(in: Self.escapeDelay) {
                bound.value.press(bound.value.decoder.flush())
            }
        }
    }

    private func press(_ keys: [Key]) {
        guard var state, !keys.isEmpty else { return }
        let mode = state.mode
        for key in keys {
            state.press(key)
            if state.shouldQuit { break }
        }
        self.state = state
        if state.mode != mode, let studentID { shared.hub.modeChanged(studentID, to: state.mode) }
        if state.shouldQuit {
            close(saying: "Goodbye.")
        } else {
            requestPaint()
        }
    }

    // MARK: Screens out

    private func requestPaint() {
        guard !paintQueued, let context else { return }
        paintQueued = true
        let wait = max(0, lastPaint + Self.minimumFrameInterval - shared.clock())
        let bound = NIOLoopBound(self, eventLoop: context.eventLoop)
        context.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(Int64(wait * 1e9))) {
            bound.value.paintQueued = false
            bound.value.paint()
        }
    }

    private func paint() {
        guard let state, let context, !closing else { return }
        guard context.channel.isWritable else {
            outOfDate = true
            return
        }
        let screen = ClassroomView.render(state, theme: theme, context: render)
        // The first screen also switches the client to the alternate screen.
        let bytes = (sent == nil ? RemoteFrameEncoder.start : "") + encoder.update(from: sent, to: screen)
        sent = screen
        outOfDate = false
        lastPaint = shared.clock()
        if !bytes.isEmpty { send(bytes) }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable, outOfDate { requestPaint() }
        context.fireChannelWritabilityChanged()
    }

    private func send(_ text: String) {
        guard let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: text.utf8.count)
        buffer.writeString(text)
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(buffer))), promise: nil)
    }

    // MARK: Ending

    /// Puts the student's terminal back, says `message` on a line of its own, reports
    /// exit status 0 and closes the channel.
    func close(saying message: String?) {
        guard !closing, let context else { return }
        closing = true
        stopTimers()
        var text = state == nil ? "" : RemoteFrameEncoder.finish
        if let message { text += message + "\r\n" }
        if !text.isEmpty { send(text) }
        let channel = context.channel
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 0)).whenComplete { _ in
            channel.close(promise: nil)
        }
    }

    private func stopTimers() {
        for timer in timers { timer.cancel() }
        timers.removeAll()
        escapeFlush?.cancel()
    }
}
