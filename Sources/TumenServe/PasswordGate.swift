import Crypto
import NIOCore
import NIOSSH

/// Who may log in. Without a password anyone may, under any user name: the content is
/// public, and students should not need accounts. With one, the password is compared in
/// constant time (of SHA-256 digests, so the length does not show either), each failure
/// is answered only after a delay, and a connection is closed after a few failures.
/// One gate per connection: the delay and the count are per connection.
final class PasswordGate: NIOSSHServerUserAuthenticationDelegate {
    static let failureDelay = TimeAmount.seconds(1)
    static let failuresBeforeClosing = 5

    private let expectedDigest: [UInt8]?
    private let onFailure: @Sendable (_ failures: Int) -> Void
    private var failures = 0
    /// Answers go out in the order requests came (the delegate's contract), even when a
    /// failure waits: each answer waits for the one before.
    private var previousAnswer: EventLoopFuture<Void>?

    init(password: String?, onFailure: @escaping @Sendable (_ failures: Int) -> Void) {
        expectedDigest = password.map { Array(SHA256.hash(data: Array($0.utf8))) }
        self.onFailure = onFailure
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { .password }

    func requestReceived(
        request: NIOSSHUserAuthenticationRequest,
        responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
    ) {
        let outcome = decide(request.request)
        let loop = responsePromise.futureResult.eventLoop
        let ready = previousAnswer ?? loop.makeSucceededVoidFuture()
        let answered: EventLoopFuture<Void>
        switch outcome {
        case .success, .partialSuccess:
            answered = ready.map { responsePromise.succeed(outcome) }
        case .failure where !Self.isAttempt(request.request):
            answered = ready.map { responsePromise.succeed(.failure) }
        case .failure:
            failures += 1
            let count = failures
            let onFailure = self.onFailure
            answered = ready.flatMap {
                loop.scheduleTask(in: Self.failureDelay) {
                    responsePromise.succeed(.failure)
                    onFailure(count)
                }.futureResult
            }
        }
        previousAnswer = answered
    }

    private func decide(_ request: NIOSSHUserAuthenticationRequest.Request) -> NIOSSHUserAuthenticationOutcome {
        guard let expectedDigest else { return .success }
        guard case .password(let given) = request else { return .failure }
        let digest = Array(SHA256.hash(data: Array(given.password.utf8)))
        return Self.constantTimeEqual(digest, expectedDigest) ? .success : .failure
    }

    /// A password tried, as opposed to "none" (a client asking which methods there are)
    /// or a public key offered (students have none set up for this server).
    static func isAttempt(_ request: NIOSSHUserAuthenticationRequest.Request) -> Bool {
        if case .password = request { return true }
        return false
    }

    /// Equal digests, in a time that does not depend on where they first differ.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
