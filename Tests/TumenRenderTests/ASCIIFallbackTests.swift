import XCTest

@testable import TumenRender

/// Outside a UTF-8 locale each cell shows ASCII of the same width, never nothing.
final class ASCIIFallbackTests: XCTestCase {
    func testEachCharacterHasAnASCIIFormOfItsWidth() {
        let cases: [(String, Int, String)] = [
            ("a", 1, "a"), ("–", 1, "-"), ("—", 1, "-"), ("‘", 1, "'"), ("”", 1, "\""), ("…", 1, "."),
            ("é", 1, "e"), ("Ū", 1, "U"), ("e\u{301}", 1, "e"), ("ø", 1, "o"), ("•", 1, "*"), ("─", 1, "-"),
            ("한", 2, "??"), ("中", 2, "??"), ("🇰🇷", 2, "??"), ("ع", 1, "?"), ("ก", 1, "?"),
        ]
        for (text, width, expected) in cases {
            let ascii = ASCIIFallback.text(text, width: width)
            XCTAssertEqual(ascii, expected, text)
            XCTAssertEqual(ascii.count, width)
            XCTAssertTrue(ascii.unicodeScalars.allSatisfy(\.isASCII))
        }
    }
}
