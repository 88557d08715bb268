import TumenData

/// The explorer's state machine: pure and total. Every action is valid in every
/// state; an action that does not apply leaves the state as it was. What the state
/// cannot do itself (quit, present, suspend) comes back as an effect for the loop.
extension ExplorerState {
    @discardableResult
    public mutating func apply(_ action: Action) -> ExplorerEffect {
        var effect = ExplorerEffect.none
        switch action {
        case .nextEvent: moveSelection(by: 1)
        case .previousEvent: moveSelection(by: -1)
        case .firstEvent: if let first = visible.first { select(first) }
        case .lastEvent: if let last = visible.last { select(last) }
        case .pageDown: moveSelection(by: layout.pageRows)
        case .pageUp: moveSelection(by: -layout.pageRows)
        case .selectEvent(let id):
            if let index = events.firstIndex(where: { $0.id == id }), visiblePosition(of: index) != nil {
                select(index)
            }
        case .toggleDetail:
            detailOpen.toggle()
            detailScroll = 0
        case .scrollDetailDown: detailScroll = min(detailScroll + 1, maxDetailScroll)
        case .scrollDetailUp: detailScroll = max(0, detailScroll - 1)
        case .showTimeline: view = .timeline
        case .showMap: view = .map
        case .switchView: view = view == .timeline ? .map : .timeline
        case .zoomIn: zoom = TimeScale.finer(than: zoom, whole: wholeMonthsPerColumn)
        case .zoomOut: zoom = TimeScale.coarser(than: zoom, whole: wholeMonthsPerColumn)
        case .dismissContentNote: if overlay == .contentNote { overlay = nil }
        case .toggleHelp: overlay = overlay == .help ? nil : .help
        case .escape:
            // Innermost first: an overlay, then the search, then the detail pane.
            if overlay == .searchPrompt {
                applySearch(.cancelSearch)
            } else if overlay != nil {
                overlay = nil
            } else if search.isActive {
                search = Search()
            } else if detailOpen {
                detailOpen = false
                detailScroll = 0
            }
        case .beginSearch, .searchInput, .searchBackspace, .submitSearch, .cancelSearch, .nextMatch, .previousMatch:
            applySearch(action)
        case .openFilter, .filterCursorDown, .filterCursorUp, .toggleCategoryAtCursor, .clearFilter:
            applyFilter(action)
        case .mouse(let event): applyMouse(event)
        case .map(let mapAction): applyMap(mapAction)
        case .toggleMapWords: mapWordsOpen.toggle()
        case .resize(let newSize): size = newSize
        case .quit: effect = .quit
        case .present: effect = .present
        case .suspend: effect = .suspend
        case .presenter, .classroom: break
        }
        keepSelectionInView()
        // The map view always shows the current selection (MapReducer.catchUpMap); the
        // timeline leaves the map alone, so coming back finds it as the user left it.
        catchUpShownMap()
        return effect
    }

    /// A key press: looked up in the one command table, then applied. The interactive
    /// app and `tumen render` both go through here, so they cannot disagree.
    @discardableResult
    public mutating func press(_ key: Key) -> ExplorerEffect {
        guard let action = KeyBindings.action(for: key, in: self) else { return .none }
        return apply(action)
    }

    /// The layout for the current size and panes (what is on screen where).
    public var layout: ExplorerLayout { ExplorerLayout(state: self) }

    mutating func select(_ index: Int) {
        if selected != index { detailScroll = 0 }
        selected = index
        lastSelected = index
    }

    mutating func moveSelection(by delta: Int) {
        guard !visible.isEmpty else { return }
        let current = selectedVisiblePosition ?? 0
        let target = min(max(current + delta, 0), visible.count - 1)
        select(visible[target])
    }

    /// A click on a list row selects that event; the wheel scrolls the detail pane when
    /// the pointer is over it, else moves through the events three at a time.
    mutating func applyMouse(_ event: MouseEvent) {
        let layout = self.layout
        let overDetail = layout.detail?.contains(column: event.column, row: event.row) ?? false
        switch event.kind {
        case .click:
            if overlay == nil, let index = layout.eventIndex(atColumn: event.column, row: event.row, in: self) {
                select(index)
            }
        case .wheelDown:
            if overDetail {
                detailScroll = min(detailScroll + 3, maxDetailScroll)
            } else if overlay == nil {
                moveSelection(by: 3)
            }
        case .wheelUp:
            if overDetail { detailScroll = max(0, detailScroll - 3) } else if overlay == nil { moveSelection(by: -3) }
        }
    }

    /// The detail pane's wrapped lines at its current width (empty when it is closed).
    public func detailLines(unicode: Bool = true) -> [DetailLine] {
        guard let event = selectedEvent, let rect = layout.detail else { return [] }
        return DetailContent.lines(for: event, in: dataset, width: rect.width - 2, unicode: unicode)
    }

    /// How far the detail pane can scroll: until its last line is at the bottom.
    public var maxDetailScroll: Int {
        guard let rect = layout.detail else { return 0 }
        return max(0, detailLines().count - rect.height)
    }

    /// Keeps the selected row inside the list and the detail scroll inside its text,
    /// after any action (a resize included).
    mutating func keepSelectionInView() {
        let rows = layout.list.height
        if rows > 0, let position = selectedVisiblePosition {
            if position < listScroll { listScroll = position }
            if position >= listScroll + rows { listScroll = position - rows + 1 }
        }
        listScroll = max(0, min(listScroll, visible.count - max(1, rows)))
        detailScroll = max(0, min(detailScroll, maxDetailScroll))
    }
}

/// The same transition as a function, for tests and scripts that prefer values.
public func reduce(_ state: ExplorerState, _ action: Action) -> ExplorerState {
    var next = state
    next.apply(action)
    return next
}

extension ExplorerState {
    /// Months per column of the whole-history zoom in the timeline as this state lays it out.
    var wholeMonthsPerColumn: Double {
        var whole = self
        whole.zoom = .whole
        whole.view = .timeline
        let layout = ExplorerLayout(state: whole)
        let rect =
            layout.timeline.isEmpty ? Rect(column: 0, row: 0, width: max(1, size.width), height: 1) : layout.timeline
        return TimeScale.frame(whole, rect: rect, lanes: layout.lanes).scale.monthsPerColumn
    }

    /// The timeline axis's unit at this zoom ("decades", "billions of years").
    public var timeUnitName: String {
        let layout = ExplorerLayout(state: self)
        let rect =
            layout.timeline.isEmpty ? Rect(column: 0, row: 0, width: max(1, size.width), height: 1) : layout.timeline
        return TimeScale.frame(self, rect: rect, lanes: layout.lanes).scale.unitName
    }
}
