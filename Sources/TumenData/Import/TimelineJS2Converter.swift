/// Reads a TimelineJS 2 file: `{"timeline": {"headline", "type": "default", "text",
/// "asset", "date": [{"startDate": "1844,5,24", "headline", "text", "tag", "asset"}],
/// "era": […]}}`. TimelineJS 3 no longer opens these, but teachers still have them. Each
/// date becomes the same slide a TimelineJS 3 file would give, so exporting one writes
/// the TimelineJS 3 file Knight Lab's converter would.
enum TimelineJS2Converter {
    static let timelineKeys: Set<String> = ["headline", "type", "text", "startDate", "asset", "date", "era"]
    static let dateKeys: Set<String> = [
        "startDate", "endDate", "headline", "text", "tag", "classname", "asset", "type", "slug",
    ]
    static let eraKeys: Set<String> = ["startDate", "endDate", "headline", "text", "tag"]
    static let assetKeys: Set<String> = ["media", "credit", "caption", "thumbnail"]

    static func isVersion2(_ root: JSONNode) -> Bool {
        guard let timeline = root["timeline"], case .object = timeline.value else { return false }
        return root["events"] == nil
    }

    static func convert(_ root: JSONNode, reader: JSONFieldReader, losses: inout ImportLosses) -> Dataset {
        let path = FieldPath.root
        guard let top = reader.fields(root, path, known: ["timeline"]), let timelineNode = top["timeline"],
            let t = reader.fields(timelineNode, path["timeline"], known: timelineKeys)
        else { return Dataset(title: "") }
        let timelinePath = path["timeline"]
        if let type = reader.optionalString(t, "type"), type != "default" {
            reader.warning(
                timelinePath["type"],
                "TimelineJS 2 type \"\(JSONParser.excerpt(type))\" (a feed TimelineJS fetched) read as \"default\"",
                at: t["type"]?.offset)
        }
        var assembly = TimelineAssembly()
        let headline = reader.optionalString(t, "headline")
        let text = reader.optionalString(t, "text")
        // TimelineJS 2 opens on a start page only when both headline and text are given.
        if headline?.nonBlank != nil, text?.nonBlank != nil {
            assembly.setTitle(
                SlideContent(headline: headline, text: text, media: asset(t, timelinePath, reader), losses: &losses))
        } else if let title = headline.map({ HTMLText(html: $0).singleLine })?.nonBlank {
            assembly.title = title
        }
        if t["startDate"] != nil {
            losses.add(
                "title-date", "title slide's date ignored (TimelineJS does not place the title slide on the axis)",
                "title slides' dates ignored (TimelineJS does not place the title slide on the axis)")
        }
        for (index, node) in reader.array(t, "date", required: true).enumerated() {
            if reader.isFull { break }
            let datePath = timelinePath["date"][index]
            guard let d = reader.fields(node, datePath, known: dateKeys) else { continue }
            let content = SlideContent(
                headline: reader.optionalString(d, "headline"), text: reader.optionalString(d, "text"),
                media: asset(d, datePath, reader), losses: &losses)
            if reader.optionalString(d, "classname")?.nonBlank != nil {
                losses.add(
                    "classname", "slide style class (classname) ignored", "slide style classes (classname) ignored")
            }
            assembly.events.append(
                .init(
                    content: content, date: date(d, datePath, reader) ?? EventDate(start: HistoricDate(year: 0)),
                    group: TimelineAssembly.groupName(reader.optionalString(d, "tag")), uniqueID: nil))
        }
        for (index, node) in reader.array(t, "era").enumerated() {
            if reader.isFull { break }
            let eraPath = timelinePath["era"][index]
            guard let e = reader.fields(node, eraPath, known: eraKeys) else { continue }
            let date = date(e, eraPath, reader)
            if date != nil, date?.end == nil {
                reader.problem(eraPath["endDate"], "an era needs an endDate", at: node.offset)
            }
            if reader.optionalString(e, "text")?.nonBlank != nil {
                losses.add(
                    "era-text", "era's text not shown (TimelineJS shows an era's headline only)",
                    "eras' texts not shown (TimelineJS shows an era's headline only)")
            }
            let headline = HTMLText(html: reader.optionalString(e, "headline") ?? "").singleLine
            assembly.eras.append((headline, date ?? EventDate(start: HistoricDate(year: 0))))
        }
        losses.note(
            "version-2",
            "a TimelineJS 2 file (\"timeline\": {\"date\": […]}), which TimelineJS 3 no longer opens; "
                + "tumen export --format timelinejs writes it as TimelineJS 3")
        return assembly.dataset(defaultTitle: "Untitled timeline")
    }

    static func asset(_ f: JSONFieldReader.Fields, _ path: FieldPath, _ reader: JSONFieldReader) -> RawMedia? {
        guard let node = f["asset"], !node.isNull, let a = reader.fields(node, path["asset"], known: assetKeys) else {
            return nil
        }
        return RawMedia(
            url: reader.optionalString(a, "media"), caption: reader.optionalString(a, "caption"),
            credit: reader.optionalString(a, "credit"), thumbnail: reader.optionalString(a, "thumbnail"))
    }

    /// startDate and endDate; an end equal to the start is no end.
    static func date(_ f: JSONFieldReader.Fields, _ path: FieldPath, _ reader: JSONFieldReader) -> EventDate? {
        guard let startText = TimelineJSConverter.scalarText(f["startDate"], path["startDate"], reader) else {
            reader.problem(path["startDate"], "missing required field \"startDate\"", at: f.node.offset)
            return nil
        }
        guard let start = parsed(startText, path["startDate"], f["startDate"], reader) else { return nil }
        var end: LegacyDateString.Parsed?
        if let endText = TimelineJSConverter.scalarText(f["endDate"], path["endDate"], reader), endText.nonBlank != nil
        {
            guard let parsedEnd = parsed(endText, path["endDate"], f["endDate"], reader) else { return nil }
            if parsedEnd != start { end = parsedEnd }
        }
        return EventDate.imported(
            start: start.date, end: end?.date, startTime: start.time, endTime: end?.time, display: nil)
    }

    static func parsed(_ text: String, _ path: FieldPath, _ node: JSONNode?, _ reader: JSONFieldReader)
        -> LegacyDateString.Parsed?
    {
        switch LegacyDateString.parse(text) {
        case .success(let parsed): return parsed
        case .failure(let failure):
            reader.problem(
                path,
                "date \"\(JSONParser.excerpt(text))\": " + SlideDateParts.describe(failure)
                    + " (TimelineJS 2 dates are written \"1844,5,24\", \"5/24/1844\" or \"1844\")", at: node?.offset)
            return nil
        }
    }
}
