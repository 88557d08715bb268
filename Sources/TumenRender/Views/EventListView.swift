import TumenData
import TumenModel

/// The events in timeline order: the category's tag in its lane colour (`POL`, so the
/// category reads without colour too; a marker when there is one category), the date
/// and the title. The selected row is drawn in the selection style across the whole
/// width, and the list scrolls (state.listScroll, kept by the reducer) so the selection
/// stays on screen.
enum EventListView {
    static func draw(_ state: ExplorerState, layout: ExplorerLayout, into screen: inout Screen, theme: Theme) {
        let rect = layout.list
        guard !rect.isEmpty else { return }
        let g = Glyphs(unicode: theme.unicode)
        guard !state.visible.isEmpty else {
            let message =
                state.hiddenCategories.isEmpty
                ? "No events in this dataset."
                : "No events: the filter hides every category. Press f, then c to show all."
            for (i, line) in WordWrap.lines(message, width: rect.width - 2).prefix(rect.height).enumerated() {
                screen.put(line, column: rect.column + 1, row: rect.row + i, style: theme.warning)
            }
            return
        }
        // Dates get 18 columns (12 in a narrow list, the detail open beside it, so the
        // titles keep the room), or up to a third of the list when the widest date needs
        // it ("539–485 million years ago").
        let dateWidth = min(state.widestDateLabel, max(rect.width < 60 ? 12 : 18, rect.width / 3))
        let matches = Set(state.search.matches)
        let tags = state.showsCategoryTags
        let dateColumn = rect.column + (tags ? CategoryTags.maximumWidth + 2 : 3)
        for i in 0..<rect.height {
            let position = state.listScroll + i
            guard state.visible.indices.contains(position) else { break }
            let index = state.visible[position]
            let event = state.events[index]
            let row = rect.row + i
            let isSelected = index == state.selected
            let base = isSelected ? theme.selected : theme.normal
            if isSelected { screen.fill(column: rect.column, row: row, width: rect.width, height: 1, style: base) }
            let marker = isSelected ? base : theme.lane(state.categoryOrdinals[index])
            // A pointer as well as the colour, so the selection shows in plain text and in mono.
            if isSelected { screen.put(g.pointer, column: rect.column, row: row, style: base) }
            let mark = tags ? state.paddedTag(state.categoryOrdinals[index]) : g.event
            screen.put(mark, column: rect.column + 1, row: row, style: marker)
            let date = WordWrap.truncate(event.date.label, width: dateWidth, unicode: theme.unicode)
            screen.put(date, column: dateColumn, row: row, style: base)
            let titleColumn = dateColumn + dateWidth + 2
            let titleWidth = rect.maxColumn - titleColumn - 1
            guard titleWidth > 0 else { continue }
            let titleStyle = matches.contains(index) && !isSelected ? theme.title : base
            screen.put(
                WordWrap.truncate(event.title, width: titleWidth, unicode: theme.unicode),
                column: titleColumn, row: row, style: titleStyle)
        }
        // Arrows at the right edge say there is more above or below.
        if state.listScroll > 0 {
            screen.put(g.moreAbove, column: rect.maxColumn - 1, row: rect.row, style: theme.dim)
        }
        if state.listScroll + rect.height < state.visible.count {
            screen.put(g.moreBelow, column: rect.maxColumn - 1, row: rect.maxRow - 1, style: theme.dim)
        }
    }
}
