import TumenData
import TumenModel

/// `tumen export --format html --lesson NAME`: a lesson as one self-contained HTML file a
/// teacher can hand out or print. The same steps the presenter shows, in order, each
/// with its date, text, contested figures (a table: figure, context, source), sources and
/// question; a route stage has its map as an inline SVG picture drawn as the presenter
/// draws it, named and described by the map in words (MapDescription), which also stands
/// under the picture for every reader. Semantic structure (headings in order, lists,
/// tables with headers, landmarks), no scripts, no network, and a print stylesheet.
///
/// The output is XHTML-compatible HTML5: every element closed and every attribute quoted,
/// so a strict XML parser can check it (HTMLHandoutTests).
public struct HTMLHandoutWriter {
    public var withNotes: Bool
    /// The basemap the stage maps are drawn on and described with.
    public var context: RenderContext

    public init(withNotes: Bool = false, context: RenderContext) {
        self.withNotes = withNotes
        self.context = context
    }

    public func write(_ deck: PresenterDeck) -> String {
        let dataset = deck.dataset
        let words = MapDescription(dataset: dataset, basemap: context.basemap.basemap)
        let lesson = dataset.lessons.first { $0.id == deck.lessonID }
        var out = [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(HandoutHTML.escape(deck.title)) — \(HandoutHTML.escape(dataset.title))</title>",
            "<style>\n\(HTMLHandoutStyle.css)\n</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(HandoutHTML.escape(deck.title))</h1>",
        ]
        if let description = lesson?.description { out += HandoutHTML.paragraphs(description) }
        let count = deck.steps.count
        out.append(
            "<p class=\"byline\">A lesson from \(HandoutHTML.escape(dataset.title)), in \(count) "
                + "step\(count == 1 ? "" : "s").</p>"
        )
        if let note = dataset.contentNote {
            out.append("<aside class=\"content-note\" aria-labelledby=\"content-note\">")
            out.append("<h2 id=\"content-note\">Content note</h2>")
            out += HandoutHTML.paragraphs(note)
            out.append("</aside>")
        }
        out.append("</header>")
        out += contents(deck)
        out.append("<main>")
        if deck.steps.contains(where: { $0.stage != nil }) { out += mapKey(dataset) }
        var cited: [String] = []
        for (index, step) in deck.steps.enumerated() {
            out += section(step, number: index + 1, dataset: dataset, words: words)
            for reference in step.sources where !cited.contains(reference.source) { cited.append(reference.source) }
        }
        out.append("</main>")
        let sources = cited.compactMap { id in dataset.sources.first { $0.id == id } }
        if !sources.isEmpty {
            out += ["<footer>", "<h2 id=\"sources\">Sources</h2>", "<ul>"]
            for source in sources { out.append("<li>\(sourceEntry(source))</li>") }
            out += ["</ul>", "</footer>"]
        }
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    /// The steps as a list of links, for moving about the file (left out when printing).
    func contents(_ deck: PresenterDeck) -> [String] {
        guard !deck.steps.isEmpty else { return [] }
        var out = ["<nav aria-labelledby=\"contents\">", "<h2 id=\"contents\">Steps</h2>", "<ol>"]
        for (index, step) in deck.steps.enumerated() {
            // "Step 4: Yanji", not "Yanji": a link read alone out of the list still says where it goes.
            out.append(
                "<li><a href=\"#step-\(index + 1)\">Step \(index + 1): \(HandoutHTML.escape(step.title))</a></li>")
        }
        out += ["</ol>", "</nav>"]
        return out
    }

    /// How to read the map pictures, once, before the first step.
    func mapKey(_ dataset: Dataset) -> [String] {
        var out = [
            "<section aria-labelledby=\"map-key\">", "<h2 id=\"map-key\">How to read the maps</h2>",
            "<p class=\"map-key\">Each route stage has a map drawn in characters, as on the terminal, with its "
                + "description in words under it. Distances and directions are straight lines between the places; "
                + "the lines on the maps are drawn ways, not the roads people took.</p>",
            "<ul class=\"map-key\">",
        ]
        for entry in StageMapPicture.key(for: dataset) {
            out.append("<li><code>\(HandoutHTML.escape(entry.symbol))</code> \(HandoutHTML.escape(entry.meaning))</li>")
        }
        out += ["</ul>", "</section>"]
        return out
    }

    func section(_ step: PresenterStep, number: Int, dataset: Dataset, words: MapDescription) -> [String] {
        let id = "step-\(number)"
        var out = [
            "<section class=\"step\" id=\"\(id)\" aria-labelledby=\"\(id)-title\">",
            "<h2 id=\"\(id)-title\">\(number). \(HandoutHTML.escape(step.title))</h2>",
        ]
        var facts: [(String, String)] = []
        if let date = step.date { facts.append(("Date", date)) }
        if let stage = step.stage {
            facts.append(("Route stage", "Stage \(stage.number) of \(stage.count), \(stage.routeName)"))
            if let travel = stage.travel { facts.append(("Travel", travel)) }
        }
        let places = step.places.compactMap { id in dataset.places.first { $0.id == id }?.name }
        if !places.isEmpty { facts.append((places.count == 1 ? "Place" : "Places", places.joined(separator: ", "))) }
        if !facts.isEmpty {
            out.append("<dl class=\"facts\">")
            for (term, value) in facts {
                out.append("<dt>\(HandoutHTML.escape(term))</dt><dd>\(HandoutHTML.escape(value))</dd>")
            }
            out.append("</dl>")
        }
        out += HandoutHTML.paragraphs(step.summary)
        if let story = step.story { out += HandoutHTML.paragraphs(story) }
        if let stage = step.stage, let route = dataset.routes.first(where: { $0.id == stage.routeID }) {
            out += figure(stage, route: route, id: "\(id)-map", dataset: dataset, words: words)
        }
        if let event = dataset.events.first(where: { $0.id == step.eventID }), let contested = event.contested {
            out += contestedTable(contested, id: "\(id)-contested", dataset: dataset)
        }
        if !step.sources.isEmpty {
            out += ["<h3>Sources</h3>", "<ul>"]
            for reference in step.sources { out.append("<li>\(citation(reference, dataset: dataset))</li>") }
            out.append("</ul>")
        }
        if let question = step.question {
            out += ["<h3>For discussion</h3>", "<p class=\"question\">\(HandoutHTML.escape(question))</p>"]
        }
        if withNotes, let notes = step.notes {
            out += ["<aside class=\"notes\" aria-label=\"Teacher's notes\">", "<h3>Teacher's notes</h3>"]
            out += HandoutHTML.paragraphs(notes)
            out.append("</aside>")
        }
        out.append("</section>")
        return out
    }

    /// The stage's map with its text alternative: the picture is named (its `<title>`) and
    /// described by the caption, which is the map in words, there for every reader.
    func figure(_ stage: PresenterStep.StageInfo, route: Route, id: String, dataset: Dataset, words: MapDescription)
        -> [String]
    {
        let title = "Map of \(stage.routeName), up to stage \(stage.number) of \(stage.count)"
        var out = [
            "<figure class=\"map\">",
            StageMapPicture.inlineSVG(
                stage: stage, dataset: dataset, context: context, id: id, title: title,
                describedBy: "\(id)-words"),
            "<figcaption id=\"\(id)-words\">",
            "<p class=\"words-title\">The map in words:</p>",
            "<ul>",
        ]
        for sentence in words.geography(stage: stage.index, of: route) {
            out.append("<li>\(HandoutHTML.escape(sentence))</li>")
        }
        out += ["</ul>", "</figcaption>", "</figure>"]
        return out
    }

    /// A contested figure as a table, so a screen reader can read it row by row with headers.
    func contestedTable(_ contested: ContestedFigure, id: String, dataset: Dataset) -> [String] {
        var out = [
            "<h3 id=\"\(id)\">Contested figure</h3>",
            "<table>",
            "<caption>\(HandoutHTML.escape(sentence(contested.question))) The sources disagree.</caption>",
            "<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Context</th><th "
                + "scope=\"col\">Source</th></tr></thead>",
            "<tbody>",
        ]
        for claim in contested.claims {
            out.append(
                "<tr><th scope=\"row\">\(HandoutHTML.escape(claim.figure))</th>"
                    + "<td>\(HandoutHTML.escape(claim.context ?? "—"))</td>"
                    + "<td>\(citation(claim.source, dataset: dataset))</td></tr>")
        }
        out += ["</tbody>", "</table>"]
        return out
    }

    /// Ends with a full stop unless it already ends a sentence.
    func sentence(_ text: String) -> String {
        text.last.map { ".!?".contains($0) } == true ? text : text + "."
    }

    /// "<cite>Title</cite>, passage"
    func citation(_ reference: SourceReference, dataset: Dataset) -> String {
        let title = dataset.sources.first { $0.id == reference.source }?.title ?? reference.source
        return "<cite>\(HandoutHTML.escape(title))</cite>, \(HandoutHTML.escape(reference.passage))"
    }

    /// The footer's entry for a source: title, publisher, author, date, file or address, note.
    func sourceEntry(_ source: Source) -> String {
        var parts = ["<cite>\(HandoutHTML.escape(source.title))</cite>"]
        for value in [source.publisher, source.author, source.date] {
            if let value { parts.append(HandoutHTML.escape(value)) }
        }
        var text = parts.joined(separator: ", ")
        if let file = source.file {
            text += " (<code>\(HandoutHTML.escape(file))</code>)"
        } else if let url = source.url {
            text += " (\(HandoutHTML.escape(url)))"
        }
        if let note = source.note { text += ". " + HandoutHTML.escape(note) }
        return text
    }
}
