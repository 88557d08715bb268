import TumenData
import TumenModel

/// One line at the bottom: the view and zoom, the position ("event 12 of 48"), the
/// filter ("filter: -border"), the search ("search "fence" 3 of 7") and the help hint.
enum StatusBarView {
    static func text(_ state: ExplorerState) -> (left: String, right: String) {
        var parts: [String] = []
        parts.append(state.view == .timeline ? "timeline (\(state.timeUnitName))" : "map")
        if let position = state.selectedVisiblePosition {
            parts.append("event \(position + 1) of \(state.visible.count)")
        } else {
            parts.append("no events shown")
        }
        if !state.hiddenCategories.isEmpty {
            let hidden = state.dataset.categories.map(\.id).filter { state.hiddenCategories.contains($0) }
            let shown = state.dataset.categories.map(\.id).filter { !state.hiddenCategories.contains($0) }
            // Whichever list is shorter: what is hidden, or what is left.
            if shown.isEmpty {
                parts.append("filter: all hidden")
            } else if shown.count < hidden.count {
                parts.append("filter: only " + shown.joined(separator: " "))
            } else {
                parts.append("filter: " + hidden.map { "-" + $0 }.joined(separator: " "))
            }
        }
        if state.search.isActive {
            let query = "\"\(state.search.query)\""
            if let current = state.search.current {
                parts.append("search \(query) \(current + 1) of \(state.search.matches.count)")
            } else if state.search.matches.isEmpty {
                parts.append("search \(query): no match")
            } else {
                parts.append("search \(query) \(state.search.matches.count) matches")
            }
        }
        return (parts.joined(separator: "  "), "? help")
    }

    static func draw(_ state: ExplorerState, rect: Rect, into screen: inout Screen, theme: Theme) {
        guard !rect.isEmpty else { return }
        screen.fill(column: rect.column, row: rect.row, width: rect.width, height: 1, style: theme.statusBar)
        let (left, right) = text(state)
        let rightWidth = DisplayWidth.of(right)
        let room = rect.width - rightWidth - 3
        screen.put(
            " " + WordWrap.truncate(left, width: max(0, room), unicode: theme.unicode),
            column: rect.column, row: rect.row, style: theme.statusBar)
        if rect.width > rightWidth + 1 {
            screen.put(right, column: rect.maxColumn - rightWidth - 1, row: rect.row, style: theme.statusBar)
        }
    }
}
