/// A whole dataset as Tumen shows it: sources, places, events, routes and lessons.
///
/// Everything the explorer, the map and the presenter show comes from one value of
/// this type. It is plain data: loading and validation live in `DatasetLoader`, and
/// nothing here knows about terminals. The JSON format is documented in data/README.md.
public struct Dataset: Sendable, Equatable {
    public var title: String
    public var description: String?
    /// Shown once on first start, before anything else (may be nil for imported data).
    public var contentNote: String?
    public var categories: [Category]
    public var sources: [Source]
    public var places: [Place]
    public var events: [Event]
    public var routes: [Route]
    public var lessons: [Lesson]
    /// Named periods drawn as bands behind the timeline (TimelineJS "eras").
    public var eras: [Era]

    public init(
        title: String, description: String? = nil, contentNote: String? = nil,
        categories: [Category] = [], sources: [Source] = [], places: [Place] = [],
        events: [Event] = [], routes: [Route] = [], lessons: [Lesson] = [], eras: [Era] = []
    ) {
        self.title = title
        self.description = description
        self.contentNote = contentNote
        self.categories = categories
        self.sources = sources
        self.places = places
        self.events = events
        self.routes = routes
        self.lessons = lessons
        self.eras = eras
    }
}

extension Dataset {
    /// The description as an imported title slide (TimelineJS's title, StoryMapJS's overview),
    /// shown before anything else when the dataset has no content note to open with.
    public var titleSlide: String? { contentNote == nil ? description?.nonBlank : nil }
}

/// A named period shown as a band on the time axis; unlike an event it is never selected.
public struct Era: Sendable, Equatable {
    public var title: String
    public var date: EventDate

    public init(title: String, date: EventDate) {
        self.title = title
        self.date = date
    }
}

/// A lane of the timeline: "policy", "border", "route" and so on. Imported
/// TimelineJS groups become categories too, so the set is data, not an enum.
public struct Category: Sendable, Equatable, Hashable {
    public var id: String
    public var name: String
    public var description: String?

    public init(id: String, name: String, description: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
    }
}

/// One source document, by file name under shared/seeds (or a URL for imported data).
public struct Source: Sendable, Equatable {
    public var id: String
    public var file: String?
    public var url: String?
    public var title: String
    public var publisher: String?
    public var author: String?
    /// As precise as the document says: "2019", "2018-11".
    public var date: String?
    public var note: String?

    public init(
        id: String, file: String? = nil, url: String? = nil, title: String,
        publisher: String? = nil, author: String? = nil, date: String? = nil, note: String? = nil
    ) {
        self.id = id
        self.file = file
        self.url = url
        self.title = title
        self.publisher = publisher
        self.author = author
        self.date = date
        self.note = note
    }
}

/// A citation: which source, and which part of it ("section 'Escape from North Korea', paragraph 2").
public struct SourceReference: Sendable, Hashable {
    public var source: String
    public var passage: String

    public init(source: String, passage: String) {
        self.source = source
        self.passage = passage
    }
}

public enum PlaceKind: String, Sendable, Equatable, CaseIterable {
    case river, city, province, country, embassy, crossing, region, facility
}

/// How sure a coordinate is. The sources give no coordinates at all, so every
/// point is our own placement; `illustrative` marks a point that stands for
/// something the sources deliberately do not locate (the river crossing).
public enum CoordinatePrecision: String, Sendable, Equatable, CaseIterable {
    case exact, city, approximate, illustrative
}

public struct Place: Sendable, Equatable {
    public var id: String
    public var name: String
    /// Korean or Chinese name, where known.
    public var localName: String?
    public var kind: PlaceKind
    public var latitude: Double
    public var longitude: Double
    public var precision: CoordinatePrecision
    /// 1 to 3, where 3 is most important (capitals, route stages); lower numbers give way first.
    public var importance: Int
    public var note: String?
    /// The countries the place may lie in (Natural Earth ADM0_A3 codes such as "LAO"),
    /// for a point that does not say it alone: a border crossing, or a transit country
    /// the sources withhold ("Laos or Myanmar"). Empty: the country under the point.
    public var countries: [String]

    public init(
        id: String, name: String, localName: String? = nil, kind: PlaceKind,
        latitude: Double, longitude: Double, precision: CoordinatePrecision = .approximate,
        importance: Int = 2, note: String? = nil, countries: [String] = []
    ) {
        self.countries = countries
        self.id = id
        self.name = name
        self.localName = localName
        self.kind = kind
        self.latitude = latitude
        self.longitude = longitude
        self.precision = precision
        self.importance = importance
        self.note = note
    }
}

