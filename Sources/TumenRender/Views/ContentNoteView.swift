import TumenData
import TumenModel

/// The first screen: what the material covers, before anything else. Any key goes on.
/// A dataset without a content note (an imported timeline or story) opens on its title
/// slide instead: the title and the introduction, as TimelineJS and StoryMapJS open.
enum ContentNoteView {
    static func draw(_ state: ExplorerState, into screen: inout Screen, theme: Theme) {
        let full = Rect(state.size)
        screen.fill(column: 0, row: 0, width: full.width, height: full.height, style: theme.normal)
        let width = min(66, full.width - 4)
        let title = WordWrap.lines(state.dataset.title, width: width)
        var body: [(String, Style)] = []
        if let note = state.dataset.contentNote {
            body = [("Content note", theme.warning)] + WordWrap.lines(note, width: width).map { ($0, theme.normal) }
        } else if let slide = state.dataset.titleSlide {
            body = WordWrap.lines(slide, width: width).map { ($0, theme.normal) }
        }
        let end: [(String, Style)] = [("", theme.normal), ("Press any key to continue.", theme.dim)]
        var lines: [(String, Style)] = title.map { ($0, theme.title) } + [("", theme.normal)] + body
        // A long introduction is cut where the screen ends; the key line always shows.
        let room = max(0, full.height - end.count)
        if lines.count > room {
            lines = Array(lines.prefix(max(0, room - 1))) + [(theme.unicode ? "…" : "...", theme.dim)]
        }
        lines += end
        let area = Box.centred(width: width, height: lines.count, in: full)
        for (i, line) in lines.prefix(area.height).enumerated() {
            screen.put(line.0, column: area.column, row: area.row + i, style: line.1, limit: area.width)
        }
    }
}
