import FoundationEssentials

/// Years on TimelineJS's cosmological scale, labelled as TimelineJS labels them (its
/// English `bigdateformats.fallback`): "13.80 billion years ago", "66.0 million years
/// ago", "300.0 thousand years ago". A year is the count of years before year 0, as in
/// TimelineJS. Years after year 0 keep Tumen's plain "2020": TimelineJS would call them
/// "2.0 thousand years ago", which is wrong.
enum BigYearLabel {
    /// Magnitude, decimals and word, largest first; a unit is used when the year is more than one of it.
    static let units: [(size: Double, decimals: Int, word: String)] = [
        (1_000_000_000, 2, "billion years ago"), (1_000_000, 1, "million years ago"), (1_000, 1, "thousand years ago"),
    ]

    static func label(_ year: Int) -> String {
        let (number, word) = parts(year)
        return word.map { number + " " + $0 } ?? number
    }

    /// "540.0–485.0 million years ago" when both ends share a unit, else both labels in full.
    static func range(_ start: Int, _ end: Int?) -> String {
        guard let end else { return label(start) }
        let (first, firstWord) = parts(start)
        let (last, lastWord) = parts(end)
        if let firstWord, firstWord == lastWord { return first + "–" + last + " " + firstWord }
        return label(start) + " – " + label(end)
    }

    private static func parts(_ year: Int) -> (String, String?) {
        guard year < 0 else { return (String(year), nil) }
        let magnitude = Double(year.magnitude)
        for unit in units where magnitude / unit.size > 1 {
            return (CFormat.string("%.\(unit.decimals)f", magnitude / unit.size), unit.word)
        }
        return magnitude > 1 ? (String(year.magnitude), "years ago") : (String(year), nil)
    }
}
