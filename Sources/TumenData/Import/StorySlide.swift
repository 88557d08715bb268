/// One StoryMapJS slide as read: what it shows, when (if its date names a calendar date)
/// and where (if it has coordinates), before it becomes a stage, an event or text.
struct StorySlide {
    var index: Int
    var isOverview = false
    var content: SlideContent
    /// The slide's date when it names one calendar date; its text is kept as shown.
    var date: EventDate?
    /// A date that names none ("Aug 23", "Fall 2005"): shown, but not placed on the timeline.
    var dateText: String?
    var latitude: Double?
    var longitude: Double?
    var name: String?
    /// `location.line: false`: the story draws no line to this slide.
    var lineBreak = false
    var zoomed = false

    var hasLocation: Bool { latitude != nil && longitude != nil }

    init(_ node: JSONNode, _ path: FieldPath, index: Int, reader: JSONFieldReader, losses: inout ImportLosses) {
        self.index = index
        guard let f = reader.fields(node, path, known: StoryMapConverter.slideKeys) else {
            content = SlideContent(headline: nil, text: nil, media: nil, losses: &losses)
            return
        }
        var headline: String?
        var text: String?
        var raw: RawMedia?
        if let textNode = f["text"], !textNode.isNull,
            let t = reader.fields(textNode, path["text"], known: ["headline", "text"])
        {
            headline = reader.optionalString(t, "headline")
            text = reader.optionalString(t, "text")
        }
        if let mediaNode = f["media"], !mediaNode.isNull,
            let m = reader.fields(mediaNode, path["media"], known: TimelineJSConverter.mediaKeys)
        {
            raw = RawMedia(
                url: reader.optionalString(m, "url"), caption: reader.optionalString(m, "caption"),
                credit: reader.optionalString(m, "credit"), alt: reader.optionalString(m, "alt"),
                title: reader.optionalString(m, "title"), link: reader.optionalString(m, "link"),
                thumbnail: reader.optionalString(m, "thumbnail"))
        }
        content = SlideContent(headline: headline, text: text, media: raw, losses: &losses)
        if TimelineJSConverter.isShown(background: f["background"]) {
            losses.add(
                "background", "slide background ignored (a colour or picture behind the slide)",
                "slide backgrounds ignored (colours or pictures behind the slides)")
        }
        isOverview = reader.optionalString(f, "type") == "overview"
        if !isOverview, let dateNode = f["date"] { readDate(dateNode, path["date"], reader) }
        if let locationNode = f["location"], !locationNode.isNull,
            let l = reader.fields(locationNode, path["location"], known: StoryMapConverter.locationKeys)
        {
            readLocation(l, path["location"], reader)
        }
    }

    /// `""` (what the editor writes) is no date; "1805-08-12", "Sept 3, 2005" and
    /// TimelineJS-style `{"year": …}` are dates; other text is shown as written.
    mutating func readDate(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) {
        switch node.value {
        case .null: return
        case .string(let raw), .number(let raw):
            guard let text = raw.nonBlank else { return }
            if let parsed = FreeTextDate.parseRange(text) {
                // Words are shown as written; "1805-08-12" and "1996–1999" as Tumen shows dates.
                let words = text == FreeTextDate.canonical(parsed.start, parsed.end) ? nil : text
                date = EventDate(start: parsed.start, end: parsed.end, display: words)
            } else {
                dateText = text
            }
        case .object:
            date = TimelineJSConverter.datePart(node, path, reader).map {
                EventDate.imported(start: $0.date, end: nil, startTime: $0.time, endTime: nil, display: $0.display)
            }
        default:
            reader.problem(path, "expected a date, found \(node.kindName)", at: node.offset)
        }
    }

    /// Coordinates as numbers or as numeric text ("38.81"): StoryMapJS hands both to
    /// Leaflet, which reads them as numbers. A blank or missing one means the slide is not
    /// on the map yet (the overview slide, a slide the author has not placed).
    mutating func readLocation(_ l: JSONFieldReader.Fields, _ path: FieldPath, _ reader: JSONFieldReader) {
        let lat = coordinate(l["lat"], path["lat"], "latitude", reader)
        let lon = coordinate(l["lon"], path["lon"], "longitude", reader)
        zoomed = l["zoom"] != nil
        name = reader.optionalString(l, "name")?.nonBlank
        if let node = l["line"] {
            switch node.value {
            case .bool(let value): lineBreak = !value
            case .string(let text): lineBreak = ["", "false", "0"].contains(text.trimmingSpaces.lowercased())
            case .number(let text): lineBreak = Double(text) == 0
            default: break
            }
        }
        guard let lat, let lon else { return }
        var valid = true
        if !(-90...90).contains(lat) {
            // Latitude out of range with a longitude that would fit: the two are exchanged.
            let hint =
                (-90...90).contains(lon)
                ? "; latitude and longitude look swapped (lat is north–south, lon east–west)" : ""
            reader.problem(path["lat"], "latitude \(lat) is outside -90…90\(hint)", at: l["lat"]?.offset)
            valid = false
        }
        if !(-180...180).contains(lon) {
            reader.problem(path["lon"], "longitude \(lon) is outside -180…180", at: l["lon"]?.offset)
            valid = false
        }
        if valid { (latitude, longitude) = (lat, lon) }
    }

    func coordinate(_ node: JSONNode?, _ path: FieldPath, _ word: String, _ reader: JSONFieldReader) -> Double? {
        guard let node else { return nil }
        switch node.value {
        case .null: return nil
        case .number(let text): return Double(text)
        case .string(let text):
            guard let trimmed = text.nonBlank else { return nil }
            if let value = Double(trimmed), value.isFinite { return value }
            reader.problem(
                path,
                "\(word) \"\(JSONParser.excerpt(text))\" is not a number (StoryMapJS reads decimal degrees, such "
                    + "as 38.81 or -77.04)",
                at: node.offset)
            return nil
        default:
            reader.problem(path, "expected a number, found \(node.kindName)", at: node.offset)
            return nil
        }
    }
}
