import FoundationEssentials

/// Converts the TimelineJS Google Sheet template, exported as CSV, into a Dataset.
/// Columns are found by their header names (any order, any case), as TimelineJS reads
/// them (`extractEventFromCSVObject`); a row whose Type is `title` is the title slide and
/// `era` an era; other rows are events. The first template's `Start Date`, `End Date` and
/// `Tag` columns are read too, and a sheet saved with `;` or tabs between cells.
public enum TimelineCSVConverter {
    public enum Column: String, CaseIterable, Sendable {
        case year = "year", month = "month", day = "day", time = "time"
        case endYear = "end year", endMonth = "end month", endDay = "end day", endTime = "end time"
        case displayDate = "display date", headline = "headline", text = "text"
        case media = "media", mediaCredit = "media credit", mediaCaption = "media caption"
        case mediaThumbnail = "media thumbnail", altText = "alt text", type = "type", group = "group", background =
            "background"
        // The first template (TimelineJS 1): one cell per date, and Tag for the group.
        case startDate = "start date", endDate = "end date", tag = "tag"

        /// Other names sheets use for a column.
        static let aliases: [String: Column] = ["media alt text": .altText, "media alt": .altText, "alt": .altText]

        init?(header: String) {
            let name = header.trimmingSpaces.lowercased()
            guard let column = Column(rawValue: name) ?? Column.aliases[name] else { return nil }
            self = column
        }
    }

