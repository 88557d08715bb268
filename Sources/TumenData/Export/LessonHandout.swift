/// A lesson as a printable handout: its steps in order, each with its date, the summary
/// the class saw, any contested figure, the sources and the discussion question. The
/// teacher's private notes appear only when asked for (`--with-notes`). Built from the
/// same resolved steps the presenter shows, so the handout and the screen agree.
public struct LessonHandout {
    public var withNotes: Bool
    /// When set, a route stage's step says where the stage is in words (MapDescription).
    public var mapWords: MapDescription?

    public init(withNotes: Bool = false, mapWords: MapDescription? = nil) {
        self.withNotes = withNotes
        self.mapWords = mapWords
    }

    public func write(_ deck: PresenterDeck) -> String {
        let dataset = deck.dataset
        let lookup = MarkdownHandoutWriter.Lookup(dataset)
        var out = ["# " + line(deck.title), ""]
        if let lesson = dataset.lessons.first(where: { $0.id == deck.lessonID }), let description = lesson.description {
            out += [block(description), ""]
        }
        let count = deck.steps.count
        out += ["*A lesson from \(line(dataset.title)), in \(count) step\(count == 1 ? "" : "s").*", ""]
        if let note = dataset.contentNote {
            out += [
                block(note).split(separator: "\n", omittingEmptySubsequences: false)
                    .enumerated().map { $0.offset == 0 ? "> **Content note.** " + $0.element : "> " + $0.element }
                    .joined(separator: "\n"), "",
            ]
        }
        var cited: [String] = []
        for (index, step) in deck.steps.enumerated() {
            out += ["## \(index + 1). \(line(step.title))", ""]
            var facts: [String] = []
            if let date = step.date { facts.append(line(date)) }
            if let stage = step.stage {
                facts.append("Stage \(stage.number) of \(stage.count), \(line(stage.routeName))")
                if let travel = stage.travel { facts.append(line(travel)) }
            }
            if !facts.isEmpty { out += ["*" + facts.joined(separator: " · ") + "*", ""] }
            if let words = mapWords, let stage = step.stage,
                let route = dataset.routes.first(where: { $0.id == stage.routeID })
            {
                out += [
                    "**The map in words:** " + words.whereabouts(stage: stage.index, of: route).joined(separator: " "),
                    "",
                ]
            }
            out += [block(step.summary), ""]
            if let story = step.story { out += [block(story), ""] }
            // Contested figures and sources as in the dataset handout, so the two read alike.
            if let event = dataset.events.first(where: { $0.id == step.eventID }), let contested = event.contested {
                let question = line(contested.question)
                let ended = question.last.map { ".!?".contains($0) } == true ? question : question + "."
                out += ["**Contested figure:** \(ended) The sources disagree:", ""]
                for claim in contested.claims {
                    let context = claim.context.map { ": " + line($0) } ?? ""
                    out.append("- **\(line(claim.figure))**\(context) (\(lookup.citation(claim.source)))")
                }
                out.append("")
            }
            out += MarkdownHandoutWriter().sourcesBlock(step.sources, lookup: lookup)
            for reference in step.sources where !cited.contains(reference.source) { cited.append(reference.source) }
            if let question = step.question { out += ["**For discussion:** " + line(question), ""] }
            if withNotes, let notes = step.notes {
                out += [
                    block(notes).split(separator: "\n", omittingEmptySubsequences: false)
                        .enumerated().map {
                            $0.offset == 0 ? "> **Teacher's notes.** " + $0.element : "> " + $0.element
                        }
                        .joined(separator: "\n"), "",
                ]
            }
        }
        let sources = cited.compactMap { id in dataset.sources.first(where: { $0.id == id }) }
        if !sources.isEmpty {
            out += ["## Sources", ""]
            for source in sources { out.append("- " + MarkdownHandoutWriter().sourceLine(source)) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}

/// One line of safe text: control characters (and newlines) as stand-ins.
private func line(_ text: String) -> String {
    TextSanitizer.visible(text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " "))
}

/// Paragraphs of safe text: newlines kept, other control characters as stand-ins.
private func block(_ text: String) -> String {
    TextSanitizer.visibleKeepingNewlines(text)
}
