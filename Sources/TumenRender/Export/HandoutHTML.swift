import FoundationEssentials
import TumenData
import TumenModel

/// Text made safe for the HTML handout, which is also well-formed XML (XHTML syntax), so
/// a strict XML parser can check every handout: markup characters escaped, control
/// characters made visible (XML 1.0 forbids them), newlines kept only where asked.
enum HandoutHTML {
    /// One line of text inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        SVGWriter.escapeXML(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// Paragraphs: each non-empty line of `text` as a `<p>`.
    static func paragraphs(_ text: String, className: String? = nil) -> [String] {
        let open = className.map { "<p class=\"\($0)\">" } ?? "<p>"
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
            .map { open + escape($0) + "</p>" }
    }
}
