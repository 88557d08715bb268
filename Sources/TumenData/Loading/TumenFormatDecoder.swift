/// Decodes Tumen's own JSON format (data/README.md) into a `Dataset`, then runs
/// the semantic checks, and ties every problem to a line and column.
public enum TumenFormatDecoder {
    public static let formatMarker = "tumen-dataset"
    public static let supportedVersion = 1

    /// The fields each object may hold; built once, not per object decoded.
    enum Known {
        static let dataset: Set<String> = [
            "format", "version", "title", "description", "contentNote", "categories",
            "sources", "places", "events", "routes", "lessons", "eras", "$schema",
        ]
        static let category: Set<String> = ["id", "name", "description"]
        static let source: Set<String> = ["id", "file", "url", "title", "publisher", "author", "date", "note"]
        static let place: Set<String> = [
            "id", "name", "localName", "kind", "lat", "lon", "precision", "importance", "note",
            "countries",
        ]
        static let event: Set<String> = [
            "id", "date", "title", "summary", "category", "places", "sources",
            "contested", "media", "links",
        ]
        static let date: Set<String> = ["start", "end", "inferred", "note", "display"]
        static let sourceReference: Set<String> = ["source", "passage"]
        static let contested: Set<String> = ["question", "claims"]
        static let claim: Set<String> = ["figure", "context", "source"]
        static let media: Set<String> = ["url", "caption", "credit", "alt", "link"]
        static let route: Set<String> = ["id", "name", "status", "period", "description", "stages", "sources"]
        static let stage: Set<String> = [
            "id", "number", "place", "title", "description", "travel", "duration",
            "distance", "event", "sources", "travelModes",
        ]
        static let travelMode: Set<String> = ["mode", "source"]
        static let lesson: Set<String> = ["id", "title", "description", "steps"]
        static let lessonStep: Set<String> = ["event", "route", "stage", "notes", "question"]
        static let era: Set<String> = ["title", "date"]
    }

    static func load(root: JSONNode, bytes: [UInt8], path: String) throws(DatasetLoadError) -> LoadedDataset {
        let reader = JSONFieldReader()
        let dataset = decode(root, reader: reader)
        return try DatasetLoader.finish(dataset, reader: reader, root: root, bytes: bytes, path: path, format: .tumen)
    }

    /// A file whose events were decoded while it was parsed: the tree holds no events,
    /// so problems that need one to be placed are placed in a tree parsed again.
    static func load(root: JSONNode, stream: EventStream, bytes: [UInt8], path: String) throws(DatasetLoadError)
        -> LoadedDataset
    {
        let dataset = decode(root, reader: stream.reader, events: stream.events)
        return try DatasetLoader.finish(
            dataset, reader: stream.reader, root: root, bytes: bytes, path: path, format: .tumen,
            treeIsPartial: true)
    }

    /// Decodes the events of a Tumen file one by one as the parser reaches them, so
    /// the tree of 100,000 events is never built (`JSONParser.HandOver`). It takes
    /// them only once the root members before "events" show the file is Tumen's (or
    /// the user said so), the same rule as `DatasetLoader.detectJSONFormat`.
    final class EventStream {
        let reader = JSONFieldReader()
        /// Events of a big file name the same few places and sources over and over; each
        /// distinct list is kept once and shared (arrays share storage), which saves two
        /// allocations an event: about a sixth of the memory of a million events.
        private var placeLists: [[String]: [String]] = [:]
        private var sourceLists: [[SourceReference]: [SourceReference]] = [:]
        private(set) var events: [Event] = []
        private(set) var isTaken = false
        static let sharingFrom = 1_000
        private let forced: DatasetFormat?
        private let progress: LoadProgress?

        init(forced: DatasetFormat?, progress: LoadProgress? = nil) {
            self.forced = forced
            self.progress = progress
        }

