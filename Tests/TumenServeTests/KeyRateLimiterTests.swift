import XCTest

@testable import TumenServe

final class KeyRateLimiterTests: XCTestCase {
    func testTypingAndAPasteGoThroughAFloodIsCutAndCounted() {
        var limiter = KeyRateLimiter(rate: 400, burst: 4096, floodLimit: 10_000)
        XCTAssertEqual(limiter.admit(3, at: 0), 3, "a key")
        XCTAssertEqual(limiter.admit(4000, at: 0.01), 4000, "a paste within the burst")
        XCTAssertEqual(
            limiter.admit(4000, at: 0.02), 100, "the rest of the bucket (the burst is the most it holds), then nothing")
        XCTAssertEqual(limiter.admit(10, at: 0.02), 0)
        XCTAssertEqual(limiter.admit(100, at: 0.27), 100, "a quarter second refills 100 bytes")
        XCTAssertFalse(limiter.isFlooding)
        for step in 0..<10 { _ = limiter.admit(1000, at: 0.3 + Double(step) * 0.01) }
        XCTAssertTrue(limiter.isFlooding, "dropped \(limiter.dropped)")
    }

    func testTimeGoingBackwardsGivesNothingExtra() {
        var limiter = KeyRateLimiter(rate: 100, burst: 10, floodLimit: 1000)
        XCTAssertEqual(limiter.admit(10, at: 5), 10)
        XCTAssertEqual(limiter.admit(10, at: 1), 0)
    }
}
