import TumenData
import TumenModel

/// What the timeline's marks mean. The help overlay shows it under the keys, drawn with
/// the theme's own glyphs, and the README's table is `markdown` (TimelineLegendTests
/// checks it), so neither can describe marks the timeline does not draw.
enum TimelineLegend {
    struct Entry: Equatable {
        var mark: String
        var text: String
    }

    /// `tag` is an example category tag (the dataset's first), nil when there are none.
    static func entries(glyphs g: Glyphs, tag: String?) -> [Entry] {
        var entries = [
            Entry(mark: g.event, text: "an event"),
            // Read together: "3 = 3 events close together".
            Entry(mark: "3", text: "= 3 events close together"),
            Entry(mark: g.spanStart + g.spanFill + g.spanFill + g.spanEnd, text: "a period"),
            Entry(mark: g.selectedEvent, text: "the selection"),
        ]
        if let tag { entries.append(Entry(mark: tag, text: "category tag")) }
        entries.append(Entry(mark: "< >", text: "more events off the edge"))
        return entries
    }

    /// The README's table of marks, ASCII and Unicode side by side.
    static var markdown: String {
        let ascii = entries(glyphs: Glyphs(unicode: false), tag: "POL")
        let unicode = entries(glyphs: Glyphs(unicode: true), tag: "POL")
        var lines = ["| Mark | Means |", "| --- | --- |"]
        for (a, u) in zip(ascii, unicode) {
            let marks = a.mark == u.mark ? "`\(a.mark)`" : "`\(a.mark)` `\(u.mark)`"
            lines.append("| \(marks) | \(a.text) |")
        }
        return lines.joined(separator: "\n")
    }

    /// The entries as lines of at most `width` cells, an entry never split across two.
    static func lines(_ entries: [Entry], width: Int) -> [[Entry]] {
        var lines: [[Entry]] = []
        var line: [Entry] = []
        var used = 0
        for entry in entries {
            let size = DisplayWidth.of(entry.mark) + 1 + DisplayWidth.of(entry.text)
            if !line.isEmpty && used + gap + size > width {
                lines.append(line)
                line = []
                used = 0
            }
            used += (line.isEmpty ? 0 : gap) + size
            line.append(entry)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    static let gap = 3
}
