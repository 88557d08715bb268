/// What a Tumen event holds that TimelineJS and StoryMapJS have no field for, as
/// paragraphs of text: the date's caveat, the places, a contested figure with every
/// claim and its source, and the sources themselves. Written into the slide's text, so
/// a reader of the web page loses none of it (read back, it stays text).
enum EventExtras {
    static func paragraphs(_ event: Event, in dataset: Dataset) -> [String] {
        var result: [String] = []
        if event.date.inferred {
            result.append("Date inferred" + (event.date.note.map { ": " + $0 } ?? " from the sources."))
        } else if let note = event.date.note {
            result.append("Date: " + note)
        }
        let places = event.places.compactMap { id in dataset.places.first { $0.id == id } }
        if !places.isEmpty {
            result.append(
                "Places: "
                    + places.map { place in place.localName.map { "\(place.name) (\($0))" } ?? place.name }
                    .joined(separator: ", "))
        }
        if let contested = event.contested {
            let claims = contested.claims.map { claim in
                "• " + claim.figure + (claim.context.map { " — " + $0 } ?? "") + " ("
                    + source(claim.source, in: dataset) + ")"
            }
            result.append((["Contested: " + contested.question] + claims).joined(separator: "\n"))
        }
        if !event.sources.isEmpty {
            let lines = event.sources.map { "• " + source($0, in: dataset) }
            result.append((["Sources:"] + lines).joined(separator: "\n"))
        }
        return result
    }

    /// "Title, publisher, date — passage (https://…)".
    static func source(_ reference: SourceReference, in dataset: Dataset) -> String {
        guard let source = dataset.sources.first(where: { $0.id == reference.source }) else {
            return reference.source + " — " + reference.passage
        }
        let name = [source.title, source.publisher, source.date].compactMap { $0 }.joined(separator: ", ")
        return name + " — " + reference.passage + (source.url.map { " (\($0))" } ?? "")
    }

    /// A route stage's facts: how, how long, how far, and its sources.
    static func stage(_ stage: RouteStage, in dataset: Dataset) -> [String] {
        var result: [String] = []
        let facts = [stage.travel, stage.duration, stage.distance].compactMap { $0 }
        if !facts.isEmpty { result.append("Travel: " + facts.joined(separator: "; ")) }
        if !stage.sources.isEmpty {
            let lines = stage.sources.map { "• " + source($0, in: dataset) }
            result.append((["Sources:"] + lines).joined(separator: "\n"))
        }
        return result
    }
}
