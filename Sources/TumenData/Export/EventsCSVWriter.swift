/// A flat table of events for spreadsheets: one row per event, in date order,
/// RFC 4180 (CRLF line ends; fields with commas, quotes or line breaks quoted,
/// quotes doubled). Lists are joined with "; ". Text is sanitized: control
/// characters become visible stand-ins, paragraph breaks in summaries stay.
/// Text that a spreadsheet would run as a formula (starting with = + - @) gets a
/// leading apostrophe, so a hostile dataset cannot plant one.
public enum EventsCSVWriter {
    public static let columns = [
        "id", "start", "end", "date", "inferred", "title", "category", "places",
        "summary", "sources", "contested",
    ]

    public static func write(_ dataset: Dataset) -> String {
        let categories = Dictionary(
            dataset.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let places = Dictionary(dataset.places.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var lines = [row(columns)]
        for event in DatasetOrder.eventsByDate(dataset) {
            let text = [
                event.date.label,
                event.date.inferred ? "yes" : "no",
                event.title,
                categories[event.category] ?? event.category,
                event.places.map { places[$0] ?? $0 }.joined(separator: "; "),
                event.summary,
                event.sources.map { "\($0.source): \($0.passage)" }.joined(separator: "; "),
                event.contested.map { contested in
                    contested.question + " — "
                        + contested.claims.map { "\($0.figure) (\($0.source.source))" }.joined(separator: " vs ")
                } ?? "",
            ].map(inert)
            lines.append(row([event.id, event.date.start.description, event.date.end?.description ?? ""] + text))
        }
        return lines.joined()
    }

    /// Text a spreadsheet would evaluate, made literal. Dates ("-500") are not text.
    static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ raw: String) -> String {
        let text = TextSanitizer.visibleKeepingNewlines(raw)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingEvery("\"", with: "\"\"") + "\""
    }
}

/// The order events are read in everywhere outside the explorer: by date, ties in file order.
public enum DatasetOrder {
    public static func eventsByDate(_ dataset: Dataset) -> [Event] {
        EventOrder.sorted(dataset.events).map { dataset.events[$0] }
    }
}
