/// A date written as one string, as TimelineJS 2 files (`"startDate": "1844,5,24"`) and
/// the first TimelineJS sheet template (`Start Date`: `7/4/1976`) wrote them. The forms
/// are those TimelineJS 2 (`VMM.Date.parse`) and TimelineJS 3 (`parseDate`) read:
/// "Y,M,D[,h,m]", "M/D/Y", "M/Y", an ISO date with or without its time, a bare year.
enum LegacyDateString {
    struct Parsed: Equatable {
        var date: HistoricDate
        var time: String?
    }

    static func parse(_ raw: String) -> Result<Parsed, SlideDateParts.Failure> {
        let text = raw.trimmingSpaces
        if text.isEmpty { return .failure(.missingYear) }
        if text.contains(",") {
            let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            return make(
                year: parts[0], month: parts[safe: 1], day: parts[safe: 2],
                hour: parts[safe: 3], minute: parts[safe: 4])
        }
        var dateText = text
        var timeText: String?
        if let separator = text.firstIndex(where: { $0 == "T" || $0 == " " }) {
            dateText = String(text[..<separator])
            timeText = String(text[text.index(after: separator)...])
        }
        let clock = timeText.map { $0.split(separator: ":").map(String.init) } ?? []
        if dateText.contains("/") {
            // Month first, as in the United States; "11/1989" is a month and a year.
            let parts = dateText.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 2 {
                return make(year: parts[1], month: parts[0], day: nil, hour: clock[safe: 0], minute: clock[safe: 1])
            }
            guard parts.count == 3 else { return .failure(.notANumber(field: "year", text: text)) }
            return make(year: parts[2], month: parts[0], day: parts[1], hour: clock[safe: 0], minute: clock[safe: 1])
        }
        if let date = HistoricDate(parsing: dateText) {
            return make(
                year: String(date.year), month: date.month.map(String.init), day: date.day.map(String.init),
                hour: clock[safe: 0], minute: clock[safe: 1])
        }
        return .failure(.notANumber(field: "year", text: text))
    }

    private static func make(year: String, month: String?, day: String?, hour: String?, minute: String?) -> Result<
        Parsed, SlideDateParts.Failure
    > {
        let parts = SlideDateParts(year: year, month: month, day: day)
        switch parts.historicDate() {
        case .failure(let failure): return .failure(failure)
        case .success(let date):
            guard let hourText = hour?.nonBlank, let hour = SlideDateParts.integer(hourText) else {
                return .success(Parsed(date: date))
            }
            let minute = minute.flatMap { SlideDateParts.integer(String($0.prefix(2))) } ?? 0
            return .success(Parsed(date: date, time: SlideDateParts.clock(hour: hour, minute: minute)))
        }
    }
}
