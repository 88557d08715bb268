/// A sheet row's dates, and the dataset checks placed back on the cells they came from.
extension TimelineCSVConverter.Sheet {
    typealias Column = TimelineCSVConverter.Column

    /// The row's date from Year, Month, Day (numbers cleaned as TimelineJS cleans them)
    /// or from the first template's Start Date; nil, with a problem, when it has none.
    mutating func date(_ row: CSVParser.Row) -> EventDate? {
        if columns[.year] == nil, columns[.startDate] != nil { return legacyDate(row) }
        var start = SlideDateParts(
            year: SlideDateParts.cleaned(cell(row, .year)), month: SlideDateParts.cleaned(cell(row, .month)),
            day: SlideDateParts.cleaned(cell(row, .day)))
        start.display = cell(row, .displayDate)
        let end = SlideDateParts(
            year: SlideDateParts.cleaned(cell(row, .endYear)), month: SlideDateParts.cleaned(cell(row, .endMonth)),
            day: SlideDateParts.cleaned(cell(row, .endDay)))
        var startDate: HistoricDate?
        var endDate: HistoricDate?
        switch start.historicDate() {
        case .success(let date): startDate = date
        case .failure(let failure): problem(row, Self.column(failure, end: false), SlideDateParts.describe(failure))
        }
        if end.year != nil {
            switch end.historicDate() {
            case .success(let date): endDate = date
            case .failure(let failure):
                problem(row, Self.column(failure, end: true), "end date: " + SlideDateParts.describe(failure))
            }
        }
        guard let startDate else { return nil }
        let startTime = cell(row, .time)
        let endTime = cell(row, .endTime)
        // An end the same as the start is no end: TimelineJS drops it.
        if endDate == startDate, endTime == startTime { endDate = nil }
        return EventDate.imported(
            start: startDate, end: endDate, startTime: startTime, endTime: endDate == nil ? nil : endTime,
            display: cell(row, .displayDate))
    }

    mutating func legacyDate(_ row: CSVParser.Row) -> EventDate? {
        var parsed: [LegacyDateString.Parsed?] = [nil, nil]
        for (slot, column) in [Column.startDate, .endDate].enumerated() {
            guard let text = cell(row, column) else {
                if column == .startDate { problem(row, column, "a date needs a year") }
                continue
            }
            switch LegacyDateString.parse(text) {
            case .success(let value): parsed[slot] = value
            case .failure(let failure):
                problem(
                    row, column,
                    "\(column == .startDate ? "Start Date" : "End Date") \"\(TextSanitizer.visible(text))\": "
                        + SlideDateParts.describe(failure))
            }
        }
        guard let start = parsed[0] else { return nil }
        let end = parsed[1] == start ? nil : parsed[1]
        return EventDate.imported(
            start: start.date, end: end?.date, startTime: start.time, endTime: end?.time,
            display: cell(row, .displayDate))
    }

    static func column(_ failure: SlideDateParts.Failure, end: Bool) -> Column {
        switch failure {
        case .missingYear, .notANumber("year", _), .outOfRange("year", _): return end ? .endYear : .year
        case .notANumber("month", _), .outOfRange("month", _): return end ? .endMonth : .month
        default: return end ? .endDay : .day
        }
    }

    /// Checks Tumen makes of any dataset (impossible dates, an end before its start,
    /// control characters), reported against the row and cell they came from.
    mutating func checkEventsAndEras(_ dataset: Dataset, rows: [CSVParser.Row]) {
        for issue in DatasetValidator.validate(dataset) {
            let components = issue.path.components
            var line = 1
            var column = 1
            if components.count >= 2, case .key(let kind) = components[0], case .index(let index) = components[1],
                let rowIndex = kind == "events" ? eventRows[safe: index] : kind == "eras" ? eraRows[safe: index] : nil
            {
                let row = rows[rowIndex]
                line = row.line
                // The cell the value came from, by the Tumen field it became.
                let keys = components.dropFirst(2).compactMap { component -> String? in
                    if case .key(let key) = component { return key } else { return nil }
                }
                let cellFor: [String: Column] = [
                    "end": .endYear, "start": .year, "display": .displayDate, "title": .headline,
                    "summary": .text, "media": .media, "category": .group, "links": .text,
                ]
                if let source = keys.reversed().lazy.compactMap({ cellFor[$0] }).first,
                    let index = columns[source], index < row.fields.count
                {
                    (line, column) = (row.fields[index].line, row.fields[index].column)
                }
            }
            problems.append(DatasetProblem(file: path, line: line, column: column, message: issue.message))
        }
    }
}
