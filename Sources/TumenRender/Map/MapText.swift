import TumenModel

/// Word wrapping for the map's panel: breaks on spaces, cuts words longer than a line.
enum MapText {
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while DisplayWidth.of(word) > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    var head = ""
                    for character in word {
                        if DisplayWidth.of(head) + DisplayWidth.of(character) > width { break }
                        head.append(character)
                    }
                    if head.isEmpty, let first = word.first { head = String(first) }  // a wide character in a 1-column panel
                    lines.append(head)
                    word.removeFirst(head.count)
                }
                if line.isEmpty {
                    line = word
                } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(word) <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = word
                }
            }
            lines.append(line)
        }
        return lines
    }
}
