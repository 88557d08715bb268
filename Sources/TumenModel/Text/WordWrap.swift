/// Word wrapping by display width: breaks at spaces, cuts a word longer than a line,
/// and counts Korean and Chinese characters as two columns so wrapped text never
/// overruns its pane.
public enum WordWrap {
    /// The lines of `text` at most `width` columns wide. Paragraph breaks ("\n") are kept.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { result.append(line); line = ""; lineWidth = 0 }
                // A word wider than the line is cut into line-sized pieces.
                while wordWidth > width {
                    var piece = ""
                    var pieceWidth = 0
                    var rest = word
                    while let c = rest.first, pieceWidth + DisplayWidth.of(c) <= width {
                        piece.append(c)
                        pieceWidth += DisplayWidth.of(c)
                        rest = rest.dropFirst()
                    }
                    if piece.isEmpty { rest = rest.dropFirst() } // a wide character on a 1-column line
                    result.append(piece)
                    word = rest
                    wordWidth = DisplayWidth.of(word)
                }
                line = String(word)
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }

    /// `text` shortened to `width` columns, ending in an ellipsis ("…" or "...") when cut.
    public static func truncate(_ text: String, width: Int, unicode: Bool) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
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
