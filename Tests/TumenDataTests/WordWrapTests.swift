import Foundation
import XCTest

@testable import TumenData

final class WordWrapTests: XCTestCase {
    func testLinesFitTheirWidthAndKeepEveryCharacter() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab cdé 한국 中 x\u{301}y  🇰🇷\n")
        for _ in 0..<300 {
            let text = String(
                (0..<Int.random(in: 0...120, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            )
            for width in [1, 2, 3, 7, 20] {
                let lines = WordWrap.lines(text, width: width)
                for line in lines {
                    XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "\(text.debugDescription) at \(width)")
                }
                // Nothing but spaces and line breaks is lost (wide characters on a 1-column line aside).
                let kept = lines.joined().filter { $0 != " " }
                let expected = text.filter { $0 != " " && $0 != "\n" && (width > 1 || DisplayWidth.of($0) < 2) }
                XCTAssertEqual(kept, expected, "\(text.debugDescription) at \(width)")
            }
        }
    }

    /// One word of 800,000 characters used never to finish (each cut measured the rest
    /// again). Measured here, not a benchmark: ten times the text must not take much more
    /// than ten times as long.
    func testAVeryLongWordWrapsInLinearTime() {
        func seconds(_ count: Int) -> Double {
            let word = String(repeating: "x", count: count)
            let start = Date()
            let lines = WordWrap.lines(word, width: 80)
            XCTAssertEqual(lines.count, (count + 79) / 80)
            return Date().timeIntervalSince(start)
        }
        let small = seconds(80_000)
        let large = seconds(800_000)
        XCTAssertLessThan(large, max(0.05, small) * 30, "80k: \(small) s, 800k: \(large) s")
    }

    func testLongWordsAreCutWithTheirLength() {
        let address = "data:image/png;base64," + String(repeating: "A", count: 400_000)
        let text = WordWrap.shorteningLongWords("See \(address) here", unicode: true)
        XCTAssertTrue(text.hasPrefix("See data:image/png;base64,AAAA"))
        XCTAssertTrue(text.hasSuffix("… (400022 characters) here"), String(text.suffix(60)))
        XCTAssertLessThan(text.count, 700)
        XCTAssertEqual(WordWrap.shorteningLongWords("short words stay", unicode: false), "short words stay")
    }
}
