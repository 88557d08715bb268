import TumenData

/// What the screen-reader mode says about events: the one line for the selected event,
/// its details as paragraphs, and the opening words. Paragraphs, not lines:
/// `ScreenReaderLines` breaks them for the display.
public enum ScreenReaderText {
    /// "Event 3 of 64. 1986. Policy. A deal to send them back. Enter for details."
    /// `hint` says how to read on: "Enter for details" while they are closed; with them
    /// open, "Details follow" when `detailsFollow` (the caller reads them next), else nothing.
    public static func eventLine(_ state: ExplorerState, hint: Bool = true, detailsFollow: Bool = false) -> String {
        guard let event = state.selectedEvent, let position = state.selectedVisiblePosition else {
            if state.events.isEmpty { return "This dataset has no events." }
            return "No events are shown: every category is hidden. f opens the filter, c there shows all."
        }
        let total = state.visible.count
        let of = state.hiddenCategories.isEmpty ? "\(position + 1) of \(total)" : "\(position + 1) of \(total) shown"
        var parts = [
            "Event \(of)", Spoken.line(event.date.label), categoryName(event.category, in: state.dataset),
            Spoken.line(event.title),
        ]
        if event.contested != nil { parts.append("Contested figure") }
        if hint && !state.detailOpen { parts.append("Enter for details") }
        if hint && state.detailOpen && detailsFollow { parts.append("Details follow") }
        return parts.map(Spoken.sentence).joined(separator: " ")
    }

    static func categoryName(_ id: String, in dataset: Dataset) -> String {
        Spoken.line(dataset.categories.first { $0.id == id }?.name ?? id)
    }

    /// The detail pane as paragraphs, in its order: title, date, category, places, the
    /// text, contested figures with each claim's source, the sources, media and links.
    public static func detail(_ state: ExplorerState) -> [String] {
        guard let event = state.selectedEvent else { return ["No event is selected, so there are no details."] }
        let dataset = state.dataset
        var out = [Spoken.sentence("Details: " + Spoken.line(event.title))]
        var date = Spoken.sentence("Date: " + Spoken.line(event.date.label))
        if event.date.inferred {
            date +=
                " "
                + Spoken.sentence(
                    "The date is inferred" + (event.date.note.map { ": " + Spoken.line($0) } ?? " from the sources"))
        } else if let note = event.date.note {
            date += " " + Spoken.sentence("About the date: " + Spoken.line(note))
        }
        out.append(date)
        out.append(Spoken.sentence("Category: " + categoryName(event.category, in: dataset)))
        let places = event.places.compactMap { id in dataset.places.first { $0.id == id } }
        if !places.isEmpty {
            let names = places.map { place in
                Spoken.line(place.name) + (place.localName.map { " (\(Spoken.line($0)))" } ?? "")
            }
            out.append(Spoken.sentence("Places: " + Spoken.list(names)))
        }
        out += event.summary.split(whereSeparator: \.isNewline).map { Spoken.line(String($0)) }
        if let contested = event.contested {
            let count = contested.claims.count
            out.append(
                "Contested figure: \(Spoken.sentence(Spoken.line(contested.question))) The sources disagree, in "
                    + "\(count) claim\(count == 1 ? "" : "s")."
            )
            for (index, claim) in contested.claims.enumerated() {
                let context = claim.context.map { ": " + Spoken.line($0) } ?? ""
                out.append(
                    Spoken.sentence("Claim \(index + 1): \(Spoken.line(claim.figure))\(context)")
                        + " " + Spoken.sentence("Source: " + sourceText(claim.source, in: dataset)))
            }
        }
        if !event.sources.isEmpty {
            out.append(event.sources.count == 1 ? "Source:" : "Sources, \(event.sources.count):")
            for (index, reference) in event.sources.enumerated() {
                out.append(Spoken.sentence("\(index + 1). " + sourceText(reference, in: dataset)))
            }
        }
        for media in event.media {
            out.append(Spoken.sentence("Media, not shown here: " + Spoken.line(media.caption ?? media.url)))
        }
        for (index, link) in event.links.enumerated() {
            out.append(Spoken.sentence("Link \(index + 1): " + Spoken.line(link)))
        }
        out.append("End of details. Enter closes them.")
        return out
    }

    /// "A sample report, paragraph 8".
    static func sourceText(_ reference: SourceReference, in dataset: Dataset) -> String {
        let title = dataset.sources.first { $0.id == reference.source }?.title ?? reference.source
        return "\(Spoken.line(title)), \(Spoken.line(reference.passage))"
    }

    /// What the mode says when it starts: what it is, the dataset, then the content note
    /// (which any key dismisses) or the first event.
    public static func opening(_ state: ExplorerState) -> [String] {
        let dataset = state.dataset
        var out = ["Tumen, screen-reader mode: one line after each key. ? lists the keys, q quits."]
        let routes = dataset.routes.count
        out.append(
            Spoken.sentence(
                "\(Spoken.line(dataset.title)): \(state.events.count) event\(state.events.count == 1 ? "" : "s"), "
                    + "\(routes) route\(routes == 1 ? "" : "s")"))
        if state.overlay == .contentNote, let note = dataset.contentNote {
            out.append("Content note:")
            out += note.split(whereSeparator: \.isNewline).map { Spoken.line(String($0)) }
            out.append("Press any key to go on.")
        } else {
            out.append(eventLine(state))
        }
        return out
    }
}
