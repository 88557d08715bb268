import TumenData
import TumenModel

/// The search prompt on the bottom line: `/` and the text typed so far, the cursor after it.
enum SearchPromptView {
    static func draw(_ state: ExplorerState, rect: Rect, into screen: inout Screen, theme: Theme) {
        guard !rect.isEmpty else { return }
        screen.fill(column: rect.column, row: rect.row, width: rect.width, height: 1, style: theme.normal)
        let hint = "<Enter> search  <Esc> cancel"
        let hintWidth = DisplayWidth.of(hint)
        let showHint = rect.width >= hintWidth + 20
        let room = rect.width - 2 - (showHint ? hintWidth + 2 : 0)
        // Long input scrolls: the end (where the cursor is) stays visible.
        var draft = state.search.draft
        while DisplayWidth.of(draft) > room - 1, !draft.isEmpty { draft.removeFirst() }
        screen.put("/", column: rect.column, row: rect.row, style: theme.title)
        let used = screen.put(draft, column: rect.column + 1, row: rect.row, style: theme.normal, limit: room)
        screen.cursor = (rect.column + 1 + used, rect.row)
        if showHint { screen.put(hint, column: rect.maxColumn - hintWidth - 1, row: rect.row, style: theme.dim) }
    }
}
