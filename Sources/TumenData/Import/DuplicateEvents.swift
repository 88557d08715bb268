/// Imported files sometimes hold the same slide many times over (a copy-paste, an export
/// run twice). Each copy becomes its own event (ids get -2, -3 …), which is what the file
/// says, but the reader is told once, with the count, rather than left to find 5,000
/// identical rows.
enum DuplicateEvents {
    struct Key: Hashable {
        var date: EventDate
        var title: String
        var summary: String
    }

    static func warnings(in dataset: Dataset, path: String) -> [String] {
        var seen = Set<Key>()
        seen.reserveCapacity(dataset.events.count)
        var repeats = 0
        for event in dataset.events
        where !seen.insert(Key(date: event.date, title: event.title, summary: event.summary)).inserted {
            repeats += 1
        }
        guard repeats > 0 else { return [] }
        let events = repeats == 1 ? "1 event repeats" : "\(repeats) events repeat"
        return ["\(path): warning: \(events) an earlier one exactly (same date, headline and text); each is kept"]
    }
}
