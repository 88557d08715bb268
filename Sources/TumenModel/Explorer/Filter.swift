import TumenData

/// The filter menu: a cursor over the dataset's categories, Space hides or shows the
/// category under it, `c` shows all again. When the selected event's category is hidden
/// the selection moves to the nearest visible event; with nothing visible it is nil until
/// a category comes back, and then returns near where it was.
extension ExplorerState {
    mutating func applyFilter(_ action: Action) {
        switch action {
        case .openFilter:
            overlay = overlay == .filterMenu ? nil : .filterMenu
            filterCursor = min(max(0, filterCursor), max(0, dataset.categories.count - 1))
        case .filterCursorDown:
            guard overlay == .filterMenu, !dataset.categories.isEmpty else { return }
            filterCursor = (filterCursor + 1) % dataset.categories.count
        case .filterCursorUp:
            guard overlay == .filterMenu, !dataset.categories.isEmpty else { return }
            filterCursor = (filterCursor - 1 + dataset.categories.count) % dataset.categories.count
        case .toggleCategoryAtCursor:
            guard overlay == .filterMenu, dataset.categories.indices.contains(filterCursor) else { return }
            let id = dataset.categories[filterCursor].id
            if hiddenCategories.contains(id) { hiddenCategories.remove(id) } else { hiddenCategories.insert(id) }
            refilter()
        case .clearFilter:
            hiddenCategories = []
            refilter()
        default: break
        }
    }

    /// Recomputes `visible` and moves the selection (and the search) to what is still shown.
    mutating func refilter() {
        let anchor = selected ?? lastSelected ?? 0
        visible = events.indices.filter { !hiddenCategories.contains(events[$0].category) }
        if let selected { lastSelected = selected }
        if visible.isEmpty {
            selected = nil
        } else if selected.flatMap(visiblePosition(of:)) == nil {
            select(Self.nearest(to: anchor, in: visible))
        }
        if search.isActive { refreshMatches(jumpFrom: selected ?? 0, select: false) }
        if let current = search.current, search.matches[current] != selected {
            search.current = search.matches.firstIndex(of: selected ?? -1)
        }
    }

    /// The visible index closest to `index` in timeline order; the earlier one on a tie.
    static func nearest(to index: Int, in visible: [Int]) -> Int {
        visible.min { a, b in
            let da = abs(a - index)
            let db = abs(b - index)
            return da != db ? da < db : a < b
        }!
    }
}
