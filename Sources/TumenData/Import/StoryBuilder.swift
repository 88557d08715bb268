/// Turns a story's slides, in order, into a Dataset: places and route stages for slides
/// on the map, events for dated slides, the introduction for the rest, and a lesson that
/// tells the story in its own order. Ids do not depend on where a slide sits in the file
/// (stages are numbered along the story), so a story written back and read again keeps them.
struct StoryBuilder {
    /// "zoomify" or "map_as_image" for a story told over a picture, nil for the world map.
    let picture: String?
    private var dataset = Dataset(title: "Untitled story")
    private var introduction: String?
    private var sawOverview = false
    /// Slides with neither a place nor a calendar date, as text for the introduction.
    private var kept: [String] = []
    private var runs: [[RouteStage]] = [[]]
    /// Every slide after the overview, in story order: its stage id (if placed) and event id (if dated).
    private var order: [(stage: String?, event: String?)] = []
    private var placeIDs = ImportIDs(), eventIDs = ImportIDs()
    private var stageCount = 0, breaks = 0, zoomed = 0

    static let storyCategory = Category(id: "story", name: "Story")

    init(picture: String?) {
        self.picture = picture
    }

    var hasStages: Bool { stageCount > 0 }

    mutating func add(_ slide: StorySlide, reader: JSONFieldReader, losses: inout ImportLosses) {
        if slide.isOverview && !sawOverview {
            sawOverview = true
            if let title = slide.content.headline.nonBlank { dataset.title = title }
            introduction = slide.content.textWithMediaAndLinks.nonBlank
            return
        }
        if slide.zoomed { zoomed += 1 }
        let title = slide.content.headline.nonBlank ?? "Slide \(slide.index)"
        var eventID: String?
        if let date = slide.date {
            let id = eventIDs.make(title, fallback: "event-\(dataset.events.count + 1)")
            eventID = id
            if !dataset.categories.contains(Self.storyCategory) { dataset.categories.append(Self.storyCategory) }
            dataset.events.append(
                Event(
                    id: id, date: date, title: title, summary: slide.content.text.nonBlank ?? title,
                    category: Self.storyCategory.id, media: slide.content.media, links: slide.content.links))
        }
        guard picture == nil, slide.hasLocation, let latitude = slide.latitude, let longitude = slide.longitude else {
            if eventID == nil {
                // Nothing else can hold it: the introduction keeps what the slide says.
                let body = [slide.dateText, slide.content.textWithMediaAndLinks.nonBlank].compactMap { $0 }.joined(
                    separator: "\n\n")
                kept.append([title, body.nonBlank].compactMap { $0 }.joined(separator: "\n"))
                losses.add(
                    "kept", "slide with neither a place on the map nor a date kept in the story's introduction",
                    "slides with neither a place on the map nor a date kept in the story's introduction")
            }
            order.append((nil, eventID))
            return
        }
        let name = slide.name ?? title
        let place = Place(
            id: placeIDs.make(name, fallback: "place-\(dataset.places.count + 1)"), name: name, kind: .city,
            latitude: latitude, longitude: longitude, precision: .exact, importance: 3)
        dataset.places.append(place)
        var description: String
        if let eventID, let index = dataset.events.lastIndex(where: { $0.id == eventID }) {
            dataset.events[index].places = [place.id]
            description = dataset.events[index].summary
        } else {
            // The stage alone holds the slide: its text, a date that names no day, media and links.
            description =
                [slide.dateText, slide.content.textWithMediaAndLinks.nonBlank].compactMap { $0 }
                .joined(separator: "\n\n").nonBlank ?? title
        }
        if slide.lineBreak, !(runs.last?.isEmpty ?? true) {
            runs.append([])
            breaks += 1
        }
        stageCount += 1
        let stageID = "stage-\(stageCount)"
        runs[runs.count - 1].append(
            RouteStage(
                id: stageID, number: (runs.last?.count ?? 0) + 1, place: place.id,
                title: title, description: description, event: eventID))
        order.append((stageID, eventID))
    }

    func dataset(losses: inout ImportLosses) -> Dataset {
        var dataset = self.dataset
        losses.add(
            "zoom", "zoom level ignored (the map fits the story's places)",
            "zoom levels ignored (the map fits the story's places)",
            count: zoomed)
        var parts = [introduction]
        if let picture, !kept.isEmpty {
            parts.append(
                "This story is told over a picture (\(picture)), not a map of the world. Tumen cannot show the "
                    + "picture, so its slides follow here in order."
            )
        }
        dataset.description = (parts.compactMap { $0 } + kept).joined(separator: "\n\n").nonBlank
        let filled = runs.filter { !$0.isEmpty }
        for (number, stages) in filled.enumerated() {
            let name = filled.count == 1 ? dataset.title : "\(dataset.title), part \(number + 1) of \(filled.count)"
            dataset.routes.append(
                Route(
                    id: number == 0 ? "story" : "story-part-\(number + 1)", name: name,
                    status: .open, stages: stages))
        }
        if breaks > 0 {
            losses.add(
                "line-break", "place where the story hides its line: the route is split there",
                "places where the story hides its line: the route is split there", count: breaks)
        }
        // The story as a lesson, so `tumen present --lesson story` tells it in its own order.
        var routeOfStage: [String: String] = [:]
        for route in dataset.routes { for stage in route.stages { routeOfStage[stage.id] = route.id } }
        let steps = order.compactMap { slide -> LessonStep? in
            if let stage = slide.stage, let route = routeOfStage[stage] {
                return LessonStep(target: .stage(route: route, stage: stage))
            }
            return slide.event.map { LessonStep(target: .event($0)) }
        }
        if !steps.isEmpty {
            dataset.lessons.append(
                Lesson(id: "story", title: dataset.title, description: "The story's slides in order.", steps: steps))
        }
        return dataset
    }
}