        var handOver: JSONParser.HandOver {
            JSONParser.HandOver(key: "events") { [self] membersSoFar in
                let isTumen =
                    forced == .tumen
                    || (forced == nil && membersSoFar.contains { DatasetLoader.tumenKeys.contains($0.key) })
                guard isTumen else { return nil }
                isTaken = true
                let path = FieldPath.root["events"]
                return { [self] node in
                    // As `each` does: stop decoding once the reader is full.
                    guard !reader.isFull else { return }
                    var decoded = event(node, path[events.count], reader)
                    // From the thousandth event on: below that the lists are few and the
                    // hashing would cost more start-up time (a twentieth of opening the
                    // built-in dataset) than the sharing saves memory.
                    if events.count >= Self.sharingFrom, placeLists.count < 100_000, sourceLists.count < 100_000 {
                        decoded.places =
                            placeLists[decoded.places]
                            ?? {
                                placeLists[decoded.places] = decoded.places
                                return decoded.places
                            }()
                        decoded.sources =
                            sourceLists[decoded.sources]
                            ?? {
                                sourceLists[decoded.sources] = decoded.sources
                                return decoded.sources
                            }()
                    }
                    events.append(decoded)
                    progress?.record(bytes: node.offset, events: events.count)
                }
            }
        }
    }

    /// Decodes what can be decoded; problems and placeholder paths go to `reader`.
    /// `events`, when given, were decoded already (`EventStream`).
    public static func decode(_ root: JSONNode, reader: JSONFieldReader) -> Dataset {
        decode(root, reader: reader, events: nil)
    }

    static func decode(_ root: JSONNode, reader: JSONFieldReader, events: [Event]?) -> Dataset {
        let path = FieldPath.root
        guard let top = reader.fields(root, path, known: Known.dataset) else {
            return Dataset(title: "")
        }
        if let marker = reader.optionalString(top, "format", required: true),
            !reader.invalidPaths.contains(path["format"]),
            marker != formatMarker
        {
            reader.problem(
                path["format"], "\"format\" must be \"\(formatMarker)\", found \"\(JSONParser.excerpt(marker))\"",
                at: top["format"]?.offset)
        }
        if let version = reader.optionalInteger(top, "version", required: true), version != supportedVersion {
            reader.problem(
                path["version"], "unsupported format version \(version) (this Tumen reads version \(supportedVersion))",
                at: top["version"]?.offset)
        }
        var dataset = Dataset(title: reader.string(top, "title"))
        dataset.description = reader.optionalString(top, "description")
        dataset.contentNote = reader.optionalString(top, "contentNote")
        dataset.categories = each(reader.array(top, "categories", required: true), path["categories"], reader, category)
        dataset.sources = each(reader.array(top, "sources", required: true), path["sources"], reader, source)
        dataset.places = each(reader.array(top, "places", required: true), path["places"], reader, place)
        let eventNodes = reader.array(top, "events", required: true)
        dataset.events = events ?? each(eventNodes, path["events"], reader, event)
        dataset.routes = each(reader.array(top, "routes"), path["routes"], reader, route)
        dataset.lessons = each(reader.array(top, "lessons"), path["lessons"], reader, lesson)
        dataset.eras = each(reader.array(top, "eras"), path["eras"], reader, era)
        return dataset
    }

