import TumenModel

/// The first screen: what the material covers, before anything else. Any key goes on.
enum ContentNoteView {
    static func draw(_ state: ExplorerState, into screen: inout Screen, theme: Theme) {
        let full = Rect(state.size)
        screen.fill(column: 0, row: 0, width: full.width, height: full.height, style: theme.normal)
        let width = min(66, full.width - 4)
        let note = WordWrap.lines(state.dataset.contentNote ?? "", width: width)
        let title = WordWrap.lines(state.dataset.title, width: width)
        let lines: [(String, Style)] = title.map { ($0, theme.title) } + [("", theme.normal), ("Content note", theme.warning)]
            + note.map { ($0, theme.normal) } + [("", theme.normal), ("Press any key to continue.", theme.dim)]
        let area = Box.centred(width: width, height: lines.count, in: full)
        for (i, line) in lines.prefix(area.height).enumerated() {
            screen.put(line.0, column: area.column, row: area.row + i, style: line.1, limit: area.width)
        }
    }
}
