import TumenData

/// Everything the explorer shows, as one value. Views draw it; `apply(_:)` (the reducer,
/// in this module) is the only way to change it, which is why every field's setter is
/// internal: outside the model a state changes only by actions.
public struct ExplorerState: Sendable, Equatable {
    public enum View: String, Sendable, Equatable { case timeline, map }

    public enum Overlay: Sendable, Equatable {
        case contentNote
        case help
        case searchPrompt
        case filterMenu
    }

    /// The time scale of the timeline axis: the whole history fitted to the width, or
    /// one of `TimeScale.steps` (coarse to fine, billions of years to months) centred
    /// on the selection. `+` and `-` move along the steps (see the reducer).
    public enum TimeZoom: Sendable, Equatable, Comparable {
        case whole
        /// Index into `TimeScale.steps`.
        case step(Int)
        public static let years = TimeZoom.step(TimeScale.steps.count - 2)
        public static let months = TimeZoom.step(TimeScale.steps.count - 1)
        public static func < (lhs: TimeZoom, rhs: TimeZoom) -> Bool {
            switch (lhs, rhs) {
            case (.whole, .step): true
            case let (.step(l), .step(r)): l < r
            default: false
            }
        }
    }

    public struct Search: Sendable, Equatable {
        /// The text being typed at the prompt.
        public var draft: String = ""
        /// The submitted query; empty when no search is active.
        public var query: String = ""
        /// Indices into `events` of events that match, in timeline order.
        public var matches: [Int] = []
        /// Position in `matches` of the current match.
        public var current: Int?

        public init() {}
    }

    /// The dataset as loaded, except that its events are in timeline order.
    public let dataset: Dataset
    /// The dataset's events sorted by date, ties kept in file order (the same array
    /// as `dataset.events`).
    public let events: [Event]
    /// For each of `events`, its category's position in `dataset.categories`: the
    /// timeline sorts events into lanes by this number, not by comparing strings.
    public let categoryOrdinals: [Int]
    /// Each category's short tag (`CategoryTags`), by its position in `dataset.categories`:
    /// the list and the lane names show it so categories never rest on colour alone.
    public let categoryTags: [String]
    /// Display width of the longest date label: the list's date column, measured once
    /// rather than every frame (it is the same for every frame).
    public let widestDateLabel: Int
    /// Each event's first month and the last month it covers (`TimeScale.month` and
    /// `monthEnd`), so placing 100,000 events on the axis is integer arithmetic.
    public let startMonths: [Int]
    public let endMonths: [Int]
    /// Which events are periods (have an end date), drawn as spans.
    public let isPeriod: [Bool]
    public internal(set) var size: Size
    public internal(set) var view: View = .timeline
    public internal(set) var overlay: Overlay?
    /// Index into `events`; nil only when no event is visible.
    public internal(set) var selected: Int?
    /// Indices into `events` that pass the filter, in order.
    public internal(set) var visible: [Int] {
        didSet {
            visibleMonthSpan = Self.monthSpan(
                of: visible.isEmpty ? Array(events.indices) : visible,
                startMonths: startMonths, endMonths: endMonths)
        }
    }
    /// The first and last month the visible events (all events when none is visible)
    /// cover, kept with `visible`: the time axis needs it every frame, and working it out
    /// each time was a pass over every event (a millisecond a frame at a million).
    public private(set) var visibleMonthSpan: MonthSpan?
    /// Category ids the user has hidden with the filter menu.
    public internal(set) var hiddenCategories: Set<String> = []
    public internal(set) var filterCursor: Int = 0
    public internal(set) var search = Search()
    public internal(set) var detailOpen = false
    public internal(set) var detailScroll = 0
    /// First row of the event list that is on screen.
    public internal(set) var listScroll = 0
    // The whole history first: a reader sees where everything lies, then zooms in.
    public internal(set) var zoom: TimeZoom = .whole
    public internal(set) var map = MapViewport()
    /// The map as it is drawn: `map`, caught up with the selection when the selection moved
    /// in the timeline and the map is under it (MapReducer.catchUpShownMap). The reducer keeps
    /// it after every action, so drawing the split view never works it out.
    public internal(set) var shownMap = MapViewport()
    /// `w` in the map view: the map described in words in a panel (MapDescription).
    public internal(set) var mapWordsOpen = false
    /// The last event selected, so a filter that hid everything can return near it.
    public internal(set) var lastSelected: Int?