    /// Decodes every element, keeping placeholders so indices match the file.
    static func each<T>(
        _ nodes: [JSONNode], _ path: FieldPath, _ reader: JSONFieldReader,
        _ decodeOne: (JSONNode, FieldPath, JSONFieldReader) -> T
    ) -> [T] {
        var result: [T] = []
        result.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            if reader.isFull { break }
            result.append(decodeOne(node, path[index], reader))
        }
        return result
    }

    static func category(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> Category {
        guard let f = reader.fields(node, path, known: Known.category) else {
            return Category(id: "", name: "")
        }
        return Category(
            id: reader.string(f, "id"), name: reader.string(f, "name"),
            description: reader.optionalString(f, "description"))
    }

    static func source(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> Source {
        guard let f = reader.fields(node, path, known: Known.source) else {
            return Source(id: "", title: "")
        }
        return Source(
            id: reader.string(f, "id"), file: reader.optionalString(f, "file"), url: reader.optionalString(f, "url"),
            title: reader.string(f, "title"), publisher: reader.optionalString(f, "publisher"),
            author: reader.optionalString(f, "author"), date: reader.optionalString(f, "date"),
            note: reader.optionalString(f, "note"))
    }

    static func place(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> Place {
        guard let f = reader.fields(node, path, known: Known.place) else {
            return Place(id: "", name: "", kind: .city, latitude: 0, longitude: 0)
        }
        return Place(
            id: reader.string(f, "id"), name: reader.string(f, "name"),
            localName: reader.optionalString(f, "localName"),
            kind: reader.choice(f, "kind", as: PlaceKind.self, default: nil) ?? .city,
            latitude: reader.number(f, "lat"), longitude: reader.number(f, "lon"),
            precision: reader.choice(f, "precision", as: CoordinatePrecision.self, default: nil) ?? .approximate,
            importance: reader.optionalInteger(f, "importance") ?? 2, note: reader.optionalString(f, "note"),
            countries: reader.strings(f, "countries"))
    }

    static func event(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> Event {
        guard let f = reader.fields(node, path, known: Known.event) else {
            return Event(id: "", date: EventDate(start: HistoricDate(year: 0)), title: "", summary: "", category: "")
        }
        let date: EventDate
        if let dateNode = f["date"] {
            date = eventDate(dateNode, path["date"], reader)
        } else {
            reader.problem(path["date"], "missing required field \"date\"", at: node.offset)
            date = EventDate(start: HistoricDate(year: 0))
        }
        var contested: ContestedFigure?
        if let contestedNode = f["contested"], !contestedNode.isNull {
            contested = contestedFigure(contestedNode, path["contested"], reader)
        }
        return Event(
            id: reader.string(f, "id"), date: date, title: reader.string(f, "title"),
            summary: reader.string(f, "summary"),
            category: reader.string(f, "category"), places: reader.strings(f, "places"),
            sources: each(reader.array(f, "sources", required: true), path["sources"], reader, sourceReference),
            contested: contested,
            media: each(reader.array(f, "media"), path["media"], reader, media),
            links: reader.strings(f, "links"))
    }

    static func eventDate(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> EventDate {
        let placeholder = EventDate(start: HistoricDate(year: 0))
        guard let f = reader.fields(node, path, known: Known.date) else { return placeholder }
        let start = historicDate(f, "start", required: true, reader) ?? placeholder.start
        return EventDate(
            start: start, end: historicDate(f, "end", required: false, reader),
            inferred: reader.optionalBool(f, "inferred") ?? false,
            note: reader.optionalString(f, "note"), display: reader.optionalString(f, "display"))
    }

    static func historicDate(_ f: JSONFieldReader.Fields, _ key: String, required: Bool, _ reader: JSONFieldReader)
        -> HistoricDate?
    {
        guard let text = reader.optionalString(f, key, required: required), !reader.invalidPaths.contains(f.path[key])
        else {
            return nil
        }
        switch DateDiagnosis.parse(text) {
        case .success(let date): return date
        case .failure(let reason):
            reader.problem(f.path[key], reason.message, at: f[key]?.offset)
            return nil
        }
    }

    static func sourceReference(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> SourceReference {
        guard let f = reader.fields(node, path, known: Known.sourceReference) else {
            return SourceReference(source: "", passage: "")
        }
        return SourceReference(source: reader.string(f, "source"), passage: reader.string(f, "passage"))
    }

    static func contestedFigure(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> ContestedFigure? {
        guard let f = reader.fields(node, path, known: Known.contested) else { return nil }
        let claims = each(reader.array(f, "claims", required: true), path["claims"], reader) { node, path, reader in
            guard let c = reader.fields(node, path, known: Known.claim) else {
                return ContestedFigure.Claim(figure: "", source: SourceReference(source: "", passage: ""))
            }
            let reference: SourceReference
            if let sourceNode = c["source"] {
                reference = sourceReference(sourceNode, path["source"], reader)
            } else {
                reader.problem(path["source"], "missing required field \"source\"", at: node.offset)
                reference = SourceReference(source: "", passage: "")
            }
            return ContestedFigure.Claim(
                figure: reader.string(c, "figure"), context: reader.optionalString(c, "context"), source: reference)
        }
        return ContestedFigure(question: reader.string(f, "question"), claims: claims)
    }

    static func media(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> MediaReference {
        guard let f = reader.fields(node, path, known: Known.media) else { return MediaReference(url: "") }
        return MediaReference(
            url: reader.string(f, "url"), caption: reader.optionalString(f, "caption"),
            credit: reader.optionalString(f, "credit"), alt: reader.optionalString(f, "alt"),
            link: reader.optionalString(f, "link"))
    }

    static func route(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> Route {
        guard let f = reader.fields(node, path, known: Known.route) else {
            return Route(id: "", name: "", status: .open)
        }
        return Route(
            id: reader.string(f, "id"), name: reader.string(f, "name"),
            status: reader.choice(f, "status", as: RouteStatus.self, default: nil) ?? .open,
            period: reader.optionalString(f, "period"), description: reader.optionalString(f, "description"),
            stages: each(reader.array(f, "stages", required: true), path["stages"], reader, stage),
            sources: each(reader.array(f, "sources"), path["sources"], reader, sourceReference))
    }

    static func stage(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> RouteStage {
        guard let f = reader.fields(node, path, known: Known.stage) else {
            return RouteStage(id: "", number: 0, place: "", title: "", description: "")
        }
        let number = reader.optionalInteger(f, "number", required: true)
        if number == nil { reader.markInvalid(path["number"]) }
        return RouteStage(
            id: reader.string(f, "id"), number: number ?? 0, place: reader.string(f, "place"),
            title: reader.string(f, "title"), description: reader.string(f, "description"),
            travel: reader.optionalString(f, "travel"), duration: reader.optionalString(f, "duration"),
            distance: reader.optionalString(f, "distance"), event: reader.optionalString(f, "event"),
            sources: each(reader.array(f, "sources"), path["sources"], reader, sourceReference),
            travelModes: each(reader.array(f, "travelModes"), path["travelModes"], reader, travelMode))
    }

    static func travelMode(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> TravelModeClaim {
        guard let f = reader.fields(node, path, known: Known.travelMode) else { return TravelModeClaim(mode: .unknown) }
        let mode = reader.choice(f, "mode", as: TravelMode.self, default: nil) ?? .unknown
        let source = f["source"].map { sourceReference($0, path["source"], reader) }
        if source == nil, mode != .unknown {
            reader.problem(
                path["source"], "travel mode \"\(mode.rawValue)\" needs a \"source\" (only \"unknown\" may have none)",
                at: node.offset)
        }
        return TravelModeClaim(mode: mode, source: source)
    }

    static func lesson(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> Lesson {
        guard let f = reader.fields(node, path, known: Known.lesson) else {
            return Lesson(id: "", title: "", steps: [])
        }
        return Lesson(
            id: reader.string(f, "id"), title: reader.string(f, "title"),
            description: reader.optionalString(f, "description"),
            steps: each(reader.array(f, "steps", required: true), path["steps"], reader, lessonStep))
    }

    static func lessonStep(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> LessonStep {
        let placeholder = LessonStep(target: .event(""))
        guard let f = reader.fields(node, path, known: Known.lessonStep) else { return placeholder }
        let event = reader.optionalString(f, "event")
        let route = reader.optionalString(f, "route")
        let stage = reader.optionalString(f, "stage")
        let target: LessonStep.Target
        switch (event, route, stage) {
        case let (event?, nil, nil): target = .event(event)
        case let (nil, route?, stage?): target = .stage(route: route, stage: stage)
        default:
            reader.problem(path, "a lesson step names either \"event\", or \"route\" and \"stage\"", at: node.offset)
            return placeholder
        }
        return LessonStep(
            target: target, notes: reader.optionalString(f, "notes"), question: reader.optionalString(f, "question"))
    }

    static func era(_ node: JSONNode, _ path: FieldPath, _ reader: JSONFieldReader) -> Era {
        let placeholder = Era(title: "", date: EventDate(start: HistoricDate(year: 0)))
        guard let f = reader.fields(node, path, known: Known.era) else { return placeholder }
        guard let dateNode = f["date"] else {
            reader.problem(path["date"], "missing required field \"date\"", at: node.offset)
            return placeholder
        }
        return Era(title: reader.string(f, "title"), date: eventDate(dateNode, path["date"], reader))
    }
}
