/// The explorer's state machine: pure and total. Every action is valid in every
/// state; an action that does not apply leaves the state as it was.
extension ExplorerState {
    public mutating func apply(_ action: Action) {
        switch action {
        case .nextEvent: moveSelection(by: 1)
        case .previousEvent: moveSelection(by: -1)
        case .firstEvent: if let first = visible.first { select(first) }
        case .lastEvent: if let last = visible.last { select(last) }
        case .pageDown: moveSelection(by: max(1, size.height - 4))
        case .pageUp: moveSelection(by: -max(1, size.height - 4))
        case .selectEvent(let id):
            if let index = events.firstIndex(where: { $0.id == id }), visible.contains(index) { select(index) }
        case .toggleDetail:
            detailOpen.toggle()
            detailScroll = 0
        case .scrollDetailDown: detailScroll += 1
        case .scrollDetailUp: detailScroll = max(0, detailScroll - 1)
        case .showTimeline: view = .timeline
        case .showMap: view = .map
        case .switchView: view = view == .timeline ? .map : .timeline
        case .zoomIn: if let finer = TimeZoom(rawValue: zoom.rawValue + 1) { zoom = finer }
        case .zoomOut: if let coarser = TimeZoom(rawValue: zoom.rawValue - 1) { zoom = coarser }
        case .dismissContentNote: if overlay == .contentNote { overlay = nil }
        case .toggleHelp: overlay = overlay == .help ? nil : .help
        case .escape:
            if overlay != nil { overlay = nil } else { search = Search() }
        case .map(let mapAction): applyMap(mapAction)
        case .resize(let newSize): size = newSize
        case .quit: shouldQuit = true
        case .present: shouldPresent = true
        default: break
        }
    }

    /// A key press: looked up in the one command table, then applied. The interactive
    /// app and `tumen render` both go through here, so they cannot disagree.
    public mutating func press(_ key: Key) {
        if let action = KeyBindings.action(for: key, in: self) { apply(action) }
    }

    mutating func select(_ index: Int) {
        selected = index
        detailScroll = 0
    }

    mutating func moveSelection(by delta: Int) {
        guard !visible.isEmpty else { return }
        let current = selectedVisiblePosition ?? 0
        let target = min(max(current + delta, 0), visible.count - 1)
        select(visible[target])
    }
}

/// The same transition as a function, for tests and scripts that prefer values.
public func reduce(_ state: ExplorerState, _ action: Action) -> ExplorerState {
    var next = state
    next.apply(action)
    return next
}
