/// Converts a TimelineJS JSON file (https://timeline.knightlab.com/docs/json-format.html)
/// into a Dataset: slides become events, groups lanes, eras spans; HTML becomes plain
/// text with numbered links; media become links with caption, credit and alt text. A
/// TimelineJS 2 file (`{"timeline": {"date": […]}}`) is read by `TimelineJS2Converter`.
/// What cannot be shown is counted in `losses` and reported as warnings.
public enum TimelineJSConverter {
    static let topKeys: Set<String> = ["title", "events", "eras", "scale"]
    static let slideKeys: Set<String> = [
        "start_date", "end_date", "text", "media", "group", "display_date",
        "background", "unique_id", "autolink",
    ]
    static let dateKeys: Set<String> = [
        "year", "month", "day", "hour", "minute", "second", "millisecond",
        "display_date", "format",
    ]
    static let textKeys: Set<String> = ["headline", "text"]
    static let mediaKeys: Set<String> = [
        "url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target",
    ]

    public static func load(root: JSONNode, bytes: [UInt8], path: String) throws(DatasetLoadError) -> LoadedDataset {
        let reader = JSONFieldReader()
        var losses = ImportLosses()
        let dataset =
            TimelineJS2Converter.isVersion2(root)
            ? TimelineJS2Converter.convert(root, reader: reader, losses: &losses)
            : convert(root, reader: reader, losses: &losses)
        return try DatasetLoader.finish(
            dataset, reader: reader, root: root, bytes: bytes, path: path,
            format: .timelineJSON, extraWarnings: losses.warnings(path: path))
    }

    static func convert(_ root: JSONNode, reader: JSONFieldReader, losses: inout ImportLosses) -> Dataset {
        let path = FieldPath.root
        guard let top = reader.fields(root, path, known: topKeys) else { return Dataset(title: "") }
        var assembly = TimelineAssembly()
        if let titleNode = top["title"], !titleNode.isNull {
            let slide = Slide(titleNode, path["title"], reader: reader, losses: &losses, isTitle: true)
            assembly.setTitle(slide.content)
        }
        assembly.scale = reader.optionalString(top, "scale")
        if let scale = assembly.scale, !["human", "cosmological"].contains(scale) {
            reader.warning(
                path["scale"],
                "scale \"\(JSONParser.excerpt(scale))\" is neither \"human\" nor \"cosmological\"; dates are "
                    + "read as years",
                at: top["scale"]?.offset)
        }
        for (index, node) in reader.array(top, "events", required: true).enumerated() {
            if reader.isFull { break }
            let slide = Slide(node, path["events"][index], reader: reader, losses: &losses, isTitle: false)
            assembly.events.append(
                .init(
                    content: slide.content, date: slide.date ?? EventDate(start: HistoricDate(year: 0)),
                    group: slide.group, uniqueID: slide.uniqueID))
        }
        for (index, node) in reader.array(top, "eras").enumerated() {
            if reader.isFull { break }
            let eraPath = path["eras"][index]
            let slide = Slide(node, eraPath, reader: reader, losses: &losses, isTitle: false)
            if slide.date != nil, slide.date?.end == nil {
                reader.problem(eraPath["end_date"], "an era needs an end_date", at: node.offset)
            }
            if slide.content.text.nonBlank != nil {
                losses.add(
                    "era-text", "era's text not shown (TimelineJS shows an era's headline only)",
                    "eras' texts not shown (TimelineJS shows an era's headline only)")
            }
            assembly.eras.append((slide.content.headline, slide.date ?? EventDate(start: HistoricDate(year: 0))))
        }
        return assembly.dataset(defaultTitle: "Untitled timeline")
    }

    /// One slide (event, title or era) as read, before it becomes an Event.
    struct Slide {
        var content: SlideContent
        var group: String?
        var uniqueID: String?
        var date: EventDate?

