/// A calendar date with the precision the source gives: a year, a month or a day.
/// Years may be negative (BCE) and very large in magnitude (cosmological timelines).
public struct HistoricDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// The years every view can draw and every computation can hold without overflow:
    /// 20 billion years either side of year 0, room for a cosmological timeline (the Big
    /// Bang, 13.8 billion years ago). `tumen validate` refuses dates outside it.
    public static let yearRange = -20_000_000_000...20_000_000_000

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Less precise dates sort before more precise ones in the same period, so
    /// "2018" comes before "2018-10" comes before "2018-10-05".
    public static func < (lhs: HistoricDate, rhs: HistoricDate) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.month != rhs.month { return (lhs.month ?? 0) < (rhs.month ?? 0) }
        return (lhs.day ?? 0) < (rhs.day ?? 0)
    }

    /// ISO-like text: "1986", "2018-10", "2018-10-05", "-500".
    public var description: String {
        var text = String(year)
        if let month {
            text += "-" + (month < 10 ? "0" : "") + String(month)
            if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        }
        return text
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a leading "-" for BCE).
    /// Returns nil for anything else, including impossible months and days.
    public init?(parsing text: String) {
        var body = Substring(text)
        var negative = false
        if body.hasPrefix("-") {
            negative = true
            body = body.dropFirst()
        }
        let parts = body.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts[0].count <= 12, let year = Int(parts[0])
        else { return nil }
        self.year = negative ? -year : year
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]),
                day >= 1, day <= HistoricDate.daysIn(month: month!, year: self.year)
            else { return nil }
            self.day = day
        }
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// When an event happened: a point or a period, and whether we had to infer it.
public struct EventDate: Sendable, Hashable, Comparable {
    public var start: HistoricDate
    /// The end of a period (the 1996–1999 famine); nil for a point in time.
    public var end: HistoricDate?
    /// True when the date is worked out rather than stated ("last year" in a 2019 article).
    public var inferred: Bool
    /// Why or how the date was inferred, or a caveat about it.
    public var note: String?
    /// Text to show instead of the computed date (TimelineJS `display_date`).
    public var display: String?

    public init(
        start: HistoricDate, end: HistoricDate? = nil, inferred: Bool = false,
        note: String? = nil, display: String? = nil
    ) {
        self.start = start
        self.end = end
        self.inferred = inferred
        self.note = note
        self.display = display
    }

    public var isPeriod: Bool { end != nil }

    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        // A point sorts before a period that starts at the same time.
        switch (lhs.end, rhs.end) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (l?, r?): return l < r
        }
    }

    /// "1996–1999", "Oct 2018", "c. 2018" for inferred dates; the display text wins.
    public var label: String {
        if let display { return display }
        if let deep = DeepTime.label(start.year) {
            // "539–485 million years ago"; a period ending after the threshold in full.
            let text = end.map { DeepTime.range(start.year, $0.year) ?? deep + " – " + EventDate.format($0) } ?? deep
            return inferred ? "c. " + text : text
        }
        var text = EventDate.format(start)
        if let end { text += "–" + EventDate.format(end) }
        return inferred ? "c. " + text : text
    }

    /// The display width of `label`, worked out without building the text: the
    /// explorer needs the widest label of every event when it opens a file.
    public var labelWidth: Int {
        if let display { return DisplayWidth.of(display) }
        // Deep time is rare: measure the text itself.
        if start.year <= -DeepTime.threshold { return DisplayWidth.of(label) }
        var width = EventDate.formattedWidth(start)
        if let end { width += 1 + EventDate.formattedWidth(end) }  // "–" is one column
        return inferred ? width + 3 : width
    }

    static func formattedWidth(_ date: HistoricDate) -> Int {
        var digits = 1
        var magnitude = date.year.magnitude
        while magnitude >= 10 {
            magnitude /= 10
            digits += 1
        }
        var width = date.year < 0 ? digits + 4 : digits  // "500 BCE"
        if date.month != nil { width += 4 }  // "Oct "
        if let day = date.day { width += day < 10 ? 2 : 3 }  // "5 "
        return width
    }

    static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun",
        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    static func format(_ date: HistoricDate) -> String {
        let year = date.year < 0 ? "\(date.year.magnitude) BCE" : String(date.year)
        guard let month = date.month else { return year }
        let name = monthNames[month - 1]
        guard let day = date.day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }
}
