/// Word wrapping by display width: breaks at spaces, cuts a word longer than a line,
/// and counts Korean and Chinese characters as two columns so wrapped text never
/// overruns its pane.
public enum WordWrap {
    /// The lines of `text` at most `width` columns wide. Paragraph breaks ("\n") are kept.
    /// Each character is measured once, so the time is linear in the text, however long
    /// a word without spaces is (a 400 KB `data:` address wraps in one pass).
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    line = ""
                    lineWidth = 0
                }
                guard wordWidth > width else {
                    line = String(word)
                    lineWidth = wordWidth
                    continue
                }
                // A word wider than the line is cut into line-sized pieces; the last piece
                // starts the next line, where the following word may join it.
                for character in word {
                    let characterWidth = DisplayWidth.of(character)
                    if characterWidth > width { continue }  // a wide character on a 1-column line
                    if lineWidth + characterWidth > width {
                        result.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += characterWidth
                }
            }
            result.append(line)
        }
        return result
    }

    /// Words longer than `limit` characters cut to their first `limit`, with an ellipsis and
    /// how long they were: a pane shows what a reader can use of a 400 KB `data:` address.
    public static func shorteningLongWords(_ text: String, limit: Int = 600, unicode: Bool) -> String {
        guard text.utf8.count > limit else { return text }
        var result = ""
        var word = Substring()
        var changed = false
        func flush() {
            let count = word.count
            if count > limit {
                result += word.prefix(limit) + (unicode ? "…" : "...") + " (\(count) characters)"
                changed = true
            } else {
                result += word
            }
        }
        var start = text.startIndex
        for index in text.indices where text[index] == " " || text[index] == "\n" {
            word = text[start..<index]
            flush()
            result.append(text[index])
            start = text.index(after: index)
        }
        word = text[start...]
        flush()
        return changed ? result : text
    }

    /// `text` shortened to `width` columns, ending in an ellipsis ("…" or "...") when cut.
    public static func truncate(_ text: String, width: Int, unicode: Bool) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text, upTo: width) != nil { return text }
        let ellipsis = unicode ? "…" : "..."
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(width)) }
        var kept = ""
        var used = 0
        for c in text {
            let w = DisplayWidth.of(c)
            if used + w > room { break }
            kept.append(c)
            used += w
        }
        while kept.last == " " { kept.removeLast() }
        return kept + ellipsis
    }
}
