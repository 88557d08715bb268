import TumenData
import TumenModel

/// The selected event in full: title, date (with any inference note), category, places
/// with their local names, the summary word-wrapped, contested figures with each claim
/// and its source, and the sources. Scrolls with J/K; arrows show there is more.
enum DetailView {
    static func draw(_ state: ExplorerState, rect: Rect, into screen: inout Screen, theme: Theme) {
        guard !rect.isEmpty else { return }
        let g = Glyphs(unicode: theme.unicode)
        screen.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, style: theme.normal)
        if rect.column > 0 {
            for y in rect.row..<rect.maxRow {
                screen.put(g.vertical, column: rect.column - 1, row: y, style: theme.border)
            }
        }
        let lines = state.detailLines(unicode: theme.unicode)
        guard !lines.isEmpty else {
            screen.put("No event selected.", column: rect.column + 1, row: rect.row, style: theme.dim)
            return
        }
        for (i, line) in lines.dropFirst(state.detailScroll).prefix(rect.height).enumerated() {
            screen.put(
                line.text, column: rect.column + 1 + line.indent, row: rect.row + i,
                style: style(line.role, theme: theme), limit: rect.width - 2 - line.indent)
        }
        if state.detailScroll > 0 {
            screen.put(g.moreAbove, column: rect.maxColumn - 1, row: rect.row, style: theme.dim)
        }
        if state.detailScroll + rect.height < lines.count {
            screen.put(g.moreBelow, column: rect.maxColumn - 1, row: rect.maxRow - 1, style: theme.dim)
        }
    }

    static func style(_ role: DetailLine.Role, theme: Theme) -> Style {
        switch role {
        case .title, .heading: theme.title
        case .contested: theme.warning
        case .note, .source: theme.dim
        case .meta, .body: theme.normal
        }
    }
}
