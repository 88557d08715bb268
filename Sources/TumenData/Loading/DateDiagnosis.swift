/// Parses a date string like `HistoricDate(parsing:)`, but when it fails says
/// exactly why ("month 13 does not exist"), which is what a teacher fixing a
/// hand-written file needs.
public enum DateDiagnosis {
    public struct Failure: Error, Equatable {
        public var message: String
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    public static func parse(_ text: String) -> Result<HistoricDate, Failure> {
        if let date = quickParse(text) ?? HistoricDate(parsing: text) { return .success(date) }
        let quoted = "\"\(JSONParser.excerpt(text))\""
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        let shape = "\(quoted) is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (a leading - for BCE)"
        guard (1...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return .failure(Failure(message: shape)) }
        guard parts[0].count <= 12, let year = Int(parts[0]) else {
            return .failure(Failure(message: "year in \(quoted) is too large"))
        }
        let signedYear = text.hasPrefix("-") ? -year : year
        if parts.count >= 2 {
            guard parts[1].count == 2 else {
                return .failure(Failure(message: "\(quoted) is not a date: the month needs two digits (YYYY-MM)"))
            }
            let month = Int(parts[1]) ?? 0
            guard (1...12).contains(month) else {
                return .failure(Failure(message: "month \(month) does not exist in \(quoted)"))
            }
            if parts.count == 3 {
                guard parts[2].count == 2 else {
                    return .failure(Failure(message: "\(quoted) is not a date: the day needs two digits (YYYY-MM-DD)"))
                }
                let day = Int(parts[2]) ?? 0
                return .failure(
                    Failure(message: "day \(day) does not exist in \(monthNames[month - 1]) \(signedYear) (\(quoted))"))
            }
        }
        return .failure(Failure(message: shape))
    }

    /// The common case, "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a four-digit year,
    /// read straight from the bytes; anything else goes the long way.
    static func quickParse(_ text: String) -> HistoricDate? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard [4, 7, 10].contains(bytes.count), let year = number(0..<4) else { return nil }
        guard bytes.count > 4 else { return HistoricDate(year: year) }
        guard bytes[4] == UInt8(ascii: "-"), let month = number(5..<7), (1...12).contains(month) else { return nil }
        guard bytes.count > 7 else { return HistoricDate(year: year, month: month) }
        guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10),
            day >= 1, day <= HistoricDate.daysIn(month: month, year: year)
        else { return nil }
        return HistoricDate(year: year, month: month, day: day)
    }

    /// True when the date could have been written in a file (month and day exist).
    public static func isPossible(_ date: HistoricDate) -> Bool {
        guard let month = date.month else { return date.day == nil }
        guard (1...12).contains(month) else { return false }
        guard let day = date.day else { return true }
        return day >= 1 && day <= HistoricDate.daysIn(month: month, year: date.year)
    }
}
