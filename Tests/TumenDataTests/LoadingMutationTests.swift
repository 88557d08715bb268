import TumenFixtures
import XCTest

@testable import TumenData

/// A small, deterministic fuzz: thousands of damaged copies of a valid dataset go
/// through the loader in-process. A crash fails the run; every refusal must name a
/// real position and print safely.
final class LoadingMutationTests: XCTestCase {
    /// A fixed-seed generator, so a failure can be replayed.
    typealias SplitMix = SeededGenerator

    static let nasty: [[UInt8]] = [
        [0], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x1B, 0x5B, 0x32, 0x4A], Array("\\u0000".utf8),
        Array("\\ud800".utf8), Array("{".utf8), Array("[".utf8), Array("\"".utf8), Array(",".utf8),
        Array("1e999".utf8), Array("-".utf8), Array("null".utf8), Array("\u{202E}".utf8), [0x0A],
    ]

    /// One to four random changes: a byte replaced, a run cut out, a nasty sequence put
    /// in, the rest cut off, or a run repeated elsewhere.
    static func damaged(_ original: [UInt8], using random: inout SplitMix) -> [UInt8] {
        var bytes = original
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            case 2: bytes.insert(contentsOf: Self.nasty.randomElement(using: &random)!, at: at)
            case 3: bytes = Array(bytes.prefix(at))
            default:
                let from = Int.random(in: 0..<bytes.count, using: &random)
                bytes.insert(contentsOf: bytes[from..<min(bytes.count, from + 60)], at: at)
            }
            if bytes.isEmpty { break }
        }
        return bytes
    }

    func testDamagedDatasetsNeverCrashTheLoader() {
        let original = Array(CanonicalJSONWriter.write(SampleDataset.dataset).utf8)
        var random = SplitMix(seed: 2026)
        var refused = 0
        for round in 0..<1500 {
            let bytes = Self.damaged(original, using: &random)
            do {
                _ = try DatasetLoader.decode(bytes: bytes, path: "fuzz.json")
            } catch {
                refused += 1
                XCTAssertEqual(error.exitCode, 65, "round \(round)")
                XCTAssertFalse(error.problems.isEmpty, "round \(round)")
                let lines = bytes.filter { $0 == 0x0A }.count + 1
                for problem in error.problems {
                    XCTAssertTrue((1...lines).contains(problem.line ?? 1), "round \(round): \(problem)")
                    XCTAssertGreaterThanOrEqual(problem.column ?? 1, 1, "round \(round): \(problem)")
                    XCTAssertFalse(
                        TextSanitizer.containsControlCharacters(problem.description), "round \(round): \(problem)")
                }
            }
        }
        // Most damage must be caught; a few flips land in text and stay valid.
        XCTAssertGreaterThan(refused, 1000)
    }
}
