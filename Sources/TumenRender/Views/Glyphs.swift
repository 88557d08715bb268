import TumenData
import TumenModel

/// The symbols views draw, in Unicode or plain ASCII (theme.unicode decides).
struct Glyphs {
    var event: String
    var selectedEvent: String
    var spanStart: String
    var spanFill: String
    var spanEnd: String
    var axis: String
    var tick: String
    var eraFill: String
    /// Every other era, so two eras side by side show where one ends.
    var eraFillAlternate: String
    var horizontal: String
    var vertical: String
    var corners: (String, String, String, String)
    var moreAbove: String
    var moreBelow: String
    var pointer: String

    init(unicode: Bool) {
        if unicode {
            event = "●"
            selectedEvent = "◆"
            spanStart = "├"
            spanFill = "─"
            spanEnd = "┤"
            axis = "─"
            tick = "┴"
            eraFill = "░"
            eraFillAlternate = "▒"
            horizontal = "─"
            vertical = "│"
            corners = ("┌", "┐", "└", "┘")
            moreAbove = "▲"
            moreBelow = "▼"
            pointer = "▶"
        } else {
            event = "o"
            selectedEvent = "*"
            spanStart = "["
            spanFill = "="
            spanEnd = "]"
            axis = "-"
            tick = "+"
            eraFill = "."
            eraFillAlternate = ":"
            horizontal = "-"
            vertical = "|"
            corners = ("+", "+", "+", "+")
            moreAbove = "^"
            moreBelow = "v"
            pointer = ">"
        }
    }
}

/// A bordered box with a title in its top edge; the inside is cleared.
enum Box {
    @discardableResult
    static func draw(_ rect: Rect, title: String, into screen: inout Screen, theme: Theme) -> Rect {
        guard rect.width >= 4, rect.height >= 3 else { return rect }
        let g = Glyphs(unicode: theme.unicode)
        screen.fill(column: rect.column, row: rect.row, width: rect.width, height: rect.height, style: theme.normal)
        let right = rect.maxColumn - 1
        let bottom = rect.maxRow - 1
        for x in rect.column + 1..<right {
            screen.put(g.horizontal, column: x, row: rect.row, style: theme.border)
            screen.put(g.horizontal, column: x, row: bottom, style: theme.border)
        }
        for y in rect.row + 1..<bottom {
            screen.put(g.vertical, column: rect.column, row: y, style: theme.border)
            screen.put(g.vertical, column: right, row: y, style: theme.border)
        }
        screen.put(g.corners.0, column: rect.column, row: rect.row, style: theme.border)
        screen.put(g.corners.1, column: right, row: rect.row, style: theme.border)
        screen.put(g.corners.2, column: rect.column, row: bottom, style: theme.border)
        screen.put(g.corners.3, column: right, row: bottom, style: theme.border)
        let label = " " + WordWrap.truncate(title, width: rect.width - 6, unicode: theme.unicode) + " "
        screen.put(label, column: rect.column + 2, row: rect.row, style: theme.title)
        return Rect(column: rect.column + 2, row: rect.row + 1, width: rect.width - 4, height: rect.height - 2)
    }

    /// A rectangle of at most `width` x `height` centred in `area`.
    static func centred(width: Int, height: Int, in area: Rect) -> Rect {
        let w = min(width, area.width)
        let h = min(height, area.height)
        return Rect(
            column: area.column + (area.width - w) / 2, row: area.row + (area.height - h) / 2, width: w, height: h)
    }
}

extension Theme {
    /// The lane style for a category: its position in the dataset picks the colour.
    func lane(forCategory id: String, in dataset: Dataset) -> Style {
        lane(dataset.categories.firstIndex { $0.id == id } ?? 0)
    }
}
