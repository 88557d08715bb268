/// Converts a TimelineJS JSON file (https://timeline.knightlab.com/docs/json-format.html)
/// into a Dataset: slides become events, groups lanes, eras spans; HTML becomes
/// plain text with numbered links; media become links with caption and credit.
/// What cannot be shown is counted in `losses` and reported as warnings.
public enum TimelineJSConverter {
    static let topKeys: Set<String> = ["title", "events", "eras", "scale"]
    static let slideKeys: Set<String> = ["start_date", "end_date", "text", "media", "group", "display_date",
                                         "background", "unique_id", "autolink"]
    static let dateKeys: Set<String> = ["year", "month", "day", "hour", "minute", "second", "millisecond",
                                        "display_date", "format"]
    static let textKeys: Set<String> = ["headline", "text"]
    static let mediaKeys: Set<String> = ["url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target"]
    /// Lane for slides without a group.
    static let ungrouped = Category(id: "events", name: "Events")

    public static func load(root: JSONNode, bytes: [UInt8], path: String) throws(DatasetLoadError) -> LoadedDataset {
        let reader = JSONFieldReader()
        var losses = ImportLosses()
        let dataset = convert(root, reader: reader, losses: &losses)
        return try DatasetLoader.finish(dataset, reader: reader, root: root, bytes: bytes, path: path,
                                        format: .timelineJSON, extraWarnings: losses.warnings(path: path))
    }

    static func convert(_ root: JSONNode, reader: JSONFieldReader, losses: inout ImportLosses) -> Dataset {
        let path = FieldPath.root
        guard let top = reader.fields(root, path, known: topKeys) else { return Dataset(title: "") }
        var dataset = Dataset(title: "Untitled timeline")
        if let titleNode = top["title"], !titleNode.isNull {
            let slide = Slide(titleNode, path["title"], reader: reader, losses: &losses, isTitle: true)
            if let headline = slide.headline.nonBlank { dataset.title = headline }
            dataset.description = slide.summaryText.nonBlank
            if !slide.links.isEmpty {
                dataset.description = [dataset.description, slide.linkList].compactMap { $0 }.joined(separator: "\n\n")
            }
            if !slide.media.isEmpty {
                dataset.description = [dataset.description, slide.mediaList].compactMap { $0 }.joined(separator: "\n\n")
                losses.add("media", "media item shown as a link", "media items shown as links", count: slide.media.count)
            }
        }
        if let scale = reader.optionalString(top, "scale"), !["human", "cosmological"].contains(scale) {
            reader.warning(path["scale"], "scale \"\(JSONParser.excerpt(scale))\" is neither \"human\" nor \"cosmological\"; dates are read as years", at: top["scale"]?.offset)
        }

        var ids = ImportIDs()
        var categories: [Category] = []
        var categoryByGroup: [String: String] = [:]
        var categoryIDs = ImportIDs()
        for (index, node) in reader.array(top, "events", required: true).enumerated() {
            if reader.isFull { break }
            let slidePath = path["events"][index]
            let slide = Slide(node, slidePath, reader: reader, losses: &losses, isTitle: false)
            let category: String
            if let group = slide.group?.nonBlank {
                if let known = categoryByGroup[group] {
                    category = known
                } else {
                    category = categoryIDs.make(group, fallback: "group")
                    categoryByGroup[group] = category
                    categories.append(Category(id: category, name: group))
                }
            } else {
                if !categories.contains(where: { $0.id == ungrouped.id }) {
                    _ = categoryIDs.make(ungrouped.id, fallback: ungrouped.id)
                    categories.append(ungrouped)
                }
                category = ungrouped.id
            }
            let title = slide.headline.nonBlank ?? slide.date?.label ?? "Untitled"
            let id = ids.make(slide.uniqueID ?? title, fallback: "event-\(index + 1)")
            losses.add("media", "media item shown as a link", "media items shown as links", count: slide.media.count)
            dataset.events.append(Event(
                id: id, date: slide.date ?? EventDate(start: HistoricDate(year: 0)), title: title,
                summary: slide.summaryText.nonBlank ?? title, category: category,
                media: slide.media, links: slide.links))
        }
        dataset.categories = categories
        for (index, node) in reader.array(top, "eras").enumerated() {
            if reader.isFull { break }
            let eraPath = path["eras"][index]
            let slide = Slide(node, eraPath, reader: reader, losses: &losses, isTitle: false)
            let title = slide.headline.nonBlank ?? slide.date?.label ?? "Era \(index + 1)"
            if slide.date != nil, slide.date?.end == nil {
                reader.problem(eraPath["end_date"], "an era needs an end_date", at: node.offset)
            }
            if slide.summaryText.nonBlank != nil {
                losses.add("era-text", "era's text not shown (eras show their headline only)", "eras' texts not shown (eras show their headline only)")
            }
            dataset.eras.append(Era(title: title, date: slide.date ?? EventDate(start: HistoricDate(year: 0))))
        }
        return dataset
    }

    /// One slide (event, title or era) as read, before it becomes an Event.
    struct Slide {
        var headline = ""
        var summaryText = ""
        var links: [String] = []
        var media: [MediaReference] = []
        var group: String?
        var uniqueID: String?
        var date: EventDate?

