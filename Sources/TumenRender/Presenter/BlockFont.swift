/// Large letters for headlines on a projector: each glyph five rows high, drawn with one
/// fill character (`#`, or `█` in Unicode themes). Covers A–Z (lower case is drawn as upper
/// case), 0–9 and the punctuation titles use. Text with any other character (Korean, an
/// accent) cannot be drawn in it; the presenter then falls back to ordinary bold text.
public enum BlockFont {
    public static let height = 5
    /// Blank columns between letters, and rows between lines of a headline.
    public static let letterSpacing = 1
    public static let lineSpacing = 1

    /// Rows of each glyph; `#` marks a filled cell. Rows are padded to the glyph's width.
    static let glyphs: [Character: [String]] = [
        "A": [" ## ", "#  #", "####", "#  #", "#  #"],
        "B": ["### ", "#  #", "### ", "#  #", "### "],
        "C": [" ###", "#   ", "#   ", "#   ", " ###"],
        "D": ["### ", "#  #", "#  #", "#  #", "### "],
        "E": ["####", "#   ", "### ", "#   ", "####"],
        "F": ["####", "#   ", "### ", "#   ", "#   "],
        "G": [" ###", "#   ", "# ##", "#  #", " ###"],
        "H": ["#  #", "#  #", "####", "#  #", "#  #"],
        "I": ["###", " # ", " # ", " # ", "###"],
        "J": ["   #", "   #", "   #", "#  #", " ## "],
        "K": ["#  #", "# # ", "##  ", "# # ", "#  #"],
        "L": ["#   ", "#   ", "#   ", "#   ", "####"],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #"],
        "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        "O": [" ## ", "#  #", "#  #", "#  #", " ## "],
        "P": ["### ", "#  #", "### ", "#   ", "#   "],
        "Q": [" ## ", "#  #", "#  #", "# ##", " ###"],
        "R": ["### ", "#  #", "### ", "# # ", "#  #"],
        "S": [" ###", "#   ", " ## ", "   #", "### "],
        "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
        "U": ["#  #", "#  #", "#  #", "#  #", " ## "],
        "V": ["#   #", "#   #", "#   #", " # # ", "  #  "],
        "W": ["#   #", "#   #", "# # #", "## ##", "#   #"],
        "X": ["#   #", " # # ", "  #  ", " # # ", "#   #"],
        "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
        "Z": ["####", "   #", " ## ", "#   ", "####"],
        "0": [" ## ", "# ##", "## #", "#  #", " ## "],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": [" ## ", "#  #", "  # ", " #  ", "####"],
        "3": ["### ", "   #", " ## ", "   #", "### "],
        "4": ["#  #", "#  #", "####", "   #", "   #"],
        "5": ["####", "#   ", "### ", "   #", "### "],
        "6": [" ## ", "#   ", "### ", "#  #", " ## "],
        "7": ["####", "   #", "  # ", " #  ", " #  "],
        "8": [" ## ", "#  #", " ## ", "#  #", " ## "],
        "9": [" ## ", "#  #", " ###", "   #", " ## "],
        " ": ["  ", "  ", "  ", "  ", "  "],
        ".": [" ", " ", " ", " ", "#"],
        ",": ["  ", "  ", "  ", " #", "# "],
        ":": [" ", "#", " ", "#", " "],
        ";": ["  ", " #", "  ", " #", "# "],
        "!": ["#", "#", "#", " ", "#"],
        "?": ["### ", "   #", " ## ", "    ", " #  "],
        "'": ["#", "#", " ", " ", " "],
        "\"": ["# #", "# #", "   ", "   ", "   "],
        "-": ["   ", "   ", "###", "   ", "   "],
        "–": ["   ", "   ", "###", "   ", "   "],
        "—": ["     ", "     ", "#####", "     ", "     "],
        "(": [" #", "# ", "# ", "# ", " #"],
        ")": ["# ", " #", " #", " #", "# "],
        "/": ["    #", "   # ", "  #  ", " #   ", "#    "],
        "&": [" #   ", "# #  ", " # # ", "#  # ", " ## #"],
        "%": ["#   #", "   # ", "  #  ", " #   ", "#   #"],
        "+": ["   ", " # ", "###", " # ", "   "],
        "=": ["   ", "###", "   ", "###", "   "],
    ]

    /// Typographic quotes and dashes drawn as their plain forms.
    static let aliases: [Character: Character] = [
        "’": "'", "‘": "'", "“": "\"", "”": "\"", "‐": "-", "‑": "-",
    ]

    static func glyph(_ character: Character) -> [String]? {
        let plain = aliases[character] ?? character
        if let glyph = glyphs[plain] { return glyph }
        return plain.isLowercase ? glyphs[Character(plain.uppercased())] : nil
    }

    /// Every character the font draws (upper case, digits, punctuation), for tests and docs.
    public static var characters: [Character] { glyphs.keys.sorted() }

    public static func canDraw(_ text: String) -> Bool {
        text.allSatisfy { glyph($0) != nil }
    }

    /// Columns a word or line takes, letters separated by `letterSpacing`.
    public static func width(of text: String) -> Int {
        let widths = text.compactMap { glyph($0)?.first?.count }
        return widths.reduce(0, +) + max(0, widths.count - 1) * letterSpacing
    }

    /// The headline's lines, broken between words to fit `width` columns; nil when the text
    /// has a character the font lacks or a single word is wider than `width`.
    public static func wrap(_ text: String, width: Int) -> [String]? {
        guard canDraw(text) else { return nil }
        let words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        var lines: [String] = []
        var line = ""
        for word in words {
            guard self.width(of: word) <= width else { return nil }
            let candidate = line.isEmpty ? word : line + " " + word
            if self.width(of: candidate) <= width {
                line = candidate
            } else {
                lines.append(line)
                line = word
            }
        }
        lines.append(line)
        return lines
    }

    /// The five rows of one line of text, with `fill` in the filled cells.
    public static func rows(_ line: String, fill: String = "#") -> [String] {
        var rows = Array(repeating: "", count: height)
        var first = true
        for character in line {
            guard let glyph = glyph(character) else { continue }
            for row in 0..<height {
                if !first { rows[row] += String(repeating: " ", count: letterSpacing) }
                rows[row] += glyph[row].map { $0 == "#" ? fill : " " }.joined()
            }
            first = false
        }
        return rows
    }

    /// Rows a headline of `lines` lines takes.
    public static func rowCount(lines: Int) -> Int {
        lines == 0 ? 0 : lines * height + (lines - 1) * lineSpacing
    }
}
