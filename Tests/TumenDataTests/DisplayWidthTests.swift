import XCTest

@testable import TumenData

/// Widths per grapheme cluster, as a terminal lays them out.
final class DisplayWidthTests: XCTestCase {
    func testEachKindOfCharacter() {
        let cases: [(String, Int)] = [
            ("a", 1), ("é", 1), ("e\u{301}", 1), ("한", 2), ("\u{1100}\u{1161}\u{11A8}", 2), ("中", 2), ("Ａ", 2),
            ("🇰🇷", 2), ("🇰", 1), ("👍", 2), ("👍🏽", 2), ("👩\u{200D}👩\u{200D}👧", 2), ("❤️", 2), ("1️⃣", 2),
            ("🚀", 2), ("\u{200F}", 0), ("\u{200D}", 0), ("ก", 1), ("กิ", 1), ("ع", 1), ("क्ष", 1),
        ]
        for (text, width) in cases {
            XCTAssertEqual(text.count, 1, "\(text.debugDescription) is one character")
            XCTAssertEqual(DisplayWidth.of(Character(text)), width, text.debugDescription)
        }
        XCTAssertEqual(DisplayWidth.of("Korea 🇰🇷 | 한국"), 15)
    }
}
