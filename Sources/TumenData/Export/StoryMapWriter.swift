/// Writes a dataset as a StoryMapJS story (`{"storymap": {"slides": […]}}`) that StoryMapJS
/// opens: an overview slide with the title and introduction, then a slide for every route
/// stage in stage order, at its place's coordinates, and a slide for every event no stage
/// tells, without a place. A story read from StoryMapJS keeps its own slide order (its
/// `story` lesson), so it reads back as the same dataset.
///
/// Routes after the first start with `"line": false`, so StoryMapJS draws no line between
/// two routes. StoryMapJS has no field for sources, contested figures, travel or a
/// display date that is not itself a date, so these go into the slide's text.
public enum StoryMapWriter {
    public static func write(_ dataset: Dataset) -> String {
        json(dataset).text(indent: 0) + "\n"
    }

    /// A note for standard error when the story will have nothing on its map.
    public static func warning(_ dataset: Dataset) -> String? {
        dataset.routes.contains(where: { !$0.stages.isEmpty })
            ? nil
            : "the dataset has no route stages, so the story's slides have no places and its map no markers"
    }

    static func json(_ dataset: Dataset) -> OrderedJSON {
        var slides: [OrderedJSON] = [overview(dataset)]
        var toldStages: Set<String> = []
        var toldEvents: Set<String> = []
        var lastRoute: String?
        func add(stage: RouteStage, of route: Route) {
            guard toldStages.insert(route.id + "\u{0}" + stage.id).inserted else { return }
            if let event = stage.event { toldEvents.insert(event) }
            // A new route starts without a line from the last stop of the one before.
            let breaksLine = lastRoute != nil && lastRoute != route.id && stage.id == route.stages.first?.id
            lastRoute = route.id
            slides.append(slide(stage, breaksLine: breaksLine, in: dataset))
        }
        func add(event id: String) {
            guard !toldEvents.contains(id), let event = dataset.events.first(where: { $0.id == id }) else { return }
            toldEvents.insert(id)
            slides.append(slide(event, in: dataset))
        }
        if let story = dataset.lessons.first(where: { $0.id == "story" }) {
            for step in story.steps {
                switch step.target {
                case .stage(let routeID, let stageID):
                    if let route = dataset.routes.first(where: { $0.id == routeID }),
                        let stage = route.stages.first(where: { $0.id == stageID })
                    {
                        add(stage: stage, of: route)
                    }
                case .event(let id): add(event: id)
                }
            }
        }
        for route in dataset.routes {
            for stage in route.stages { add(stage: stage, of: route) }
        }
        for event in DatasetOrder.eventsByDate(dataset) { add(event: event.id) }
        return .object([
            (
                "storymap",
                .object([
                    ("language", .string("en")),
                    // OpenStreetMap tiles: StoryMapJS's old default (Stamen) no longer serves them.
                    ("map_type", .string("osm:standard")),
                    ("slides", .array(slides)),
                ])
            )
        ])
    }

    static func overview(_ dataset: Dataset) -> OrderedJSON {
        let text = [dataset.description, dataset.contentNote.map { "Content note: " + $0 }].compactMap { $0 }.joined(
            separator: "\n\n")
        return .object([
            ("type", .string("overview")),
            ("date", .string("")),
            (
                "text",
                .object([
                    ("headline", .string(ExportHTML.inline(dataset.title, links: []))),
                    ("text", .string(ExportHTML.paragraphs(text))),
                ])
            ),
        ])
    }

    /// A stage at its place: the stage's text, then the story of the event that tells it
    /// (where that is more than the same words), the travel facts and the sources.
    static func slide(_ stage: RouteStage, breaksLine: Bool, in dataset: Dataset) -> OrderedJSON {
        let event = stage.event.flatMap { id in dataset.events.first(where: { $0.id == id }) }
        var paragraphs = [stage.description]
        // The event's own title and story, where they are more than the stage's words.
        if let event, event.summary != stage.description || event.title != stage.title {
            paragraphs.append(event.title == stage.title ? event.summary : event.title + "\n" + event.summary)
        }
        paragraphs += EventExtras.stage(stage, in: dataset)
        var m: [(String, OrderedJSON)] = [("date", .string(event.map(date) ?? ""))]
        if let event {
            paragraphs += event.media.dropFirst().map { $0.descriptionLines.joined(separator: "\n") }
            paragraphs += EventExtras.paragraphs(event, in: dataset).filter { !$0.hasPrefix("Places: ") }
        }
        let links = event?.links ?? []
        m.append(
            (
                "text",
                .object([
                    ("headline", .string(ExportHTML.inline(stage.title, links: links))),
                    ("text", .string(ExportHTML.paragraphs(paragraphs.joined(separator: "\n\n"), links: links))),
                ])
            ))
        if let place = dataset.places.first(where: { $0.id == stage.place }) {
            m.append(
                (
                    "location",
                    .object([
                        ("lat", .double(place.latitude)), ("lon", .double(place.longitude)),
                        ("name", .string(place.name)), ("line", .bool(!breaksLine)),
                    ])
                ))
        }
        if let media = event?.media.first { m.append(("media", self.media(media, links: links))) }
        return .object(m)
    }

    /// StoryMapJS media: url, caption and credit. Alt text and a click-through link, which
    /// it has no field for, follow the caption as text.
    static func media(_ media: MediaReference, links: [String]) -> OrderedJSON {
        var caption = media.caption
        let extra = [media.alt.map { "Alt text: " + $0 }, media.link.map { "Link: " + $0 }].compactMap { $0 }
        if !extra.isEmpty { caption = ([caption].compactMap { $0 } + extra).joined(separator: " · ") }
        var m: [(String, OrderedJSON)] = [("url", .string(media.url))]
        if let caption { m.append(("caption", .string(ExportHTML.inline(caption, links: links)))) }
        if let credit = media.credit { m.append(("credit", .string(ExportHTML.inline(credit, links: links)))) }
        return .object(m)
    }

    /// An event no stage tells: a slide without a place (StoryMapJS shows the whole map).
    static func slide(_ event: Event, in dataset: Dataset) -> OrderedJSON {
        var paragraphs = [event.summary] + event.media.dropFirst().map { $0.descriptionLines.joined(separator: "\n") }
        paragraphs += EventExtras.paragraphs(event, in: dataset)
        var m: [(String, OrderedJSON)] = [
            ("date", .string(date(event))),
            (
                "text",
                .object([
                    ("headline", .string(ExportHTML.inline(event.title, links: event.links))),
                    ("text", .string(ExportHTML.paragraphs(paragraphs.joined(separator: "\n\n"), links: event.links))),
                ])
            ),
        ]
        if let media = event.media.first { m.append(("media", self.media(media, links: event.links))) }
        return .object(m)
    }

    /// The slide's date as text: the event's own words when they read back as the same
    /// date ("Sept 3, 2005"), else "1805-08-12" or "1996–1999". StoryMapJS shows no date;
    /// Tumen reads it to place the slide on the timeline.
    static func date(_ event: Event) -> String {
        let date = event.date
        if let display = date.display, let read = FreeTextDate.parseRange(display), read.start == date.start,
            read.end == date.end
        {
            return display
        }
        return FreeTextDate.canonical(date.start, date.end)
    }
}
