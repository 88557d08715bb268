/// Builds a Dataset out of TimelineJS slides however the file gave them (TimelineJS 3
/// JSON, TimelineJS 2 JSON, the Google Sheet): the title slide, the events in file order
/// and the eras. The rules TimelineJS itself applies live here once, so every form of
/// file gives the same dataset: lanes in the order TimelineJS draws its groups, titles
/// for slides without a headline, dates on the cosmological scale labelled as it labels them.
struct TimelineAssembly {
    struct PendingEvent {
        var content: SlideContent
        var date: EventDate
        var group: String?
        var uniqueID: String?
    }

    var title: String?
    var description: String?
    var events: [PendingEvent] = []
    var eras: [(headline: String, date: EventDate)] = []
    /// The file's `scale`; "cosmological" is also chosen, as TimelineJS does, when an
    /// event's year is beyond what a JavaScript date can hold.
    var scale: String?

    /// The title slide: its headline names the dataset, and everything else it shows (text,
    /// media, links) is the dataset's description, which the explorer and presenter show first.
    mutating func setTitle(_ content: SlideContent) {
        if let headline = content.headline.nonBlank { title = headline }
        description = content.textWithMediaAndLinks.nonBlank
    }

    /// A group's name as TimelineJS shows it: trimmed, tags stripped, entities decoded.
    static func groupName(_ raw: String?) -> String? {
        raw.map { HTMLText(html: $0).singleLine }?.nonBlank
    }

    /// Years TimelineJS can place with a JavaScript date; beyond them it switches to its
    /// cosmological scale (TimelineConfig `_ensureValidScale`).
    static let humanYears = -271_820...275_759

    var isCosmological: Bool {
        scale == "cosmological" || events.contains { !Self.humanYears.contains($0.date.start.year) }
    }

    func dataset(defaultTitle: String) -> Dataset {
        var dataset = Dataset(title: title ?? defaultTitle, description: description)
        let cosmological = isCosmological
        func finished(_ date: EventDate) -> EventDate {
            guard cosmological, date.display == nil else { return date }
            var date = date
            date.display = BigYearLabel.range(date.start.year, date.end?.year)
            return date
        }
        let dates = events.map { finished($0.date) }
        let lanes = GroupLanes(groups: events.map(\.group), dates: dates)
        dataset.categories = lanes.categories
        var ids = ImportIDs()
        for (index, pending) in events.enumerated() {
            let title = pending.content.headline.nonBlank ?? dates[index].label
            dataset.events.append(
                Event(
                    id: ids.make(pending.uniqueID?.nonBlank ?? title, fallback: "event-\(index + 1)"),
                    date: dates[index], title: title, summary: pending.content.text.nonBlank ?? title,
                    category: lanes.category(of: index), media: pending.content.media, links: pending.content.links))
        }
        dataset.eras = eras.map { era in
            let date = finished(era.date)
            return Era(title: era.headline.nonBlank ?? date.label, date: date)
        }
        return dataset
    }
}

/// TimelineJS's lanes: one per group, in the order groups first appear along the time
/// axis (TimeScale `_computePositionInfo` works on the events sorted by date), with the
/// events that have no group in a last lane of their own; a file without groups has one
/// lane. Names are as shown, so "A &amp; B" and "A & B" are one lane.
struct GroupLanes {
    private(set) var categories: [Category] = []
    private var categoryOfEvent: [String] = []

    static let ungrouped = Category(id: "events", name: "Events")

    init(groups: [String?], dates: [EventDate]) {
        let byDate = groups.indices.sorted { dates[$0] < dates[$1] || (!(dates[$1] < dates[$0]) && $0 < $1) }
        var names: [String] = []
        var seen: Set<String> = []
        var hasUngrouped = false
        for index in byDate {
            guard let group = groups[index] else {
                hasUngrouped = true
                continue
            }
            if seen.insert(group).inserted { names.append(group) }
        }
        var ids = ImportIDs()
        var idOfName: [String: String] = [:]
        for name in names {
            let id = ids.make(name, fallback: "group")
            idOfName[name] = id
            categories.append(Category(id: id, name: name))
        }
        var ungroupedID = Self.ungrouped.id
        if hasUngrouped {
            // "Events" is the lane's name unless a group of the file already has it.
            let name = seen.contains(Self.ungrouped.name) ? "Other events" : Self.ungrouped.name
            ungroupedID = ids.make(name == Self.ungrouped.name ? Self.ungrouped.id : name, fallback: "events")
            categories.append(Category(id: ungroupedID, name: name))
        }
        categoryOfEvent = groups.map { $0.flatMap { idOfName[$0] } ?? ungroupedID }
    }

    func category(of event: Int) -> String { categoryOfEvent[event] }
}
