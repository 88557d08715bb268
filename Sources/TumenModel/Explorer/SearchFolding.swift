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
