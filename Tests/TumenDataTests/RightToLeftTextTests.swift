import XCTest

@testable import TumenData

/// Arabic, Hebrew and Persian text carries direction marks and joiners as a matter of
/// course; a file holding them opens. The embeddings, overrides and isolates that can
/// reorder a line are still refused, with their place.
final class RightToLeftTextTests: XCTestCase {
    func timeline(_ headline: String) -> [UInt8] {
        let quoted = String(
            decoding: try! JSONSerialization.data(withJSONObject: [headline], options: []), as: UTF8.self)
        return Array(
            """
            {"title": {"text": {"headline": "RTL"}}, "events": [
            {"start_date": {"year": "2011"}, "text": {"headline": \(quoted.dropFirst().dropLast()), "text": "x"}}]}
            """.utf8)
    }

    func testMarksAndJoinersAreAccepted() throws {
        for text in ["مرحبا\u{200F} بالعالم", "שלום\u{200E} (2011)", "می\u{200C}خواهم", "क्\u{200D}ष", "\u{061C}١٢٣"] {
            let loaded = try DatasetLoader.decode(bytes: timeline(text), path: "rtl.json")
            XCTAssertEqual(loaded.dataset.events.first?.title, text)
        }
    }

    func testOverridesAndIsolatesAreRefused() {
        for scalar in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] as [UInt32] {
            let text = "abc" + String(Character(Unicode.Scalar(scalar)!)) + "def"
            XCTAssertThrowsError(
                try DatasetLoader.decode(bytes: timeline(text), path: "rtl.json"), String(scalar, radix: 16)
            ) { error in
                let message = (error as? DatasetLoadError)?.problems.first?.description ?? ""
                XCTAssertTrue(
                    message.contains("rtl.json:2:")
                        && message.contains("U+" + String(scalar, radix: 16, uppercase: true)), message)
            }
        }
    }
}

/// 5,000 copies of one slide: all kept, and one warning with the count.
final class DuplicateEventsTests: XCTestCase {
    func testRepeatedSlidesAreCountedInOneWarning() throws {
        let slide = #"{"start_date": {"year": "1815"}, "text": {"headline": "Waterloo", "text": "<p>Defeat.</p>"}}"#
        let other =
            #"{"start_date": {"year": "1815"}, "text": {"headline": "Waterloo", "text": "<p>Another text.</p>"}}"#
        let file =
            #"{"title": {"text": {"headline": "D"}}, "events": ["#
            + Array(repeating: slide, count: 5000).joined(separator: ",")
            + "," + other + "]}"
        let loaded = try DatasetLoader.decode(bytes: Array(file.utf8), path: "dup.json")
        XCTAssertEqual(loaded.dataset.events.count, 5001)
        XCTAssertEqual(Set(loaded.dataset.events.map(\.id)).count, 5001)
        XCTAssertEqual(
            loaded.warnings,
            [
                "dup.json: warning: 4999 events repeat an earlier one exactly (same date, headline and text); "
                    + "each is kept"
            ])
        let csv = "Year,Headline,Text\n1815,Waterloo,Defeat\n1815,Waterloo,Defeat\n"
        XCTAssertEqual(
            try DatasetLoader.decode(bytes: Array(csv.utf8), path: "s.csv").warnings.filter { $0.contains("repeat") },
            ["s.csv: warning: 1 event repeats an earlier one exactly (same date, headline and text); each is kept"])
    }
}
