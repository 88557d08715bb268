/// Writes a dataset in Tumen's own format (data/README.md) with a fixed member
/// order and layout: the same dataset always gives the same bytes, and the output
/// loads back as the same dataset. Optional fields that are absent are left out.
public enum CanonicalJSONWriter {
    public static func write(_ dataset: Dataset) -> String {
        json(dataset).text(indent: 0) + "\n"
    }

    public static func json(_ d: Dataset) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [
            ("format", .string(TumenFormatDecoder.formatMarker)),
            ("version", .integer(TumenFormatDecoder.supportedVersion)),
            ("title", .string(d.title)),
        ]
        members.optional("description", d.description)
        members.optional("contentNote", d.contentNote)
        members.append(("categories", .array(d.categories.map(category))))
        members.append(("sources", .array(d.sources.map(source))))
        members.append(("places", .array(d.places.map(place))))
        members.append(("events", .array(d.events.map(event))))
        if !d.routes.isEmpty { members.append(("routes", .array(d.routes.map(route)))) }
        if !d.lessons.isEmpty { members.append(("lessons", .array(d.lessons.map(lesson)))) }
        if !d.eras.isEmpty {
            members.append(
                ("eras", .array(d.eras.map { .object([("title", .string($0.title)), ("date", date($0.date))]) })))
        }
        return .object(members)
    }

    static func category(_ c: Category) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [("id", .string(c.id)), ("name", .string(c.name))]
        m.optional("description", c.description)
        return .object(m)
    }

    static func source(_ s: Source) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [("id", .string(s.id))]
        m.optional("file", s.file)
        m.optional("url", s.url)
        m.append(("title", .string(s.title)))
        m.optional("publisher", s.publisher)
        m.optional("author", s.author)
        m.optional("date", s.date)
        m.optional("note", s.note)
        return .object(m)
    }

    static func place(_ p: Place) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [("id", .string(p.id)), ("name", .string(p.name))]
        m.optional("localName", p.localName)
        m += [
            ("kind", .string(p.kind.rawValue)), ("lat", .double(p.latitude)), ("lon", .double(p.longitude)),
            ("precision", .string(p.precision.rawValue)), ("importance", .integer(p.importance)),
        ]
        m.optional("note", p.note)
        if !p.countries.isEmpty { m.append(("countries", .array(p.countries.map(OrderedJSON.string)))) }
        return .object(m)
    }

    static func date(_ d: EventDate) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [("start", .string(d.start.description))]
        m.optional("end", d.end?.description)
        if d.inferred { m.append(("inferred", .bool(true))) }
        m.optional("note", d.note)
        m.optional("display", d.display)
        return .object(m)
    }

    static func reference(_ r: SourceReference) -> OrderedJSON {
        .object([("source", .string(r.source)), ("passage", .string(r.passage))])
    }

    static func event(_ e: Event) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [
            ("id", .string(e.id)), ("date", date(e.date)), ("title", .string(e.title)),
            ("summary", .string(e.summary)), ("category", .string(e.category)),
        ]
        if !e.places.isEmpty { m.append(("places", .array(e.places.map(OrderedJSON.string)))) }
        m.append(("sources", .array(e.sources.map(reference))))
        if let contested = e.contested {
            m.append(
                (
                    "contested",
                    .object([
                        ("question", .string(contested.question)),
                        (
                            "claims",
                            .array(
                                contested.claims.map { claim in
                                    var c: [(String, OrderedJSON)] = [("figure", .string(claim.figure))]
                                    c.optional("context", claim.context)
                                    c.append(("source", reference(claim.source)))
                                    return .object(c)
                                })
                        ),
                    ])
                ))
        }
        if !e.media.isEmpty {
            m.append(
                (
                    "media",
                    .array(
                        e.media.map { media in
                            var c: [(String, OrderedJSON)] = [("url", .string(media.url))]
                            c.optional("caption", media.caption)
                            c.optional("credit", media.credit)
                            c.optional("alt", media.alt)
                            c.optional("link", media.link)
                            return .object(c)
                        })
                ))
        }
        if !e.links.isEmpty { m.append(("links", .array(e.links.map(OrderedJSON.string)))) }
        return .object(m)
    }

    static func route(_ r: Route) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [
            ("id", .string(r.id)), ("name", .string(r.name)), ("status", .string(r.status.rawValue)),
        ]
        m.optional("period", r.period)
        m.optional("description", r.description)
        if !r.sources.isEmpty { m.append(("sources", .array(r.sources.map(reference)))) }
        m.append(("stages", .array(r.stages.map(stage))))
        return .object(m)
    }

    static func stage(_ s: RouteStage) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [
            ("id", .string(s.id)), ("number", .integer(s.number)), ("place", .string(s.place)),
            ("title", .string(s.title)), ("description", .string(s.description)),
        ]
        m.optional("travel", s.travel)
        m.optional("duration", s.duration)
        m.optional("distance", s.distance)
        m.optional("event", s.event)
        if !s.travelModes.isEmpty {
            m.append(
                (
                    "travelModes",
                    .array(
                        s.travelModes.map { claim in
                            var c: [(String, OrderedJSON)] = [("mode", .string(claim.mode.rawValue))]
                            if let source = claim.source { c.append(("source", reference(source))) }
                            return .object(c)
                        })
                ))
        }
        if !s.sources.isEmpty { m.append(("sources", .array(s.sources.map(reference)))) }
        return .object(m)
    }

    static func lesson(_ l: Lesson) -> OrderedJSON {
        var m: [(String, OrderedJSON)] = [("id", .string(l.id)), ("title", .string(l.title))]
        m.optional("description", l.description)
        m.append(
            (
                "steps",
                .array(
                    l.steps.map { step in
                        var s: [(String, OrderedJSON)]
                        switch step.target {
                        case .event(let id): s = [("event", .string(id))]
                        case .stage(let route, let stage): s = [("route", .string(route)), ("stage", .string(stage))]
                        }
                        s.optional("notes", step.notes)
                        s.optional("question", step.question)
                        return .object(s)
                    })
            ))
        return .object(m)
    }
}

extension Array where Element == (String, OrderedJSON) {
    mutating func optional(_ key: String, _ value: String?) {
        if let value { append((key, .string(value))) }
    }
}
