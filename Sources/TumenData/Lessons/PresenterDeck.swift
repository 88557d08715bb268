/// What the presenter walks through: a lesson's steps, resolved against the dataset
/// into what each screen shows, or every event in date order when no lesson is chosen.
///
/// Resolution happens once, up front, so the reducer and the views deal only in
/// finished steps and never look ids up again.
public struct PresenterDeck: Sendable, Equatable {
    /// The dataset the steps come from (the map needs its places and routes).
    public var dataset: Dataset
    /// The lesson's title, or the dataset's title when walking all events.
    public var title: String
    /// The lesson's id, or nil when walking all events.
    public var lessonID: String?
    public var steps: [PresenterStep]

    public init(dataset: Dataset, title: String, lessonID: String?, steps: [PresenterStep]) {
        self.dataset = dataset
        self.title = title
        self.lessonID = lessonID
        self.steps = steps
    }

    /// Why a deck cannot be made: the lesson named is not in the dataset.
    public struct UnknownLesson: Error, Equatable, CustomStringConvertible {
        public var name: String
        public var available: [String]

        public var description: String {
            let list =
                available.isEmpty ? "this dataset has no lessons" : "lessons: " + available.joined(separator: ", ")
            return "no lesson named '\(TextSanitizer.visible(name))'; \(list)"
        }
    }

    /// The lesson with this id (or nil: all events by date). A step whose target is missing
    /// from the dataset is left out; `tumen validate` reports such steps as errors, so a
    /// validated dataset never loses one.
    public init(dataset: Dataset, lesson name: String?) throws(UnknownLesson) {
        guard let name else {
            // An imported timeline's title slide comes first, as TimelineJS shows it first.
            let opening = dataset.titleSlide.map { [PresenterStep(title: dataset.title, date: nil, summary: $0)] } ?? []
            self.init(
                dataset: dataset, title: dataset.title, lessonID: nil,
                steps: opening
                    + DatasetOrder.eventsByDate(dataset).map { PresenterStep(event: $0, notes: nil, question: nil) })
            return
        }
        guard let lesson = dataset.lessons.first(where: { $0.id == name }) else {
            throw UnknownLesson(name: name, available: dataset.lessons.map(\.id))
        }
        var steps = lesson.steps.compactMap { PresenterStep(resolving: $0, in: dataset) }
        // A story map's lesson opens on its overview slide, as StoryMapJS does.
        if lesson.id == "story", let slide = dataset.titleSlide {
            steps.insert(PresenterStep(title: dataset.title, date: nil, summary: slide), at: 0)
        }
        self.init(dataset: dataset, title: lesson.title, lessonID: lesson.id, steps: steps)
    }
}

/// One screen of a presentation, with everything it shows already looked up.
public struct PresenterStep: Sendable, Equatable {
    /// Where a route stage sits on its route, for the map and the stage line.
    public struct StageInfo: Sendable, Equatable {
        public var routeID: String
        public var routeName: String
        /// 0-based position on the route.
        public var index: Int
        public var number: Int
        public var count: Int
        /// "on foot, one night, 50 km".
        public var travel: String?
        /// The stage titles of the route in order, for the stage list when no map fits.
        public var stageTitles: [String]
    }

    public var title: String
    /// "Oct 2018": the event's date (for a stage, the event that tells it); nil when there is none.
    public var date: String?
    /// What the screen says: the event's summary, or the stage's own description.
    public var summary: String
    /// For a stage told by an event: the event's summary, for the handout.
    public var story: String?
    public var stage: StageInfo?
    /// The event shown (for a stage, the event that tells it, if any).
    public var eventID: String?
    public var places: [String]
    public var sources: [SourceReference]
    /// The teacher's private notes (`tumen notes`, handouts with --with-notes).
    public var notes: String?
    public var question: String?

    public init(
        title: String, date: String?, summary: String, stage: StageInfo? = nil, eventID: String? = nil,
        places: [String] = [], sources: [SourceReference] = [], notes: String? = nil, question: String? = nil
    ) {
        self.title = title
        self.date = date
        self.summary = summary
        self.stage = stage
        self.eventID = eventID
        self.places = places
        self.sources = sources
        self.notes = notes
        self.question = question
    }

    init(event: Event, notes: String?, question: String?) {
        self.init(
            title: event.title, date: event.date.label, summary: event.summary, eventID: event.id,
            places: event.places, sources: event.sources, notes: notes, question: question)
    }

    init?(resolving step: LessonStep, in dataset: Dataset) {
        switch step.target {
        case .event(let id):
            guard let event = dataset.events.first(where: { $0.id == id }) else { return nil }
            self.init(event: event, notes: step.notes, question: step.question)
        case .stage(let routeID, let stageID):
            guard let route = dataset.routes.first(where: { $0.id == routeID }),
                let index = route.stages.firstIndex(where: { $0.id == stageID })
            else { return nil }
            let stage = route.stages[index]
            let event = stage.event.flatMap { id in dataset.events.first(where: { $0.id == id }) }
            let travel = [stage.travel, stage.duration, stage.distance].compactMap { $0 }
            let info = StageInfo(
                routeID: route.id, routeName: route.name, index: index, number: stage.number,
                count: route.stages.count, travel: travel.isEmpty ? nil : travel.joined(separator: ", "),
                stageTitles: route.stages.map(\.title))
            // The screen keeps to the stage's short description; the event's fuller story
            // goes in the handout.
            var sources = stage.sources
            for reference in event?.sources ?? [] where !sources.contains(reference) { sources.append(reference) }
            self.init(
                title: stage.title, date: event?.date.label, summary: stage.description, stage: info,
                eventID: event?.id, places: [stage.place], sources: sources,
                notes: step.notes, question: step.question)
            if let event, event.summary != stage.description { story = event.summary }
        }
    }
}
