import Foundation

/// Text compared the way a reader expects a search to work: case and accents ignored,
/// so "tumen" finds "Tūmen" and "TUMEN".
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// True when the event's title, summary, or one of its places' names (English or
    /// local) contains the folded query.
    public static func event(_ event: Event, in dataset: Dataset, matchesFolded query: String) -> Bool {
        guard !query.isEmpty else { return false }
        var fields = [event.title, event.summary]
        for id in event.places {
            guard let place = dataset.places.first(where: { $0.id == id }) else { continue }
            fields.append(place.name)
            if let local = place.localName { fields.append(local) }
        }
        return fields.contains { fold($0).contains(query) }
    }
}
