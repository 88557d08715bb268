import TumenModel

/// `?`: every key with what it does, grouped by where it applies, generated from
/// KeyBindings.commands (the table that dispatches keys) so it cannot disagree with them.
/// One column when it fits, else two; any key closes it.
enum HelpOverlay {
    static func lines(keyWidth: Int) -> [(keys: String, text: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = []
        for section in KeyBindings.helpSections {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((section.title, "", true))
            for entry in section.entries { lines.append((entry.keys, entry.text, false)) }
        }
        lines.append(("", "", false))
        lines.append(("Mouse", KeyBindings.mouseHelp, false))
        return lines
    }

    static func draw(body: Rect, into screen: inout Screen, theme: Theme) {
        let inner = Box.draw(body, title: "Keys (any key closes help)", into: &screen, theme: theme)
        guard inner.width > 10, inner.height > 0 else { return }
        let all = lines(keyWidth: 0)
        let keyWidth = min(12, all.filter { !$0.heading }.map { DisplayWidth.of($0.keys) }.max() ?? 8)
        let columns = all.count <= inner.height || inner.width < 70 ? 1 : 2
        let gap = 3
        let columnWidth = (inner.width - gap * (columns - 1)) / columns
        let capacity = inner.height * columns
        var shown = all
        if shown.count > capacity {
            shown = Array(shown.prefix(max(0, capacity - 1)))
            shown.append(("", theme.unicode ? "… enlarge the window to see every key" : "... enlarge the window to see every key", false))
        }
        // Fill the first column, then the second; a column never starts with a blank line.
        var column = 0, row = 0
        for line in shown {
            if row == inner.height { column += 1; row = 0 }
            if row == 0 && line.keys.isEmpty && line.text.isEmpty && column > 0 { continue }
            let x = inner.column + column * (columnWidth + gap)
            let y = inner.row + row
            if line.heading {
                screen.put(line.keys, column: x, row: y, style: theme.title, limit: columnWidth)
            } else {
                screen.put(WordWrap.truncate(line.keys, width: keyWidth, unicode: theme.unicode),
                           column: x, row: y, style: theme.warning, limit: keyWidth)
                screen.put(WordWrap.truncate(line.text, width: columnWidth - keyWidth - 2, unicode: theme.unicode),
                           column: x + keyWidth + 2, row: y, style: theme.normal, limit: columnWidth - keyWidth - 2)
            }
            row += 1
        }
    }
}
