/// Everything the explorer shows, as one value. Views draw it; `apply(_:)` changes it.
public struct ExplorerState: Sendable, Equatable {
    public enum View: String, Sendable, Equatable { case timeline, map }

    public enum Overlay: Sendable, Equatable {
        case contentNote
        case help
        case searchPrompt
        case filterMenu
    }

    /// The time scale of the timeline axis, coarse to fine.
    public enum TimeZoom: Int, Sendable, Equatable, Comparable, CaseIterable {
        case decades, years, months
        public static func < (lhs: TimeZoom, rhs: TimeZoom) -> Bool { lhs.rawValue < rhs.rawValue }
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

    public let dataset: Dataset
    /// The dataset's events sorted by date, ties kept in file order.
    public let events: [Event]
    public var size: Size
    public var view: View = .timeline
    public var overlay: Overlay?
    /// Index into `events`; nil only when no event is visible.
    public var selected: Int?
    /// Indices into `events` that pass the filter, in order.
    public var visible: [Int]
    /// Category ids the user has hidden with the filter menu.
    public var hiddenCategories: Set<String> = []
    public var filterCursor: Int = 0
    public var search = Search()
    public var detailOpen = false
    public var detailScroll = 0
    /// First row of the event list that is on screen.
    public var listScroll = 0
    // The whole history first: a reader sees where everything lies, then zooms in.
    public var zoom: TimeZoom = .decades
    public var map = MapViewport()
    public var shouldQuit = false
    /// Set by `p`: the app loop switches to presenter mode and clears it on return.
    public var shouldPresent = false
    /// Set by Ctrl-Z: the app loop suspends to the shell and clears it on return.
    public var shouldSuspend = false
    /// The last event selected, so a filter that hid everything can return near it.
    public var lastSelected: Int?

    public init(dataset: Dataset, size: Size, showContentNote: Bool = true) {
        self.dataset = dataset
        self.events = dataset.events.enumerated()
            .sorted { a, b in a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset }
            .map(\.element)
        self.size = size
        self.visible = Array(events.indices)
        self.selected = events.isEmpty ? nil : 0
        self.lastSelected = selected
        self.map = MapViewport(fitting: dataset)
        self.map.followedEvent = selected
        if showContentNote && dataset.contentNote != nil { overlay = .contentNote }
    }

    public var selectedEvent: Event? { selected.map { events[$0] } }

    /// Position of the selection among visible events (0-based), for "event 12 of 48".
    public var selectedVisiblePosition: Int? {
        guard let selected else { return nil }
        return visible.firstIndex(of: selected)
    }
}
