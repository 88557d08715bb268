import Foundation

/// Converts the TimelineJS Google Sheet template, exported as CSV, into a Dataset.
/// Columns are found by their header names (any order, any case); a row whose
/// Type is `title` is the title slide and `era` an era; other rows are events.
public enum TimelineCSVConverter {
    public enum Column: String, CaseIterable, Sendable {
        case year = "year", month = "month", day = "day", time = "time"
        case endYear = "end year", endMonth = "end month", endDay = "end day", endTime = "end time"
        case displayDate = "display date", headline = "headline", text = "text"
        case media = "media", mediaCredit = "media credit", mediaCaption = "media caption"
        case mediaThumbnail = "media thumbnail", type = "type", group = "group", background = "background"
    }

    public static func load(bytes: [UInt8], path: String) throws(DatasetLoadError) -> LoadedDataset {
        let rows: [CSVParser.Row]
        do {
            rows = try CSVParser.parse(bytes)
        } catch {
            throw DatasetLoadError(exitCode: DatasetLoadError.badData, problems: [
                DatasetProblem(file: path, line: error.line, column: error.column, message: error.message),
            ])
        }
        var problems: [DatasetProblem] = []
        var losses = ImportLosses()
        guard let header = rows.first else {
            throw DatasetLoadError.badData(path, "the file is empty; expected the TimelineJS template's header row (Year, Month, Day, …, Headline, Text, …)")
        }
        var columns: [Column: Int] = [:]
        var unknown: [String] = []
        for (index, field) in header.fields.enumerated() {
            let name = field.text.trimmingSpaces.lowercased()
            if let column = Column(rawValue: name) {
                if columns[column] == nil { columns[column] = index } else {
                    problems.append(DatasetProblem(file: path, line: field.line, column: field.column,
                                                   message: "column \"\(field.text.trimmingSpaces)\" appears twice in the header"))
                }
            } else if !name.isEmpty {
                unknown.append(field.text.trimmingSpaces)
            }
        }
        for required in [Column.year, .headline] where columns[required] == nil {
            problems.append(DatasetProblem(file: path, line: 1, column: 1,
                                           message: "the header row has no \"\(required.rawValue.capitalized)\" column (expected the TimelineJS template's columns)"))
        }
        if !problems.isEmpty { throw DatasetLoadError(exitCode: DatasetLoadError.badData, problems: problems) }
        var warnings: [String] = unknown.map {
            TextSanitizer.visible("\(path):1:1: warning: unknown column \"\($0)\" ignored")
        }

        var dataset = Dataset(title: "Untitled timeline")
        var ids = ImportIDs(), categoryIDs = ImportIDs()
        var categoryByGroup: [String: String] = [:]
        var eventRows: [Int] = [], eraRows: [Int] = []
        var sawTitle = false

        for (rowIndex, row) in rows.enumerated().dropFirst() where !row.isBlank {
            func cell(_ column: Column) -> String? {
                guard let index = columns[column], index < row.fields.count else { return nil }
                return row.fields[index].text.nonBlank
            }
            func place(_ column: Column) -> (Int, Int) {
                guard let index = columns[column], index < row.fields.count else { return (row.line, 1) }
                return (row.fields[index].line, row.fields[index].column)
            }
            if row.fields.count > header.fields.count,
               row.fields[header.fields.count...].contains(where: { !$0.text.trimmingSpaces.isEmpty }) {
                let extra = row.fields[header.fields.count]
                warnings.append(TextSanitizer.visible("\(path):\(extra.line):\(extra.column): warning: cells beyond the header's \(header.fields.count) columns ignored"))
            }
            let type = cell(.type)?.lowercased()
            let headline = HTMLText(html: cell(.headline) ?? "")
            let body = HTMLText(html: cell(.text) ?? "", links: headline.links)
            if cell(.background) != nil { losses.add("background", "background ignored", "backgrounds ignored") }
            if cell(.mediaThumbnail) != nil { losses.add("thumbnail", "media thumbnail ignored", "media thumbnails ignored") }
            var media: [MediaReference] = []
            if let raw = cell(.media), let url = TimelineJSConverter.mediaLink(raw, losses: &losses) {
                media.append(MediaReference(url: url, caption: cell(.mediaCaption).map { HTMLText(html: $0).singleLine }?.nonBlank,
                                            credit: cell(.mediaCredit).map { HTMLText(html: $0).singleLine }?.nonBlank))
            } else if cell(.media) == nil, cell(.mediaCaption) != nil || cell(.mediaCredit) != nil {
                losses.add("media-no-url", "media caption without a media url ignored", "media captions without a media url ignored")
            }

            if type == "title" {
                if sawTitle {
                    let (line, column) = place(.type)
                    problems.append(DatasetProblem(file: path, line: line, column: column, message: "a second title row; a timeline has one title slide"))
                    continue
                }
                sawTitle = true
                if let title = headline.singleLine.nonBlank { dataset.title = title }
                var parts = [body.text.nonBlank]
                if !body.links.isEmpty { parts.append(body.links.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n")) }
                for m in media {
                    parts.append(["Media:", m.caption, m.credit.map { "(\($0))" }, m.url].compactMap { $0 }.joined(separator: " "))
                    losses.add("media", "media item shown as a link", "media items shown as links")
                }
                dataset.description = parts.compactMap { $0 }.joined(separator: "\n\n").nonBlank
                continue
            }
            if let type, type != "era" {
                let (line, column) = place(.type)
                warnings.append(TextSanitizer.visible("\(path):\(line):\(column): warning: unknown Type \"\(type)\" read as an ordinary event"))
            }
            var start = SlideDateParts(year: cell(.year), month: cell(.month), day: cell(.day))
            start.display = cell(.displayDate)
            let end = SlideDateParts(year: cell(.endYear), month: cell(.endMonth), day: cell(.endDay))
            var startDate: HistoricDate?, endDate: HistoricDate?
            switch start.historicDate() {
            case .success(let date): startDate = date
            case .failure(let failure):
                let column: Column
                switch failure {
                case .missingYear, .notANumber("year", _), .outOfRange("year", _): column = .year
                case .notANumber("month", _), .outOfRange("month", _): column = .month
                default: column = .day
                }
                let (line, col) = place(column)
                problems.append(DatasetProblem(file: path, line: line, column: col, message: SlideDateParts.describe(failure)))
            }
            if end.year != nil {
                switch end.historicDate() {
                case .success(let date): endDate = date
                case .failure(let failure):
                    let column: Column
                    switch failure {
                    case .missingYear, .notANumber("year", _), .outOfRange("year", _): column = .endYear
                    case .notANumber("month", _), .outOfRange("month", _): column = .endMonth
                    default: column = .endDay
                    }
                    let (line, col) = place(column)
                    problems.append(DatasetProblem(file: path, line: line, column: col, message: "end date: " + SlideDateParts.describe(failure)))
                }
            }
            guard let startDate else { continue }
            let date = EventDate.imported(start: startDate, end: endDate, startTime: cell(.time), endTime: cell(.endTime),
                                          display: cell(.displayDate))
            let title = headline.singleLine.nonBlank ?? date.label
            if type == "era" {
                if endDate == nil {
                    let (line, col) = place(.endYear)
                    problems.append(DatasetProblem(file: path, line: line, column: col, message: "an era row needs an End Year"))
                }
                if body.text.nonBlank != nil {
                    losses.add("era-text", "era's text not shown (eras show their headline only)", "eras' texts not shown (eras show their headline only)")
                }
                dataset.eras.append(Era(title: title, date: date))
                eraRows.append(rowIndex)
                continue
            }
            let category: String
            let group = cell(.group).map { HTMLText(html: $0).singleLine }?.nonBlank
            if let group, let known = categoryByGroup[group] {
                category = known
            } else {
                let name = group ?? TimelineJSConverter.ungrouped.name
                category = categoryIDs.make(group ?? TimelineJSConverter.ungrouped.id, fallback: "group")
                categoryByGroup[group ?? ""] = category
                dataset.categories.append(Category(id: category, name: name))
            }
            losses.add("media", "media item shown as a link", "media items shown as links", count: media.count)
            dataset.events.append(Event(id: ids.make(title, fallback: "event-\(rowIndex)"), date: date, title: title,
                                        summary: body.text.nonBlank ?? title, category: category, media: media, links: body.links))
            eventRows.append(rowIndex)
        }

        // Checks Tumen makes of any dataset (impossible dates, an end before its start,
        // control characters), reported against the row they came from.
        for issue in DatasetValidator.validate(dataset) {
            let components = issue.path.components
            var line = 1, column = 1
            if components.count >= 2, case .key(let kind) = components[0], case .index(let index) = components[1],
               let rowIndex = kind == "events" ? eventRows[safe: index] : kind == "eras" ? eraRows[safe: index] : nil {
                let row = rows[rowIndex]
                line = row.line
                // The cell the value came from, by the Tumen field it became.
                let keys = components.dropFirst(2).compactMap { component -> String? in
                    if case .key(let key) = component { return key } else { return nil }
                }
                let cellFor: [String: Column] = ["end": .endYear, "start": .year, "display": .displayDate, "title": .headline,
                                                 "summary": .text, "media": .media, "category": .group, "links": .text]
                if let source = keys.reversed().lazy.compactMap({ cellFor[$0] }).first,
                   let index = columns[source], index < row.fields.count {
                    (line, column) = (row.fields[index].line, row.fields[index].column)
                }
            }
            problems.append(DatasetProblem(file: path, line: line, column: column, message: issue.message))
        }
        if !problems.isEmpty {
            problems.sort { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
            throw DatasetLoadError(exitCode: DatasetLoadError.badData, problems: problems)
        }
        return LoadedDataset(dataset: dataset, path: path, format: .timelineCSV, warnings: warnings + losses.warnings(path: path)
                                 + DuplicateEvents.warnings(in: dataset, path: path))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
