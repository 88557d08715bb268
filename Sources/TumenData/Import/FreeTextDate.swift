/// A StoryMapJS slide's `date`, which the editor leaves as free text ("Aug 23", "Sept 3,
/// 2005", "8/29/2005") and StoryMapJS never reads. Tumen places a slide on the timeline
/// only when its text names one calendar date without doubt: a year, with a month and
/// day in an order that cannot be misread. Anything else ("Aug 23" has no year, "3/4/2005"
/// may be March or April, "Fall 2005" has no month) is kept as text and not placed.
enum FreeTextDate {
    /// A date or a period: "1996–1999", "June 1805 – August 1806" (an en or em dash, " - "
    /// or " to " between two dates, the end not before the start).
    static func parseRange(_ raw: String) -> (start: HistoricDate, end: HistoricDate?)? {
        if let single = parse(raw) { return (single, nil) }
        for separator in ["–", "—", " - ", " to "] {
            let sides = raw.components(separatedBy: separator)
            guard sides.count == 2, let start = parse(sides[0]), let end = parse(sides[1]), !(end < start) else {
                continue
            }
            return (start, end)
        }
        return nil
    }

    /// The form Tumen writes a date in when no words of the file's are kept: "1805-08-12", "1996–1999".
    static func canonical(_ start: HistoricDate, _ end: HistoricDate?) -> String {
        start.description + (end.map { "–" + $0.description } ?? "")
    }

    static func parse(_ raw: String) -> HistoricDate? {
        let text = raw.trimmingSpaces
        if let date = HistoricDate(parsing: text) { return date }
        if text.contains("/") { return slashes(text) }
        // Words: "August 25, 2005", "Aug. 28, 2005", "1 October 2005", "March 1805".
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map(String.init)
        var year: Int?
        var month: Int?
        var day: Int?
        for word in words {
            let digits = Self.strippingOrdinal(word)
            if let number = Int(digits), digits.allSatisfy(\.isNumber) {
                // One or two digits (or "3rd") are a day; three or more a year.
                if digits.count <= 2 || digits != word {
                    guard day == nil else { return nil }
                    day = number
                } else {
                    guard year == nil else { return nil }
                    year = number
                }
            } else if let number = SlideDateParts.monthNumber(word), month == nil {
                month = number
            } else {
                return nil
            }
        }
        guard let year else { return nil }
        if day != nil && month == nil { return nil }
        return valid(year: year, month: month, day: day)
    }

    /// "8/29/2005" (29 cannot be a month) and "29/8/2005" are one date; "3/4/2005" is two.
    /// "2005/08/29" puts the year first and is read year, month, day.
    static func slashes(_ text: String) -> HistoricDate? {
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        let parts = pieces.compactMap { Int($0) }
        guard parts.count == 3, pieces.count == 3 else { return nil }
        if pieces[0].count >= 3 {
            return valid(year: parts[0], month: parts[1], day: parts[2])
        }
        let (first, second, year) = (parts[0], parts[1], parts[2])
        let monthFirst = valid(year: year, month: first, day: second)
        let dayFirst = valid(year: year, month: second, day: first)
        if let monthFirst, let dayFirst { return monthFirst == dayFirst ? monthFirst : nil }
        return monthFirst ?? dayFirst
    }

    static func strippingOrdinal(_ word: String) -> String {
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return word
    }

    static func valid(year: Int, month: Int?, day: Int?) -> HistoricDate? {
        guard HistoricDate.yearRange.contains(year) else { return nil }
        guard let month else { return day == nil ? HistoricDate(year: year) : nil }
        guard (1...12).contains(month) else { return nil }
        guard let day else { return HistoricDate(year: year, month: month) }
        guard day >= 1, day <= HistoricDate.daysIn(month: month, year: year) else { return nil }
        return HistoricDate(year: year, month: month, day: day)
    }
}