        init(_ node: JSONNode, _ path: FieldPath, reader: JSONFieldReader, losses: inout ImportLosses, isTitle: Bool) {
            var headline: String?
            var text: String?
            var raw: RawMedia?
            guard let f = reader.fields(node, path, known: slideKeys) else {
                content = SlideContent(headline: nil, text: nil, media: nil, losses: &losses)
                return
            }
            if let textNode = f["text"], !textNode.isNull,
                let t = reader.fields(textNode, path["text"], known: textKeys)
            {
                headline = reader.optionalString(t, "headline")
                text = reader.optionalString(t, "text")
            }
            if let mediaNode = f["media"], !mediaNode.isNull,
                let m = reader.fields(mediaNode, path["media"], known: mediaKeys)
            {
                raw = RawMedia(
                    url: reader.optionalString(m, "url"), caption: reader.optionalString(m, "caption"),
                    credit: reader.optionalString(m, "credit"), alt: reader.optionalString(m, "alt"),
                    title: reader.optionalString(m, "title"), link: reader.optionalString(m, "link"),
                    thumbnail: reader.optionalString(m, "thumbnail"))
            }
            content = SlideContent(headline: headline, text: text, media: raw, losses: &losses)
            group = TimelineAssembly.groupName(TimelineJSConverter.scalarText(f["group"], path["group"], reader))
            uniqueID = TimelineJSConverter.scalarText(f["unique_id"], path["unique_id"], reader)
            if TimelineJSConverter.isShown(background: f["background"]) {
                losses.add(
                    "background", "slide background ignored (a colour or picture behind the slide)",
                    "slide backgrounds ignored (colours or pictures behind the slides)")
            }
            if !isTitle {
                date = TimelineJSConverter.date(
                    f, path, slideDisplay: reader.optionalString(f, "display_date"), reader: reader)
            } else if f["start_date"] != nil {
                losses.add(
                    "title-date", "title slide's date ignored (TimelineJS does not place the title slide on the axis)",
                    "title slides' dates ignored (TimelineJS does not place the title slide on the axis)")
            }
        }
    }

    /// A background a reader would see: a picture or a colour, not the editor's empty
    /// `""` or `{"url": ""}`.
    static func isShown(background node: JSONNode?) -> Bool {
        guard let node else { return false }
        switch node.value {
        case .string(let text): return text.nonBlank != nil
        case .object(let members):
            return members.contains { member in
                guard ["url", "color"].contains(member.key), case .string(let text) = member.value.value else {
                    return false
                }
                return text.nonBlank != nil
            }
        default: return false
        }
    }

    /// start_date and end_date of a slide; the slide's display_date (or the start
    /// date's) wins over the computed label. An end date equal to the start is dropped,
    /// as TimelineJS drops it, and one without a year (the sheet's blank End Year) is none.
    static func date(_ f: JSONFieldReader.Fields, _ path: FieldPath, slideDisplay: String?, reader: JSONFieldReader)
        -> EventDate?
    {
        guard let startNode = f["start_date"], !startNode.isNull else {
            reader.problem(path["start_date"], "missing required field \"start_date\"", at: f.node.offset)
            return nil
        }
        guard let start = datePart(startNode, path["start_date"], reader) else { return nil }
        var end: DatePart?
        if let endNode = f["end_date"], !endNode.isNull, case .object = endNode.value,
            scalarText(endNode["year"], path["end_date"]["year"], reader)?.nonBlank != nil
        {
            end = datePart(endNode, path["end_date"], reader)
            if end == nil { return nil }
        }
        if let last = end, last.date == start.date, last.time == start.time { end = nil }
        return EventDate.imported(
            start: start.date, end: end?.date, startTime: start.time, endTime: end?.time,
            display: slideDisplay?.nonBlank ?? joinedDisplay(start, end))
    }

    /// The start and end dates' own display texts, where no slide display_date covers both.
    static func joinedDisplay(_ start: DatePart, _ end: DatePart?) -> String? {
        guard let endDisplay = end?.display?.nonBlank else { return start.display?.nonBlank }
        return (start.display?.nonBlank ?? EventDate.format(start.date)) + "–" + endDisplay
    }

    struct DatePart {
        var date: HistoricDate
        var time: String?
        var display: String?
    }

    static func datePart(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> DatePart? {
        guard let d = reader.fields(node, path, known: dateKeys) else { return nil }
        var parts = SlideDateParts()
        parts.year = scalarText(d["year"], path["year"], reader)
        parts.month = scalarText(d["month"], path["month"], reader)
        parts.day = scalarText(d["day"], path["day"], reader)
        switch parts.historicDate() {
        case .success(let date):
            var time: String?
            if let hourText = scalarText(d["hour"], path["hour"], reader)?.nonBlank,
                let hour = SlideDateParts.integer(hourText)
            {
                let minute = scalarText(d["minute"], path["minute"], reader).flatMap { SlideDateParts.integer($0) } ?? 0
                time = SlideDateParts.clock(hour: hour, minute: minute)
            }
            return DatePart(date: date, time: time, display: reader.optionalString(d, "display_date"))
        case .failure(let failure):
            let field: String
            switch failure {
            case .missingYear: field = "year"
            case .notANumber(let name, _), .outOfRange(let name, _): field = name
            }
            let offset = d[field]?.offset ?? node.offset
            reader.problem(path[field], SlideDateParts.describe(failure), at: offset)
            return nil
        }
    }

    /// A value TimelineJS writes as a string or a number ("1815" or 1815).
    static func scalarText(_ node: JSONNode?, _ path: FieldPath, _ reader: JSONFieldReader) -> String? {
        guard let node else { return nil }
        switch node.value {
        case .null: return nil
        case .string(let text): return text
        case .number(let text): return text
        default:
            reader.problem(path, "expected a string or a number, found \(node.kindName)", at: node.offset)
            return nil
        }
    }
}
