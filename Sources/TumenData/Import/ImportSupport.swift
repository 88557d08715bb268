/// Ids for imported records: lowercase letters, digits and "-", unique within a
/// kind, derived from what the file gives (a `unique_id`, else a headline) so
/// that importing the same file twice gives the same ids.
struct ImportIDs {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    static func slug(_ text: String, limit: Int = 40) -> String {
        var result = ""
        var lastWasDash = true
        for scalar in withoutReferences(text).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash {
                result += "-"
                lastWasDash = true
            }
            if result.count >= limit { break }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// A headline's link references ("The Act [1] passes") are no part of its name.
    static func withoutReferences(_ text: String) -> String {
        guard text.contains("[") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            result += rest[..<open]
            let digits = rest[rest.index(after: open)...].prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty, digits.endIndex < rest.endIndex, rest[digits.endIndex] == "]" {
                rest = rest[rest.index(after: digits.endIndex)...]
            } else {
                result += "["
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }

    /// `preferred` slugged, else `fallback`; "-2", "-3"… when already taken.
    mutating func make(_ preferred: String?, fallback: String) -> String {
        var base = preferred.map { ImportIDs.slug($0) } ?? ""
        if base.isEmpty { base = fallback }
        var id = base
        // The next suffix to try per base, so a thousand slides titled alike stay linear.
        var counter = nextSuffix[base] ?? 2
        while used.contains(id) {
            id = "\(base)-\(counter)"
            counter += 1
        }
        if id != base { nextSuffix[base] = counter }
        used.insert(id)
        return id
    }
}

/// What a conversion could not carry over, counted per kind so `tumen validate`
/// can say "12 media items shown as links" instead of one line per slide.
struct ImportLosses {
    private var counts: [(key: String, count: Int, singular: String, plural: String)] = []

    mutating func add(_ key: String, _ singular: String, _ plural: String, count: Int = 1) {
        guard count > 0 else { return }
        if let index = counts.firstIndex(where: { $0.key == key }) {
            counts[index].count += count
        } else {
            counts.append((key, count, singular, plural))
        }
    }

    /// Something said once about the whole file, with no count: "story told over a picture".
    mutating func note(_ key: String, _ text: String) {
        guard !counts.contains(where: { $0.key == key }) else { return }
        counts.append((key, 0, text, text))
    }

    /// "FILE: warning: 3 backgrounds ignored", in the order first met.
    func warnings(path: String) -> [String] {
        counts.map { entry in
            let text = entry.count == 1 ? entry.singular : entry.plural
            return TextSanitizer.visible("\(path): warning: " + (entry.count == 0 ? text : "\(entry.count) \(text)"))
        }
    }
}

/// The date fields TimelineJS uses in JSON slides and spreadsheet rows alike.
struct SlideDateParts {
    var year: String?
    var month: String?
    var day: String?
    var time: String?
    var display: String?

    enum Failure: Error, Equatable {
        case missingYear
        case notANumber(field: String, text: String)
        case outOfRange(field: String, value: Int)
    }

    /// A HistoricDate, or why not. Numbers may come as text ("1815", " 07 ") and
    /// with a trailing ".0" as spreadsheets write them.
    func historicDate() -> Result<HistoricDate, Failure> {
        guard let yearText = year?.trimmingSpaces, !yearText.isEmpty else { return .failure(.missingYear) }
        guard let year = SlideDateParts.integer(yearText) else {
            return .failure(.notANumber(field: "year", text: yearText))
        }
        var date = HistoricDate(year: year)
        if let monthText = month?.trimmingSpaces, !monthText.isEmpty {
            guard let month = SlideDateParts.integer(monthText) ?? SlideDateParts.monthNumber(monthText) else {
                return .failure(.notANumber(field: "month", text: monthText))
            }
            guard (1...12).contains(month) else { return .failure(.outOfRange(field: "month", value: month)) }
            date.month = month
            if let dayText = day?.trimmingSpaces, !dayText.isEmpty {
                guard let day = SlideDateParts.integer(dayText) else {
                    return .failure(.notANumber(field: "day", text: dayText))
                }
                guard day >= 1, day <= HistoricDate.daysIn(month: month, year: year) else {
                    return .failure(.outOfRange(field: "day", value: day))
                }
                date.day = day
            }
        }
        return .success(date)
    }

    /// "Jun", "june", "June." as typed into a sheet's Month column.
    static func monthNumber(_ text: String) -> Int? {
        var word = text.lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        guard word.count >= 3 else { return nil }
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ]
        return names.firstIndex {
            $0 == word || ($0.hasPrefix(word) && word.count == 3) || (word == "sept" && $0 == "september")
        }
        .map { $0 + 1 }
    }

    /// "09:05": an hour and minute as Tumen shows a slide's time of day.
    static func clock(hour: Int, minute: Int) -> String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// A sheet's number as TimelineJS cleans it (`clean_integer`): spaces and thousands
    /// commas go, so "1,815" is 1815.
    static func cleaned(_ text: String?) -> String? {
        text.map { String($0.filter { !$0.isWhitespace && $0 != "," }) }?.nonBlank
    }

    static func integer(_ text: String) -> Int? {
        var body = Substring(text)
        if body.hasSuffix(".0") { body = body.dropLast(2) }
        if body.hasPrefix("+") { body = body.dropFirst() }
        return Int(body)
    }

    /// Shown in messages: "year \"18x5\" is not a number".
    static func describe(_ failure: Failure) -> String {
        switch failure {
        case .missingYear: return "a date needs a year"
        case .notANumber(let field, let text):
            return "\(field) \"\(TextSanitizer.visible(text))\" is not a whole number"
                + (field == "month" ? " or a month's name" : "")
        case .outOfRange(let field, let value): return "\(field) \(value) does not exist"
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }

    /// nil for blank text, so optional fields stay absent rather than empty.
    var nonBlank: String? {
        let trimmed = trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension EventDate {
    /// An imported date: a time of day (which Tumen's dates do not hold) is kept in
    /// the display text; the file's own display text wins over both.
    static func imported(
        start: HistoricDate, end: HistoricDate?, startTime: String?, endTime: String?,
        display: String?
    ) -> EventDate {
        var date = EventDate(start: start, end: end)
        if let display = display?.nonBlank {
            date.display = display
        } else if startTime != nil || endTime != nil {
            var text = EventDate.format(start) + (startTime.map { " " + $0 } ?? "")
            if let end { text += "–" + EventDate.format(end) + (endTime.map { " " + $0 } ?? "") }
            date.display = text
        }
        // An end before the start (a typo in a sheet) stays as the file gives it, and
        // validation reports it against the row or slide.
        return date
    }
}
