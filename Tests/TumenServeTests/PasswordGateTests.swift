import NIOCore
import NIOEmbedded
import NIOSSH
import XCTest

@testable import TumenServe

final class PasswordGateTests: XCTestCase {
    /// "success", "failure", or nil while no answer has been given.
    private func answer(
        _ gate: PasswordGate, _ request: NIOSSHUserAuthenticationRequest.Request, loop: EmbeddedEventLoop
    ) -> String? {
        let promise = loop.makePromise(of: NIOSSHUserAuthenticationOutcome.self)
        gate.requestReceived(
            request: .init(username: "class", serviceName: "ssh-connection", request: request), responsePromise: promise
        )
        var outcome: String?
        promise.futureResult.whenSuccess {
            switch $0 {
            case .success: outcome = "success"
            case .failure: outcome = "failure"
            case .partialSuccess: outcome = "partial"
            }
        }
        loop.run()
        return outcome
    }

    func testWithoutAPasswordAnyoneGetsIn() {
        let loop = EmbeddedEventLoop()
        let gate = PasswordGate(password: nil) { _ in XCTFail("no failures without a password") }
        XCTAssertEqual(answer(gate, .none, loop: loop), "success")
        XCTAssertEqual(answer(gate, .password(.init(password: "anything")), loop: loop), "success")
    }

    func testAWrongPasswordIsAnsweredOnlyAfterTheDelayAndCounted() {
        let loop = EmbeddedEventLoop()
        let failures = FailureCount()
        let gate = PasswordGate(password: "sesame") { failures.value = $0 }
        XCTAssertEqual(answer(gate, .none, loop: loop), "failure", "asking which methods there are is no attempt")
        XCTAssertEqual(failures.value, 0)
        XCTAssertNil(answer(gate, .password(.init(password: "sesam")), loop: loop), "not answered yet")
        loop.advanceTime(by: .milliseconds(999))
        XCTAssertEqual(failures.value, 0)
        loop.advanceTime(by: .milliseconds(1))
        XCTAssertEqual(failures.value, 1)
        // The right password, asked while nothing waits: at once.
        XCTAssertEqual(answer(gate, .password(.init(password: "sesame")), loop: loop), "success")
    }

    func testAnswersKeepTheOrderOfRequests() {
        let loop = EmbeddedEventLoop()
        let gate = PasswordGate(password: "sesame") { _ in }
        var order: [String] = []
        for word in ["wrong", "sesame"] {
            let promise = loop.makePromise(of: NIOSSHUserAuthenticationOutcome.self)
            gate.requestReceived(
                request: .init(username: "u", serviceName: "s", request: .password(.init(password: word))),
                responsePromise: promise)
            promise.futureResult.whenSuccess { _ in order.append(word) }
        }
        loop.run()
        XCTAssertEqual(order, [], "the success waits for the failure before it")
        loop.advanceTime(by: .seconds(1))
        XCTAssertEqual(order, ["wrong", "sesame"])
    }

    func testConstantTimeComparison() {
        XCTAssertTrue(PasswordGate.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        XCTAssertFalse(PasswordGate.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        XCTAssertFalse(PasswordGate.constantTimeEqual([1, 2, 3], [1, 2]))
    }
}

private final class FailureCount: @unchecked Sendable {
    var value = 0
}
