import TumenData
import TumenModel

/// `?`: every key with what it does, grouped by where it applies, generated from
/// KeyBindings.commands (the table that dispatches keys) so it cannot disagree with them.
/// One column when it fits, else two; any key closes it. Under the keys, what the
/// timeline's marks mean (`TimelineLegend`).
enum HelpOverlay {
    /// `compact` drops the blank lines between sections, for small windows.
    static func lines(compact: Bool) -> [(keys: String, text: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = []
        for section in KeyBindings.helpSections {
            if !lines.isEmpty && !compact { lines.append(("", "", false)) }
            lines.append((section.title, "", true))
            for entry in section.entries { lines.append((entry.keys, entry.text, false)) }
        }
        if !compact { lines.append(("", "", false)) }
        lines.append(("Mouse", "click a row selects it; the wheel scrolls", false))
        return lines
    }

    /// `tag` is the dataset's first category tag, the legend's example (nil for none).
    static func draw(body: Rect, tag: String?, into screen: inout Screen, theme: Theme) {
        // Sized before drawing: the box is only as tall as its lines need.
        let fullRoom = (width: body.width - 4, height: body.height - 2)
        guard fullRoom.width > 10, fullRoom.height > 0 else { return }
        let keyWidth = min(12, lines(compact: false).filter { !$0.heading }.map { DisplayWidth.of($0.keys) }.max() ?? 8)
        // The legend keeps its rows while the keys still get a few.
        let legend = TimelineLegend.lines(
            TimelineLegend.entries(glyphs: Glyphs(unicode: theme.unicode), tag: tag),
            width: fullRoom.width - keyWidth - 2)
        let legendRows = fullRoom.height - legend.count >= 4 ? legend.count : 0
        let room = (width: fullRoom.width, height: fullRoom.height - legendRows)
        var all = lines(compact: false)
        if all.count > room.height * (room.width < 70 ? 1 : 2) { all = lines(compact: true) }
        let columns = all.count <= room.height || room.width < 70 ? 1 : 2
        let needed = min(room.height, (all.count + columns - 1) / columns)
        let box = Rect(column: body.column, row: body.row, width: body.width, height: needed + legendRows + 2)
        let inner = Box.draw(box, title: "Keys (any key closes help)", into: &screen, theme: theme)
        drawLegend(
            legend.prefix(legendRows), column: inner.column, row: inner.row + needed, keyWidth: keyWidth,
            width: inner.width, into: &screen, theme: theme)
        let gap = 3
        let columnWidth = (inner.width - gap * (columns - 1)) / columns
        let capacity = needed * columns
        var shown = all
        if shown.count > capacity {
            shown = Array(shown.prefix(max(0, capacity - 1)))
            shown.append(((theme.unicode ? "…" : "...") + " more keys in a larger window", "", true))
        }
        // Fill the first column, then the second; a column never starts with a blank line.
        // Two columns share the lines evenly, so a wide window is not half empty.
        let perColumn = columns == 1 ? needed : min(needed, (shown.count + 1) / 2)
        var column = 0
        var row = 0
        for line in shown {
            if row == perColumn {
                column += 1
                row = 0
            }
            if row == 0 && line.keys.isEmpty && line.text.isEmpty && column > 0 { continue }
            let x = inner.column + column * (columnWidth + gap)
            let y = inner.row + row
            if line.heading {
                screen.put(
                    WordWrap.truncate(line.keys, width: columnWidth, unicode: theme.unicode),
                    column: x, row: y, style: theme.title, limit: columnWidth)
            } else {
                screen.put(
                    WordWrap.truncate(line.keys, width: keyWidth, unicode: theme.unicode),
                    column: x, row: y, style: theme.warning, limit: keyWidth)
                screen.put(
                    WordWrap.truncate(line.text, width: columnWidth - keyWidth - 2, unicode: theme.unicode),
                    column: x + keyWidth + 2, row: y, style: theme.normal, limit: columnWidth - keyWidth - 2)
            }
            row += 1
        }
    }

    /// "Marks" in the key column, then each mark in the key style and what it means.
    static func drawLegend(
        _ lines: ArraySlice<[TimelineLegend.Entry]>, column: Int, row: Int, keyWidth: Int, width: Int,
        into screen: inout Screen, theme: Theme
    ) {
        for (offset, line) in lines.enumerated() {
            if offset == 0 { screen.put("Marks", column: column, row: row, style: theme.title, limit: keyWidth) }
            var x = column + keyWidth + 2
            for entry in line {
                x += screen.put(
                    entry.mark, column: x, row: row + offset, style: theme.warning, limit: max(0, column + width - x))
                x += screen.put(
                    " " + entry.text, column: x, row: row + offset, style: theme.normal,
                    limit: max(0, column + width - x))
                x += TimelineLegend.gap
            }
        }
    }
}
