import Foundation
import XCTest

@testable import TumenModel

/// Search folds case, accents and width with the standard library's Unicode data (no ICU).
/// These are the answers Foundation's folding gave, for text from several scripts.
final class SearchFoldingTests: XCTestCase {
    func testFoldingMatchesWhatFoundationGave() {
        let expected: [(String, String)] = [
            ("Straße", "strasse"), ("STRASSE", "strasse"), ("Οδυσσεύς", "οδυσσευσ"), ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"),
            ("İstanbul", "istanbul"), ("ıstanbul", "ıstanbul"), ("Tūmen", "tumen"), ("ＴＵＭＥＮ", "tumen"),
            ("두만강", "두만강"), ("图们江", "图们江"), ("ﬁnance", "finance"), ("Đà Nẵng", "đa nang"),
            ("Łódź", "łodz"), ("Æsir", "æsir"), ("Ǆ", "ǆ"),
        ]
        for (text, folded) in expected {
            XCTAssertEqual(SearchFolding.fold(text), SearchFolding.fold(folded), text)
            XCTAssertEqual(SearchFolding.fold(text), folded, text)
        }
    }

    func testAFoldedQueryFindsItsText() {
        XCTAssertTrue(SearchFolding.fold("Die Straße nach Süden").contains(SearchFolding.fold("STRASSE")))
        XCTAssertTrue(SearchFolding.fold("Οδυσσεύς").contains(SearchFolding.fold("ΟΔΥΣΣΕΥΣ")))
        XCTAssertTrue(SearchFolding.fold("두만강 건너").contains(SearchFolding.fold("두만")))
    }
}

/// Half-width katakana fold to full-width, as Foundation's width-insensitive folding has
/// them; only their two sound marks differ: dropped here, as the combining marks are.
final class HalfWidthKatakanaFoldingTests: XCTestCase {
    func testEveryHalfWidthFormFoldsAsFoundationFoldsIt() throws {
        for value in 0xFF61...0xFF9D {
            let scalar = try XCTUnwrap(Unicode.Scalar(value))
            let text = String(scalar)
            let foundation = text.folding(
                options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            XCTAssertEqual(SearchFolding.fold(text), foundation, String(value, radix: 16))
        }
        XCTAssertEqual(SearchFolding.fold("\u{FF9E}\u{FF9F}"), "")
    }

    func testHalfAndFullWidthWordsFindEachOther() {
        XCTAssertEqual(SearchFolding.fold("ｶﾞｲﾄﾞ"), SearchFolding.fold("ガイド"))
        XCTAssertEqual(SearchFolding.fold("ﾄｳｷｮｳ"), "トウキョウ")
        XCTAssertTrue(SearchFolding.fold("｢ﾀｲﾑﾗｲﾝ｣の表示").contains(SearchFolding.fold("タイムライン")))
    }
}
