/// A handout a teacher can print: the dataset's title and content note, then the
/// events by date, each with its summary, places, any contested figure (every
/// claim with its source, so the disagreement is visible), and the passages it
/// rests on; then the routes stage by stage; then the list of sources.
///
/// Text is sanitized (control characters shown as stand-ins). A lesson handout
/// can reuse `eventSection` and `routeSection` with its own selection.
public struct MarkdownHandoutWriter {
    /// When set, each route stage is followed by the map in words (place, country,
    /// straight-line distance and direction, travel and its sources).
    public var mapWords: MapDescription?

    public init(mapWords: MapDescription? = nil) {
        self.mapWords = mapWords
    }

    public func write(_ dataset: Dataset) -> String {
        let lookup = Lookup(dataset)
        var out: [String] = ["# " + line(dataset.title), ""]
        if let description = dataset.description { out += [block(description), ""] }
        if let note = dataset.contentNote {
            out += [
                block(note).split(separator: "\n", omittingEmptySubsequences: false)
                    .enumerated().map { $0.offset == 0 ? "> **Content note.** " + $0.element : "> " + $0.element }
                    .joined(separator: "\n"), "",
            ]
        }
        out += ["## Events", ""]
        for event in DatasetOrder.eventsByDate(dataset) {
            out += eventSection(event, lookup: lookup)
        }
        if !dataset.routes.isEmpty {
            out += ["## Routes", ""]
            for route in dataset.routes { out += routeSection(route, lookup: lookup) }
        }
        if !dataset.sources.isEmpty {
            out += ["## Sources", ""]
            for source in dataset.sources { out.append("- " + sourceLine(source)) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// Names for ids, so the handout says "Tumen" and not "tumen-city".
    public struct Lookup {
        let categories: [String: String]
        let places: [String: String]
        let sources: [String: Source]

        public init(_ dataset: Dataset) {
            categories = Dictionary(
                dataset.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            places = Dictionary(dataset.places.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            sources = Dictionary(dataset.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        func title(_ id: String) -> String {
            sources[id].map { "*\(line($0.title))*" } ?? line(id)
        }

        func citation(_ reference: SourceReference) -> String {
            "\(title(reference.source)), \(line(reference.passage))"
        }
    }

    public func eventSection(_ event: Event, lookup: Lookup) -> [String] {
        var out = ["### \(line(event.date.label)) — \(line(event.title))", ""]
        var facts = [line(lookup.categories[event.category] ?? event.category)]
        if !event.places.isEmpty {
            facts.append(event.places.map { line(lookup.places[$0] ?? $0) }.joined(separator: ", "))
        }
        out += ["*" + facts.joined(separator: " · ") + "*", "", block(event.summary), ""]
        if event.date.inferred || event.date.note != nil {
            var note = event.date.inferred ? "Date inferred" : "About the date"
            if let text = event.date.note { note += ": " + line(text) }
            if !(note.last.map { ".!?".contains($0) } ?? false) { note += "." }
            out += ["*\(note)*", ""]
        }
        if let contested = event.contested {
            out.append("**Contested figure:** \(sentence(line(contested.question))) The sources disagree:")
            out.append("")
            for claim in contested.claims {
                let context = claim.context.map { ": " + line($0) } ?? ""
                out.append("- **\(line(claim.figure))**\(context) (\(lookup.citation(claim.source)))")
            }
            out.append("")
        }
        out += sourcesBlock(event.sources, lookup: lookup)
        for (index, link) in event.links.enumerated() { out.append("[\(index + 1)]: \(line(link))") }
        for media in event.media {
            let caption = [media.caption, media.credit].compactMap { $0.map(line) }.joined(separator: " — ")
            out.append("- Media: \(line(media.url))" + (caption.isEmpty ? "" : " (\(caption))"))
        }
        if !event.links.isEmpty || !event.media.isEmpty { out.append("") }
        return out
    }

    public func routeSection(_ route: Route, lookup: Lookup) -> [String] {
        var heading = "### \(line(route.name)) (\(route.status.rawValue)"
        if let period = route.period { heading += ", \(line(period))" }
        var out = [heading + ")", ""]
        if let description = route.description { out += [block(description), ""] }
        for stage in route.stages {
            let place = line(lookup.places[stage.place] ?? stage.place)
            let details = [stage.travel, stage.duration, stage.distance].compactMap { $0.map(line) }
            let extra = details.isEmpty ? "" : " (\(details.joined(separator: "; ")))"
            out.append("\(stage.number). **\(place)** — \(line(stage.title)): \(line(stage.description))\(extra)")
            if let words = mapWords, let index = route.stages.firstIndex(of: stage) {
                out.append("   *In words:* " + words.whereabouts(stage: index, of: route).joined(separator: " "))
            }
        }
        out.append("")
        out += sourcesBlock(route.sources, lookup: lookup)
        return out
    }

    /// "Source: *Title*, passage." or, for several documents, one line each with
    /// all the passages cited from it, in the order they are first cited.
    public func sourcesBlock(_ references: [SourceReference], lookup: Lookup) -> [String] {
        var order: [String] = []
        var passages: [String: [String]] = [:]
        for reference in references {
            if passages[reference.source] == nil { order.append(reference.source) }
            passages[reference.source, default: []].append(line(reference.passage))
        }
        func cited(_ id: String) -> String {
            "\(lookup.title(id)): \(passages[id, default: []].joined(separator: "; "))"
        }
        switch order.count {
        case 0: return []
        case 1: return ["Source: " + cited(order[0]) + ".", ""]
        default: return ["Sources:", ""] + order.map { "- " + cited($0) } + [""]
        }
    }

    func sourceLine(_ source: Source) -> String {
        var parts = ["*\(line(source.title))*"]
        for value in [source.publisher, source.author, source.date] { if let value { parts.append(line(value)) } }
        var text = parts.joined(separator: ", ")
        if let file = source.file {
            text += " (`\(line(file))`)"
        } else if let url = source.url {
            text += " <\(line(url))>"
        }
        if let note = source.note { text += ". " + line(note) }
        return text
    }
}

/// One line of safe text: control characters (and newlines) as stand-ins.
private func line(_ text: String) -> String {
    TextSanitizer.visible(text.replacingEvery("\n", with: " "))
}

/// Ends a sentence with a full stop unless it already ends with punctuation.
private func sentence(_ text: String) -> String {
    text.last.map { ".!?".contains($0) } == true ? text : text + "."
}

/// Paragraphs of safe text: newlines kept, other control characters as stand-ins.
private func block(_ text: String) -> String {
    TextSanitizer.visibleKeepingNewlines(text)
}
