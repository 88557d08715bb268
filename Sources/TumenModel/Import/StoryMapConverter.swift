import Foundation

/// Converts a StoryMapJS story (`{"storymap": {"slides": […]}}`) into a Dataset:
/// the overview slide gives the title, each located slide a place and a stage of
/// one route in story order, and each dated slide an event on the timeline.
/// Where the story hides the line to a slide (`location.line: false`), the route
/// breaks there and continues as a further part.
public enum StoryMapConverter {
    static let slideKeys: Set<String> = ["type", "text", "location", "media", "date", "background", "call_to_action",
                                         "call_to_action_text"]
    static let locationKeys: Set<String> = ["lat", "lon", "zoom", "line", "name", "icon", "use_default_icon", "image"]
    /// How the story looks in a browser (tiles, colours, fonts): nothing to show in a terminal.
    static let styleKeys: Set<String> = ["map_type", "map_as_image", "map_subdomains", "map_access_token", "attribution",
                                         "language", "map_background_color", "font_css", "calculate_zoom",
                                         "call_to_action", "call_to_action_text", "line_color", "line_color_hex",
                                         "line_weight", "line_opacity", "line_dash", "show_lines", "show_history_line",
                                         "line_follows_path", "zoomify", "width", "height", "maptype"]

    public static func load(root: JSONNode, bytes: [UInt8], path: String) throws(DatasetLoadError) -> LoadedDataset {
        let reader = JSONFieldReader()
        var losses = ImportLosses()
        let dataset = convert(root, reader: reader, losses: &losses)
        return try DatasetLoader.finish(dataset, reader: reader, root: root, bytes: bytes, path: path,
                                        format: .storyMap, extraWarnings: losses.warnings(path: path))
    }

