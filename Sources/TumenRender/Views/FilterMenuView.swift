import TumenData
import TumenModel

/// `f`: a checkbox per category, named as on its lane ("POL Policy"), with how many
/// events it has; the cursor row is in the selection style. Space shows or hides, c shows all, Enter or f closes.
enum FilterMenuView {
    static func draw(_ state: ExplorerState, body: Rect, into screen: inout Screen, theme: Theme) {
        let categories = state.dataset.categories
        let counts = Dictionary(grouping: state.events, by: \.category).mapValues(\.count)
        let longFooter = "<Space> show/hide  c all  <Enter> close"
        let footer = body.width >= DisplayWidth.of(longFooter) + 4 ? longFooter : "<Space> x  c all  <Enter>"
        let nameWidth = categories.indices.map { DisplayWidth.of(state.laneLabel($0)) }.max() ?? 8
        let width = max(DisplayWidth.of(footer), nameWidth + 12) + 4
        let box = Box.centred(width: width, height: categories.count + 4, in: body)
        let inner = Box.draw(box, title: "Show categories", into: &screen, theme: theme)
        let listRows = max(0, inner.height - 1)
        let top = max(0, min(state.filterCursor - listRows + 1, categories.count - listRows))
        for (i, category) in categories.enumerated().dropFirst(top).prefix(listRows) {
            let row = inner.row + i - top
            let isCursor = i == state.filterCursor
            let shown = !state.hiddenCategories.contains(category.id)
            let style = isCursor ? theme.selected : theme.normal
            if isCursor { screen.fill(column: inner.column, row: row, width: inner.width, height: 1, style: style) }
            if isCursor {
                screen.put(
                    Glyphs(unicode: theme.unicode).pointer, column: inner.column - 1, row: row, style: theme.normal)
            }
            screen.put(shown ? "[x]" : "[ ]", column: inner.column, row: row, style: style)
            let laneStyle = isCursor ? style : theme.lane(i)
            screen.put(
                state.laneLabel(i), column: inner.column + 4, row: row, style: laneStyle, limit: inner.width - 10)
            let count = String(counts[category.id] ?? 0)
            screen.put(count, column: inner.maxColumn - DisplayWidth.of(count), row: row, style: style)
        }
        screen.put(footer, column: inner.column, row: inner.maxRow - 1, style: theme.dim, limit: inner.width)
    }
}
