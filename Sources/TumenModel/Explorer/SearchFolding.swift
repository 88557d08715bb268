@_spi(_Unicode) import Swift
import TumenData

/// Text compared the way a reader expects a search to work: case and accents ignored,
/// so "tumen" finds "Tūmen" and "TUMEN".
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        // ASCII (most text) folds to lower case, as Foundation's folding does, without
        // its cost: a search looks at every event, and 100,000 events must stay quick.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return foldingUnicode(text)
    }

    /// Case, accents and width folded by the standard library's own Unicode data: the
    /// canonical decomposition (NFD, which separates "ū" into "u" and a combining macron),
    /// without combining marks, full-width Latin letters and digits as their ASCII forms,
    /// half-width katakana as full-width,
    /// then case folded: upper case, then lower, so "ß" reads as "ss", a final "ς" as "σ"
    /// and the ligature "ﬁ" as "fi", as Foundation's folding had them (dotless "ı" is kept,
    /// as it kept it). Queries and texts are folded alike, without linking ICU.
    static func foldingUnicode(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text._nfd {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            var shown = scalar
            if (0xFF01...0xFF5E).contains(scalar.value), let narrow = Unicode.Scalar(scalar.value - 0xFEE0) {
                shown = narrow
            } else if scalar.value == 0x3000 {
                shown = " "
            } else if (0xFF61...0xFF9F).contains(scalar.value) {
                // Half-width katakana as full-width; their sound marks (ﾞ ﾟ) are dropped as
                // the combining ones are, so "ｶﾞｲﾄﾞ" and "ガイド" fold alike.
                let full = halfWidthKatakana[Int(scalar.value - 0xFF61)]
                guard full != 0, let fullWidth = Unicode.Scalar(full) else { continue }
                shown = fullWidth
            }
            if shown.value == 0x131 {
                result.append(shown)
                continue
            }
            for upper in shown.properties.uppercaseMapping.unicodeScalars {
                result.append(contentsOf: upper.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(result)
    }

    /// U+FF61 to U+FF9F (half-width katakana and the punctuation with them) as their
    /// full-width forms, Unicode's compatibility mappings; 0 for the two sound marks.
    private static let halfWidthKatakana: [UInt32] = [
        0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5,
        0x30E7, 0x30C3, 0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3,
        0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC,
        0x30CD, 0x30CE, 0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4,
        0x30E6, 0x30E8, 0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3, 0, 0,
    ]

    /// True when the event's title, summary, or one of its places' names (English or
    /// local) contains the folded query.
    public static func event(_ event: Event, in dataset: Dataset, matchesFolded query: String) -> Bool {
        guard !query.isEmpty else { return false }
        return Self.event(event, matchesFolded: query, placeMatches: places(in: dataset, matchingFolded: query))
    }

    /// The ids of places whose name (English or local) holds the folded query: found
    /// once per search, not once per event.
    public static func places(in dataset: Dataset, matchingFolded query: String) -> Set<String> {
        Set(
            dataset.places.filter { place in
                fold(place.name).contains(query) || place.localName.map { fold($0).contains(query) } == true
            }.map(\.id))
    }

    public static func event(_ event: Event, matchesFolded query: String, placeMatches: Set<String>) -> Bool {
        guard !query.isEmpty else { return false }
        return event.places.contains(where: placeMatches.contains) || fold(event.title).contains(query)
            || fold(event.summary).contains(query)
    }
}