    /// Pass the dataset with `consume` where the caller has no further use for it:
    /// its events are then sorted where they lie instead of copied (see `EventOrder`).
    public init(dataset: consuming Dataset, size: Size, showContentNote: Bool = true) {
        EventOrder.sortInPlace(&dataset.events)
        self.events = dataset.events
        self.dataset = dataset
        let ordinals = Dictionary(
            self.dataset.categories.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        // One pass reading fields in place (`events[i].date`): `map { $0… }` would copy
        // each whole event, retaining every string it holds, once per figure.
        var categoryOrdinals: [Int] = []
        var startMonths: [Int] = []
        var endMonths: [Int] = []
        var isPeriod: [Bool] = []
        categoryOrdinals.reserveCapacity(events.count)
        startMonths.reserveCapacity(events.count)
        endMonths.reserveCapacity(events.count)
        isPeriod.reserveCapacity(events.count)
        var widestDateLabel = 4
        for index in events.indices {
            let date = events[index].date
            categoryOrdinals.append(ordinals[events[index].category] ?? 0)
            startMonths.append(TimeScale.month(date.start))
            endMonths.append(TimeScale.monthEnd(date.end ?? date.start))
            isPeriod.append(date.end != nil)
            widestDateLabel = index == 0 ? date.labelWidth : max(widestDateLabel, date.labelWidth)
        }
        self.categoryOrdinals = categoryOrdinals
        self.categoryTags = CategoryTags.make(for: self.dataset.categories)
        self.widestDateLabel = widestDateLabel
        self.startMonths = startMonths
        self.endMonths = endMonths
        self.isPeriod = isPeriod
        self.size = size
        self.visible = Array(events.indices)
        self.visibleMonthSpan = Self.monthSpan(of: self.visible, startMonths: startMonths, endMonths: endMonths)
        self.selected = events.isEmpty ? nil : 0
        self.lastSelected = selected
        self.map = MapViewport(fitting: self.dataset)
        // The map describes the first event from the start: its stage, if it tells one.
        self.map.followedEvent = selected
        selectStageOfSelectedEvent()
        self.shownMap = map
        // The first screen: the content note, or for a dataset without one (an imported
        // timeline) its title slide, as TimelineJS opens on it.
        if showContentNote && (self.dataset.contentNote != nil || self.dataset.titleSlide != nil) {
            overlay = .contentNote
        }
        // A story map whose slides have no dates has nothing on the timeline: it opens on its map.
        if events.isEmpty && !self.dataset.places.isEmpty { view = .map }
    }

    public var selectedEvent: Event? { selected.map { events[$0] } }

    /// Position of the selection among visible events (0-based), for "event 12 of 48".
    public var selectedVisiblePosition: Int? {
        selected.flatMap(visiblePosition(of:))
    }

    /// Where event `index` stands among the visible events, or nil if the filter hides
    /// it. `visible` is in ascending order, so this is a binary search: it runs every
    /// frame, and a scan of 100,000 events would not.
    public func visiblePosition(of index: Int) -> Int? {
        var low = 0
        var high = visible.count
        while low < high {
            let middle = (low + high) / 2
            if visible[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < visible.count && visible[low] == index ? low : nil
    }
}

extension ExplorerState {
    /// Months from year 0, as `startMonths` counts them.
    public struct MonthSpan: Sendable, Equatable {
        public var first: Int
        public var last: Int
    }

    static func monthSpan(of indices: [Int], startMonths: [Int], endMonths: [Int]) -> MonthSpan? {
        var first = Int.max
        var last = Int.min
        for index in indices {
            first = min(first, startMonths[index])
            last = max(last, endMonths[index])
        }
        return first == Int.max ? nil : MonthSpan(first: first, last: last)
    }
}
