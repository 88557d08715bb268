import TumenData

/// The detail pane's text for one event, already wrapped to a width: what the detail view
/// draws and what bounds its scrolling. Each line carries its role so the view can style it.
public struct DetailLine: Equatable, Sendable {
    public enum Role: Equatable, Sendable { case title, meta, body, heading, contested, source, note }
    public var text: String
    public var role: Role
    public var indent: Int

    public init(_ text: String, _ role: Role, indent: Int = 0) {
        self.text = text
        self.role = role
        self.indent = indent
    }
}

public enum DetailContent {
    public static func lines(for event: Event, in dataset: Dataset, width: Int, unicode: Bool) -> [DetailLine] {
        guard width > 4 else { return [] }
        let dash = unicode ? "—" : "-"
        let bullet = unicode ? "•" : "*"
        var lines: [DetailLine] = []
        func add(_ text: String, _ role: DetailLine.Role, indent: Int = 0, hanging: Int = 0) {
            let text = WordWrap.shorteningLongWords(text, unicode: unicode)
            let wrapped = WordWrap.lines(text, width: max(1, width - indent - hanging))
            for (i, line) in wrapped.enumerated() {
                lines.append(DetailLine(line, role, indent: indent + (i == 0 ? 0 : hanging)))
            }
        }
        add(event.title, .title)
        let category = dataset.categories.first { $0.id == event.category }?.name ?? event.category
        add("\(event.date.label)  \(unicode ? "·" : "|")  \(category)", .meta)
        if event.date.inferred {
            add("Date inferred" + (event.date.note.map { ": " + $0 } ?? " from the sources."), .note)
        } else if let note = event.date.note {
            add("Date: " + note, .note)
        }
        let places = event.places.compactMap { id in dataset.places.first { $0.id == id } }
        if !places.isEmpty {
            let names = places.map { place in place.localName.map { "\(place.name) (\($0))" } ?? place.name }
            add("Places: " + names.joined(separator: ", "), .meta, hanging: 2)
        }
        lines.append(DetailLine("", .body))
        add(event.summary, .body)
        if let contested = event.contested {
            lines.append(DetailLine("", .body))
            add("CONTESTED: " + contested.question, .contested)
            for claim in contested.claims {
                let context = claim.context.map { " \(dash) " + $0 } ?? ""
                add("\(bullet) \(claim.figure)\(context)", .body, indent: 1, hanging: 2)
                add(sourceText(claim.source, in: dataset, dash: dash), .source, indent: 3)
            }
        }
        if !event.sources.isEmpty {
            lines.append(DetailLine("", .body))
            add("Sources", .heading)
            for reference in event.sources {
                add("\(bullet) " + sourceText(reference, in: dataset, dash: dash), .source, indent: 1, hanging: 2)
            }
        }
        // Everything a reader of the web page gets from the media, the address included.
        for media in event.media {
            for (index, line) in media.descriptionLines.enumerated() {
                add(line, .note, indent: index == 0 ? 0 : 2, hanging: 2)
            }
        }
        for (n, link) in event.links.enumerated() {
            add("[\(n + 1)] \(link)", .note, hanging: 2)
        }
        return lines
    }

    /// "A sample report — paragraph 8"
    static func sourceText(_ reference: SourceReference, in dataset: Dataset, dash: String) -> String {
        let title = dataset.sources.first { $0.id == reference.source }?.title ?? reference.source
        return "\(title) \(dash) \(reference.passage)"
    }
}