        init(_ node: JSONNode, _ path: FieldPath, reader: JSONFieldReader, losses: inout ImportLosses, isTitle: Bool) {
            guard let f = reader.fields(node, path, known: slideKeys) else { return }
            if let textNode = f["text"], !textNode.isNull, let t = reader.fields(textNode, path["text"], known: textKeys) {
                let headline = HTMLText(html: reader.optionalString(t, "headline") ?? "")
                let body = HTMLText(html: reader.optionalString(t, "text") ?? "", links: headline.links)
                self.headline = headline.singleLine
                self.summaryText = body.text
                self.links = body.links
            }
            // TimelineJS shows a group's name as HTML, so "&amp;" means "&".
            group = TimelineJSConverter.scalarText(f["group"], path["group"], reader).map { HTMLText(html: $0).singleLine }
            uniqueID = TimelineJSConverter.scalarText(f["unique_id"], path["unique_id"], reader)
            if let mediaNode = f["media"], !mediaNode.isNull, let m = reader.fields(mediaNode, path["media"], known: mediaKeys) {
                media = TimelineJSConverter.media(m, reader: reader, losses: &losses).map { [$0] } ?? []
            }
            if let background = f["background"], !background.isNull {
                losses.add("background", "background ignored", "backgrounds ignored")
            }
            if !isTitle {
                date = TimelineJSConverter.date(f, path, slideDisplay: reader.optionalString(f, "display_date"), reader: reader)
            } else if f["start_date"] != nil {
                losses.add("title-date", "title slide's date ignored", "title slides' dates ignored")
            }
        }

        var linkList: String? {
            links.isEmpty ? nil : links.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n")
        }

        var mediaList: String? {
            media.isEmpty ? nil : media.map { m in
                ["Media:", m.caption, m.credit.map { "(\($0))" }, m.url].compactMap { $0 }.joined(separator: " ")
            }.joined(separator: "\n")
        }
    }

    static func media(_ m: JSONFieldReader.Fields, reader: JSONFieldReader, losses: inout ImportLosses) -> MediaReference? {
        guard let raw = reader.optionalString(m, "url")?.nonBlank else {
            if m["caption"] != nil || m["credit"] != nil {
                losses.add("media-no-url", "media item without a url ignored", "media items without a url ignored")
            }
            return nil
        }
        guard let url = mediaLink(raw, losses: &losses) else { return nil }
        var caption = reader.optionalString(m, "caption").map { HTMLText(html: $0).singleLine }?.nonBlank
        if caption == nil {
            caption = (reader.optionalString(m, "alt") ?? reader.optionalString(m, "title")).map { HTMLText(html: $0).singleLine }?.nonBlank
        }
        let credit = reader.optionalString(m, "credit").map { HTMLText(html: $0).singleLine }?.nonBlank
        if reader.optionalString(m, "thumbnail")?.nonBlank != nil {
            losses.add("thumbnail", "media thumbnail ignored", "media thumbnails ignored")
        }
        if reader.optionalString(m, "link")?.nonBlank != nil {
            losses.add("media-link", "media click-through link ignored", "media click-through links ignored")
        }
        return MediaReference(url: url, caption: caption, credit: credit)
    }

    /// A media field's address; an embed code (an iframe, a tweet's blockquote)
    /// is reduced to the address it points at, or dropped with a warning.
    static func mediaLink(_ raw: String, losses: inout ImportLosses) -> String? {
        guard raw.hasPrefix("<") else { return raw }
        guard let target = HTMLText.attribute("src", in: raw) ?? HTMLText.attribute("href", in: raw),
              let link = HTMLText.decodeEntities(target).nonBlank else {
            losses.add("embed-no-link", "embedded media without a link ignored", "embedded media without a link ignored")
            return nil
        }
        losses.add("embed", "embed code reduced to its link", "embed codes reduced to their links")
        return link
    }

    /// start_date and end_date of a slide; the slide's display_date (or the start
    /// date's) wins over the computed label.
    static func date(_ f: JSONFieldReader.Fields, _ path: FieldPath, slideDisplay: String?, reader: JSONFieldReader) -> EventDate? {
        guard let startNode = f["start_date"], !startNode.isNull else {
            reader.problem(path["start_date"], "missing required field \"start_date\"", at: f.node.offset)
            return nil
        }
        guard let start = datePart(startNode, path["start_date"], reader) else { return nil }
        var end: DatePart?
        if let endNode = f["end_date"], !endNode.isNull, case .object(let members) = endNode.value, !members.isEmpty {
            end = datePart(endNode, path["end_date"], reader)
            if end == nil { return nil }
        }
        return EventDate.imported(start: start.date, end: end?.date, startTime: start.time, endTime: end?.time,
                                  display: slideDisplay ?? joinedDisplay(start, end))
    }

    /// The start and end dates' own display texts, where no slide display_date covers both.
    static func joinedDisplay(_ start: DatePart, _ end: DatePart?) -> String? {
        guard let endDisplay = end?.display?.nonBlank else { return start.display }
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
            if let hourText = scalarText(d["hour"], path["hour"], reader)?.nonBlank, let hour = SlideDateParts.integer(hourText) {
                let minute = scalarText(d["minute"], path["minute"], reader).flatMap { SlideDateParts.integer($0) } ?? 0
                time = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
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