/// Where sources give different figures for the same thing, all of them are kept.
public struct ContestedFigure: Sendable, Equatable {
    /// What is disputed, e.g. "share of North Korean women in China who are trafficked".
    public var question: String
    public var claims: [Claim]

    public struct Claim: Sendable, Equatable {
        public var figure: String
        public var context: String?
        public var source: SourceReference

        public init(figure: String, context: String? = nil, source: SourceReference) {
            self.figure = figure
            self.context = context
            self.source = source
        }
    }

    public init(question: String, claims: [Claim]) {
        self.question = question
        self.claims = claims
    }
}

/// A link, caption and credit for media that a terminal cannot show (imported data).
public struct MediaReference: Sendable, Equatable {
    public var url: String
    public var caption: String?
    public var credit: String?
    /// The description a screen reader would read instead of the picture (TimelineJS `alt`,
    /// the sheet's Alt Text column): the nearest thing to the picture a terminal can give.
    public var alt: String?
    /// Where a click on the media leads (TimelineJS `media.link`), when not the media itself.
    public var link: String?

    public init(url: String, caption: String? = nil, credit: String? = nil, alt: String? = nil, link: String? = nil) {
        self.url = url
        self.caption = caption
        self.credit = credit
        self.alt = alt
        self.link = link
    }
}

public struct Event: Sendable, Equatable {
    public var id: String
    public var date: EventDate
    public var title: String
    public var summary: String
    /// A category id.
    public var category: String
    /// Place ids.
    public var places: [String]
    public var sources: [SourceReference]
    public var contested: ContestedFigure?
    public var media: [MediaReference]
    /// Numbered references for links found in imported HTML text.
    public var links: [String]

    public init(
        id: String, date: EventDate, title: String, summary: String, category: String,
        places: [String] = [], sources: [SourceReference] = [], contested: ContestedFigure? = nil,
        media: [MediaReference] = [], links: [String] = []
    ) {
        self.id = id
        self.date = date
        self.title = title
        self.summary = summary
        self.category = category
        self.places = places
        self.sources = sources
        self.contested = contested
        self.media = media
        self.links = links
    }
}

public enum RouteStatus: String, Sendable, Equatable, CaseIterable {
    case open, closed, changed
}

public struct Route: Sendable, Equatable {
    public var id: String
    public var name: String
    public var status: RouteStatus
    /// When the route was used, e.g. "until 2010".
    public var period: String?
    public var description: String?
    public var stages: [RouteStage]
    public var sources: [SourceReference]

    public init(
        id: String, name: String, status: RouteStatus, period: String? = nil,
        description: String? = nil, stages: [RouteStage] = [], sources: [SourceReference] = []
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.period = period
        self.description = description
        self.stages = stages
        self.sources = sources
    }
}

/// One stage of a route, in order. `number` is 1-based and must increase along the route.
public struct RouteStage: Sendable, Equatable {
    public var id: String
    public var number: Int
    public var place: String
    public var title: String
    public var description: String
    /// How people travel this leg, in the sources' words: "on foot", "bus and train".
    public var travel: String?
    /// The same as modes the map can draw, each with its source.
    public var travelModes: [TravelModeClaim]
    public var duration: String?
    public var distance: String?
    /// The event that tells this stage, if any: selecting the stage selects it.
    public var event: String?
    public var sources: [SourceReference]

    public init(
        id: String, number: Int, place: String, title: String, description: String,
        travel: String? = nil, duration: String? = nil, distance: String? = nil,
        event: String? = nil, sources: [SourceReference] = [], travelModes: [TravelModeClaim] = []
    ) {
        self.travelModes = travelModes
        self.id = id
        self.number = number
        self.place = place
        self.title = title
        self.description = description
        self.travel = travel
        self.duration = duration
        self.distance = distance
        self.event = event
        self.sources = sources
    }
}

/// A teacher's ordered walk through the dataset (presenter mode).
public struct Lesson: Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String?
    public var steps: [LessonStep]

    public init(id: String, title: String, description: String? = nil, steps: [LessonStep]) {
        self.id = id
        self.title = title
        self.description = description
        self.steps = steps
    }
}

public struct LessonStep: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case event(String)
        /// A route stage, by route id and stage id.
        case stage(route: String, stage: String)
    }

    public var target: Target
    /// Private to the teacher: shown in `tumen notes`, not in handouts unless asked.
    public var notes: String?
    public var question: String?

    public init(target: Target, notes: String? = nil, question: String? = nil) {
        self.target = target
        self.notes = notes
        self.question = question
    }
}
