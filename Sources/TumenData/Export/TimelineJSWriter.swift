/// Writes a dataset as a TimelineJS 3 JSON file (https://timeline.knightlab.com/docs/json-format.html)
/// that TimelineJS opens: the title slide, one slide per event in the dataset's order, the
/// eras. It follows TimelineJS's own rules (TimelineConfig, TLDate): every event has a
/// `start_date` with a whole-number year, eras have both dates, `unique_id`s are unique,
/// and a year beyond what a JavaScript date holds sets `"scale": "cosmological"`.
///
/// Read back by `tumen`, a file from TimelineJS gives the dataset it came from. What
/// TimelineJS has no field for goes into the slides' text (`EventExtras`), so a reader
/// loses nothing, but it comes back as text: places, routes and lessons, sources and
/// contested figures, category descriptions, the content note (into the title slide).
public enum TimelineJSWriter {
    public static func write(_ dataset: Dataset) -> String {
        json(dataset).text(indent: 0) + "\n"
    }

    /// Why a dataset cannot be a TimelineJS file, or nil when it can.
    public static func refusal(_ dataset: Dataset) -> String? {
        dataset.events.isEmpty
            ? "the dataset has no events, and TimelineJS refuses a timeline without any (its places and routes "
                + "fit --format storymap)"
            : nil
    }

    static func json(_ dataset: Dataset) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [("title", title(dataset))]
        if dataset.events.contains(where: { !TimelineAssembly.humanYears.contains($0.date.start.year) }) {
            members.append(("scale", .string("cosmological")))
        }
        let ungrouped = ungroupedLane(dataset)
        let names = Dictionary(dataset.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        members.append(
            (
                "events",
                .array(
                    dataset.events.map { event in
                        slide(
                            event, group: event.category == ungrouped ? nil : names[event.category] ?? event.category,
                            in: dataset)
                    })
            ))
        if !dataset.eras.isEmpty {
            members.append(
                (
                    "eras",
                    .array(
                        dataset.eras.map { era in
                            var m: [(String, OrderedJSON)] = dates(era.date)
                            // TimelineJS draws an era by its headline; the display date is kept for Tumen to read back.
                            if let display = era.date.display { m.append(("display_date", .string(display))) }
                            m.append(
                                ("text", .object([("headline", .string(ExportHTML.inline(era.title, links: [])))])))
                            return .object(m)
                        })
                ))
        }
        return .object(members)
    }

    /// The title slide: the dataset's title, description and content note.
    static func title(_ dataset: Dataset) -> OrderedJSON {
        let text = [dataset.description, dataset.contentNote.map { "Content note: " + $0 }].compactMap { $0 }.joined(
            separator: "\n\n")
        var textMembers: [(String, OrderedJSON)] = [("headline", .string(ExportHTML.inline(dataset.title, links: [])))]
        if let html = ExportHTML.paragraphs(text).nonBlank { textMembers.append(("text", .string(html))) }
        return .object([("text", .object(textMembers))])
    }

    /// The lane TimelineJS draws for slides without a group (as `GroupLanes` names it on
    /// import): its events are written without one, so the file reads back the same.
    static func ungroupedLane(_ dataset: Dataset) -> String? {
        guard let last = dataset.categories.last else { return nil }
        let isDefault =
            (last.id == GroupLanes.ungrouped.id && last.name == GroupLanes.ungrouped.name)
            || (last.id.hasPrefix("other-events") && last.name == "Other events")
        guard isDefault, dataset.events.contains(where: { $0.category == last.id }) else { return nil }
        return last.id
    }

    static func slide(_ event: Event, group: String?, in dataset: Dataset) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [("unique_id", .string(event.id))]
        m += dates(event.date)
        if let display = event.date.display ?? (event.date.inferred ? event.date.label : nil) {
            m.append(("display_date", .string(display)))
        }
        var text: [(String, OrderedJSON)] = []
        // An event read from a slide without a headline is titled by its date: none is written back.
        if event.title != event.date.label {
            text.append(("headline", .string(ExportHTML.inline(event.title, links: event.links))))
        }
        var paragraphs = event.summary == event.title ? [] : [event.summary]
        paragraphs += event.media.dropFirst().map(\.descriptionLines).map { $0.joined(separator: "\n") }
        paragraphs += EventExtras.paragraphs(event, in: dataset)
        if let unused = unreferencedLinks(event) { paragraphs.append(unused) }
        if let html = ExportHTML.paragraphs(paragraphs.joined(separator: "\n\n"), links: event.links).nonBlank {
            text.append(("text", .string(html)))
        }
        if !text.isEmpty { m.append(("text", .object(text))) }
        if let media = event.media.first { m.append(("media", self.media(media, links: event.links))) }
        if let group { m.append(("group", .string(ExportHTML.inline(group, links: [])))) }
        return .object(m)
    }

    static func media(_ media: MediaReference, links: [String]) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [("url", .string(media.url))]
        if let caption = media.caption { m.append(("caption", .string(ExportHTML.inline(caption, links: links)))) }
        if let credit = media.credit { m.append(("credit", .string(ExportHTML.inline(credit, links: links)))) }
        if let alt = media.alt { m.append(("alt", .string(alt))) }
        if let link = media.link { m.append(("link", .string(link))) }
        return .object(m)
    }

    /// Links no "[n]" in the title, text, caption or credit refers to, as a last line
    /// "Links: [3] [4]", each a link, so none is dropped.
    static func unreferencedLinks(_ event: Event) -> String? {
        let texts = [event.title, event.summary] + event.media.flatMap { [$0.caption, $0.credit].compactMap { $0 } }
        let used = texts.reduce(into: Set<Int>()) { $0.formUnion(ExportHTML.references(in: $1, links: event.links)) }
        let unused = event.links.indices.map { $0 + 1 }.filter { !used.contains($0) }
        return unused.isEmpty ? nil : "Links: " + unused.map { "[\($0)]" }.joined(separator: " ")
    }

    /// `start_date` and `end_date` as TimelineJS date objects: year, then month and day where known.
    static func dates(_ date: EventDate) -> [(String, OrderedJSON)] {
        func object(_ d: HistoricDate) -> OrderedJSON {
            var m: [(String, OrderedJSON)] = [("year", .integer(d.year))]
            if let month = d.month { m.append(("month", .integer(month))) }
            if let day = d.day { m.append(("day", .integer(day))) }
            return .object(m)
        }
        var result: [(String, OrderedJSON)] = [("start_date", object(date.start))]
        if let end = date.end { result.append(("end_date", object(end))) }
        return result
    }
}
