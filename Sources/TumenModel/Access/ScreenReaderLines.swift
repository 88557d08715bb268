import FoundationEssentials
import TumenData

/// The screen-reader mode's output discipline: an announcement is a list of paragraphs
/// (most keys give one), and each paragraph becomes lines of at most `maxLineWidth`
/// characters, broken between sentences where it can be and between words where a
/// sentence is longer. A braille display pans a line of 100 characters in three steps of
/// 40 cells; a speech synthesiser pauses at the line ends, which fall between sentences.
public enum ScreenReaderLines {
    /// The longest line the mode writes (docs/accessibility.md; tests hold it to this).
    public static let maxLineWidth = 100

    /// Every paragraph as lines: control characters made visible, whitespace collapsed,
    /// empty paragraphs dropped (a blank line reads as "blank", which says nothing).
    public static func lines(_ paragraphs: [String], width: Int = maxLineWidth) -> [String] {
        paragraphs.flatMap { lines(paragraph: $0, width: width) }
    }

    static func lines(paragraph: String, width: Int) -> [String] {
        let text = Spoken.line(paragraph).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard !text.isEmpty else { return [] }
        var out: [String] = []
        var current = ""
        for sentence in sentences(text) {
            let joined = current.isEmpty ? sentence : current + " " + sentence
            if DisplayWidth.of(joined) <= width {
                current = joined
                continue
            }
            if !current.isEmpty { out.append(current) }
            // A sentence too long for a line is wrapped by words; its last piece may take more.
            let pieces = WordWrap.lines(sentence, width: width)
            out += pieces.dropLast()
            current = pieces.last ?? ""
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Splits after ". ", "? " and "! "; abbreviations such as "c. 2018"
    /// or "U.S. officials" may split too, which costs only a line break in the wrong place.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if ".?!".contains(character), next == " " {
                out.append(current)
                current = ""
            } else if character == " ", current == " " {
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