    static func convert(_ root: JSONNode, reader: JSONFieldReader, losses: inout ImportLosses) -> Dataset {
        let path = FieldPath.root
        guard let top = reader.fields(root, path, known: ["storymap", "width", "height", "font_css", "calculate_zoom",
                                                          "storymap_config", "map_config"]),
              let storyNode = top["storymap"],
              let story = reader.fields(storyNode, path["storymap"], known: styleKeys.union(["slides"]))
        else { return Dataset(title: "") }
        let styled = styleKeys.filter { story[$0] != nil }.count + ["width", "height", "font_css", "calculate_zoom",
                                                                    "storymap_config", "map_config"].filter { top[$0] != nil }.count
        losses.add("style", "map styling setting ignored", "map styling settings ignored", count: styled)
        var dataset = Dataset(title: "Untitled story")
        let storyCategory = Category(id: "story", name: "Story")
        var placeIDs = ImportIDs(), eventIDs = ImportIDs()
        var runs: [[RouteStage]] = [[]]
        /// Every slide after the overview, in story order: its stage id (if placed) and event id (if dated).
        var order: [(stage: String?, event: String?)] = []
        var breaks = 0
        var zoomed = 0

        for (index, node) in reader.array(story, "slides", required: true).enumerated() {
            if reader.isFull { break }
            let slidePath = path["storymap"]["slides"][index]
            guard let f = reader.fields(node, slidePath, known: slideKeys) else { continue }
            var headline = HTMLText(html: "")
            var body = HTMLText(html: "")
            if let textNode = f["text"], !textNode.isNull, let t = reader.fields(textNode, slidePath["text"], known: ["headline", "text"]) {
                headline = HTMLText(html: reader.optionalString(t, "headline") ?? "")
                body = HTMLText(html: reader.optionalString(t, "text") ?? "", links: headline.links)
            }
            var media: [MediaReference] = []
            if let mediaNode = f["media"], !mediaNode.isNull,
               let m = reader.fields(mediaNode, slidePath["media"], known: TimelineJSConverter.mediaKeys),
               let reference = TimelineJSConverter.media(m, reader: reader, losses: &losses) {
                media.append(reference)
            }
            if let background = f["background"], !background.isNull {
                losses.add("background", "background ignored", "backgrounds ignored")
            }
            let type = reader.optionalString(f, "type")
            if type == "overview" {
                if let title = headline.singleLine.nonBlank { dataset.title = title }
                var parts = [body.text.nonBlank]
                if !body.links.isEmpty { parts.append(numbered(body.links)) }
                for m in media {
                    parts.append(describe(m))
                    losses.add("media", "media item shown as a link", "media items shown as links")
                }
                dataset.description = parts.compactMap { $0 }.joined(separator: "\n\n").nonBlank
                continue
            }
            let title = headline.singleLine.nonBlank ?? "Slide \(index + 1)"
            var eventID: String?
            if let dateNode = f["date"], !dateNode.isNull {
                if let date = slideDate(dateNode, slidePath["date"], reader) {
                    let id = eventIDs.make(title, fallback: "slide-\(index + 1)")
                    eventID = id
                    if !dataset.categories.contains(storyCategory) { dataset.categories.append(storyCategory) }
                    losses.add("media", "media item shown as a link", "media items shown as links", count: media.count)
                    dataset.events.append(Event(id: id, date: date, title: title, summary: body.text.nonBlank ?? title,
                                                category: storyCategory.id, media: media, links: body.links))
                }
            }
            guard let locationNode = f["location"], !locationNode.isNull,
                  let l = reader.fields(locationNode, slidePath["location"], known: locationKeys) else {
                losses.add("unplaced", "slide without a location kept off the map", "slides without a location kept off the map")
                order.append((nil, eventID))
                continue
            }
            let latitude = reader.number(l, "lat"), longitude = reader.number(l, "lon")
            // Checked here so the problem points into the story, not at a place the file does not have.
            let placePath = FieldPath.root["places"][dataset.places.count]
            if !(-90...90).contains(latitude) {
                reader.problem(slidePath["location"]["lat"], "latitude \(latitude) is outside -90…90", at: l["lat"]?.offset)
                reader.markInvalid(placePath["lat"])
            }
            if !(-180...180).contains(longitude) {
                reader.problem(slidePath["location"]["lon"], "longitude \(longitude) is outside -180…180", at: l["lon"]?.offset)
                reader.markInvalid(placePath["lon"])
            }
            let place = Place(id: placeIDs.make(reader.optionalString(l, "name") ?? title, fallback: "place-\(index + 1)"),
                              name: reader.optionalString(l, "name")?.nonBlank ?? title, kind: .city,
                              latitude: latitude, longitude: longitude, precision: .exact,
                              importance: 3)
            if l["zoom"] != nil { zoomed += 1 }
            if let id = eventID, let last = dataset.events.indices.last, dataset.events[last].id == id {
                dataset.events[last].places = [place.id]
            }
            dataset.places.append(place)
            var description = body.text.nonBlank ?? title
            if eventID == nil {
                // Undated slides have no event to hold their links and media, so the stage's text lists them.
                if !body.links.isEmpty { description += "\n\n" + numbered(body.links) }
                for m in media {
                    description += "\n\n" + describe(m)
                    losses.add("media", "media item shown as a link", "media items shown as links")
                }
            }
            if reader.optionalBool(l, "line") == false, !(runs.last?.isEmpty ?? true) {
                runs.append([])
                breaks += 1
            }
            let stageNumber = (runs.last?.count ?? 0) + 1
            runs[runs.count - 1].append(RouteStage(id: "stage-\(index + 1)", number: stageNumber, place: place.id,
                                                   title: title, description: description, event: eventID))
            order.append(("stage-\(index + 1)", eventID))
        }
        losses.add("zoom", "zoom level ignored (the map fits the story's places)", "zoom levels ignored (the map fits the story's places)", count: zoomed)
        // A story drawn without lines has places to visit but no path between them.
        let drawsLines = reader.optionalBool(story, "show_lines") != false
        if !drawsLines, !runs.joined().isEmpty {
            losses.add("no-lines", "story drawn without lines (show_lines: false): its places have no route",
                       "stories drawn without lines (show_lines: false): their places have no route")
        }
        let filled = drawsLines ? runs.filter { !$0.isEmpty } : []
        for (number, stages) in filled.enumerated() {
            let name = filled.count == 1 ? dataset.title : "\(dataset.title), part \(number + 1) of \(filled.count)"
            dataset.routes.append(Route(id: number == 0 ? "story" : "story-part-\(number + 1)", name: name,
                                        status: .open, description: nil, stages: stages))
        }
        // The story as a lesson, so `tumen present --lesson story` tells it in its own order.
        var routeOfStage: [String: String] = [:]
        for route in dataset.routes { for stage in route.stages { routeOfStage[stage.id] = route.id } }
        let steps = order.compactMap { slide -> LessonStep? in
            if let stage = slide.stage, let route = routeOfStage[stage] { return LessonStep(target: .stage(route: route, stage: stage)) }
            return slide.event.map { LessonStep(target: .event($0)) }
        }
        if !steps.isEmpty {
            dataset.lessons.append(Lesson(id: "story", title: dataset.title, description: "The story's slides in order.", steps: steps))
        }
        if breaks > 0 {
            losses.add("line-break", "place where the story hides its line: the route is split there",
                       "places where the story hides its line: the route is split there", count: breaks)
        }
        return dataset
    }

    /// A slide's date: "1869", "1869-05-10", or TimelineJS-style `{"year": …}`.
    static func slideDate(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> EventDate? {
        switch node.value {
        case .string(let text), .number(let text):
            let trimmed = text.trimmingSpaces.replacingOccurrences(of: "/", with: "-")
            if let date = HistoricDate(parsing: trimmed) { return EventDate(start: date) }
            reader.problem(path, "date \"\(JSONParser.excerpt(text))\" is not YYYY, YYYY-MM or YYYY-MM-DD", at: node.offset)
            return nil
        case .object:
            return TimelineJSConverter.datePart(node, path, reader).map { EventDate.imported(
                start: $0.date, end: nil, startTime: $0.time, endTime: nil, display: $0.display) }
        default:
            reader.problem(path, "expected a date, found \(node.kindName)", at: node.offset)
            return nil
        }
    }

    static func numbered(_ links: [String]) -> String {
        links.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n")
    }

    static func describe(_ m: MediaReference) -> String {
        ["Media:", m.caption, m.credit.map { "(\($0))" }, m.url].compactMap { $0 }.joined(separator: " ")
    }
}