    public static func load(bytes: [UInt8], path: String) throws(DatasetLoadError) -> LoadedDataset {
        let separator = CSVParser.separator(of: bytes)
        let rows: [CSVParser.Row]
        do {
            rows = try CSVParser.parse(bytes, separator: separator)
        } catch {
            throw DatasetLoadError(
                exitCode: DatasetLoadError.badData,
                problems: [
                    DatasetProblem(file: path, line: error.line, column: error.column, message: error.message)
                ])
        }
        guard let header = rows.first else {
            throw DatasetLoadError.badData(
                path,
                "the file is empty; expected the TimelineJS template's header row (Year, Month, Day, …, "
                    + "Headline, Text, …)"
            )
        }
        var sheet = try Sheet(header: header, separator: separator, path: path)
        for (rowIndex, row) in rows.enumerated().dropFirst() where !row.isBlank {
            sheet.read(row, index: rowIndex)
        }
        let dataset = sheet.assembly.dataset(defaultTitle: "Untitled timeline")
        sheet.checkEventsAndEras(dataset, rows: rows)
        if !sheet.problems.isEmpty {
            sheet.problems.sort { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
            throw DatasetLoadError(exitCode: DatasetLoadError.badData, problems: sheet.problems)
        }
        return LoadedDataset(
            dataset: dataset, path: path, format: .timelineCSV,
            warnings: sheet.warnings + sheet.losses.warnings(path: path)
                + DuplicateEvents.warnings(in: dataset, path: path))
    }

    /// The sheet being read: its columns, what it has become so far, and what went wrong where.
    struct Sheet {
        let path: String
        let header: CSVParser.Row
        var columns: [Column: Int] = [:]
        var assembly = TimelineAssembly()
        var problems: [DatasetProblem] = []
        var warnings: [String] = []
        var losses = ImportLosses()
        /// For each event and era, the row it came from, to place the dataset checks' problems.
        var eventRows: [Int] = [], eraRows: [Int] = []
        var sawTitle = false

        init(header: CSVParser.Row, separator: Unicode.Scalar, path: String) throws(DatasetLoadError) {
            self.path = path
            self.header = header
            var unknown: [String] = []
            for (index, field) in header.fields.enumerated() {
                if let column = Column(header: field.text) {
                    if columns[column] == nil {
                        columns[column] = index
                    } else {
                        problems.append(
                            DatasetProblem(
                                file: path, line: field.line, column: field.column,
                                message: "column \"\(field.text.trimmingSpaces)\" appears twice in the header"))
                    }
                } else if let name = field.text.nonBlank {
                    unknown.append(name)
                }
            }
            if columns[.year] == nil && columns[.startDate] == nil {
                var message = "the header row has no \"Year\" column (expected the TimelineJS template's columns)"
                if header.fields.count == 1, let only = header.fields.first?.text,
                    let other = CSVParser.separators.first(where: { only.unicodeScalars.contains($0) })
                {
                    message += "; its cells seem to be separated by \(Self.name(of: other))"
                }
                problems.append(DatasetProblem(file: path, line: 1, column: 1, message: message))
            }
            if columns[.headline] == nil {
                problems.append(
                    DatasetProblem(
                        file: path, line: 1, column: 1,
                        message:
                            "the header row has no \"Headline\" column (expected the TimelineJS template's columns)"))
            }
            if !problems.isEmpty { throw DatasetLoadError(exitCode: DatasetLoadError.badData, problems: problems) }
            warnings = unknown.map { TextSanitizer.visible("\(path):1:1: warning: unknown column \"\($0)\" ignored") }
            if separator != "," {
                warnings.append(
                    TextSanitizer.visible(
                        "\(path):1:1: warning: cells are separated by \(Self.name(of: separator)), not commas; "
                            + "read as such"
                    ))
            }
        }

        static func name(of separator: Unicode.Scalar) -> String {
            switch separator {
            case ";": return "semicolons (;)"
            case "\t": return "tabs"
            default: return "commas"
            }
        }

        func cell(_ row: CSVParser.Row, _ column: Column) -> String? {
            guard let index = columns[column], index < row.fields.count else { return nil }
            return row.fields[index].text.nonBlank
        }

        func place(_ row: CSVParser.Row, _ column: Column) -> (Int, Int) {
            guard let index = columns[column], index < row.fields.count else { return (row.line, 1) }
            return (row.fields[index].line, row.fields[index].column)
        }

        mutating func problem(_ row: CSVParser.Row, _ column: Column, _ message: String) {
            let (line, col) = place(row, column)
            problems.append(DatasetProblem(file: path, line: line, column: col, message: message))
        }

        mutating func read(_ row: CSVParser.Row, index rowIndex: Int) {
            if row.fields.count > header.fields.count,
                row.fields[header.fields.count...].contains(where: { !$0.text.trimmingSpaces.isEmpty })
            {
                let extra = row.fields[header.fields.count]
                warnings.append(
                    TextSanitizer.visible(
                        "\(path):\(extra.line):\(extra.column): warning: cells beyond the header's "
                            + "\(header.fields.count) columns ignored"
                    ))
            }
            let type = cell(row, .type)?.lowercased()
            let media = RawMedia(
                url: cell(row, .media), caption: cell(row, .mediaCaption), credit: cell(row, .mediaCredit),
                alt: cell(row, .altText), thumbnail: cell(row, .mediaThumbnail))
            let content = SlideContent(
                headline: cell(row, .headline), text: cell(row, .text), media: media, losses: &losses)
            if cell(row, .background) != nil {
                losses.add(
                    "background", "slide background ignored (a colour or picture behind the slide)",
                    "slide backgrounds ignored (colours or pictures behind the slides)")
            }
            if type == "title" {
                if !sawTitle {
                    sawTitle = true
                    assembly.setTitle(content)
                    return
                }
                // TimelineJS shows a second title row as an ordinary slide, with a warning.
                let (line, column) = place(row, .type)
                warnings.append(
                    TextSanitizer.visible(
                        "\(path):\(line):\(column): warning: a second title row, read as an event (TimelineJS "
                            + "does the same)"
                    ))
            } else if let type, type != "era" {
                let (line, column) = place(row, .type)
                warnings.append(
                    TextSanitizer.visible(
                        "\(path):\(line):\(column): warning: unknown Type \"\(type)\" read as an ordinary event"))
            }
            guard let date = date(row) else { return }
            if type == "era" {
                if date.end == nil {
                    problem(row, columns[.endYear] != nil ? .endYear : .endDate, "an era row needs an End Year")
                }
                if content.text.nonBlank != nil {
                    losses.add(
                        "era-text", "era's text not shown (TimelineJS shows an era's headline only)",
                        "eras' texts not shown (TimelineJS shows an era's headline only)")
                }
                assembly.eras.append((content.headline, date))
                eraRows.append(rowIndex)
                return
            }
            let group = TimelineAssembly.groupName(cell(row, .group) ?? cell(row, .tag))
            assembly.events.append(.init(content: content, date: date, group: group, uniqueID: nil))
            eventRows.append(rowIndex)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
