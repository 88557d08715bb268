import FoundationEssentials

/// Turns the HTML of TimelineJS and StoryMapJS slides into plain text a terminal
/// can show: paragraphs kept (joined by a blank line), entities decoded, tags
/// stripped, and each link's target collected as a numbered reference `[1]`.
///
/// Not a full HTML parser: slide text is short, hand-written markup, and
/// anything unexpected degrades to its text content rather than failing.
public struct HTMLText: Sendable, Equatable {
    public var text: String
    public var links: [String]

    /// Tags that end a paragraph (a blank line follows).
    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr", "section", "article", "header",
        "footer", "figure",
    ]
    /// Tags whose content is not text at all.
    static let hiddenTags: Set<String> = ["script", "style", "head", "title", "iframe", "object", "svg"]

    /// `links` are the references already numbered (from a headline, say), so the
    /// fields of one slide share one list and a link seen before keeps its number.
    public init(html: String, links existing: [String] = []) {
        var paragraphs: [String] = []
        var current = ""
        var links = existing
        var pendingLink: String?
        /// Where the open link's text starts in `current` (in UTF-8 bytes, and which paragraph),
        /// to tell a bare "[2]" (a reference as Tumen's own export writes it) from a link around words.
        var linkTextStart = 0
        var paragraphCount = 0
        var linkParagraph = 0
        var hiddenDepth = 0
        /// Open lists, innermost last: the item count of an ordered one, nil for a bulleted one.
        var lists: [Int?] = []
        var unclosed = false
        let chars = Array(html)
        var index = 0

        // Text without any tag (a sheet cell typed by hand) keeps its own line
        // breaks, a blank line making a paragraph; in HTML a source line break is a space.
        let isHTML = html.contains("<") && html.contains(">")

        func endParagraph() {
            let pieces =
                isHTML
                ? [current]
                : current.replacingEvery("\r\n", with: "\n")
                    .components(separatedBy: "\n").split(whereSeparator: { $0.trimmingSpaces.isEmpty })
                    .map { $0.joined(separator: "\n") }
            for piece in pieces {
                let collapsed = HTMLText.collapse(piece)
                if !collapsed.isEmpty { paragraphs.append(collapsed) }
            }
            current = ""
            paragraphCount += 1
        }

        while index < chars.count {
            let char = chars[index]
            // Once a "<" has no ">" after it, none later has: stop looking (no quadratic scans).
            if char == "<", !unclosed,
                let close = chars[index...].firstIndex(of: ">")
                    ?? {
                        unclosed = true
                        return nil
                    }()
            {
                let inside = String(chars[(index + 1)..<close])
                index = close + 1
                if inside.hasPrefix("!") { continue }  // comments, doctype
                let closing = inside.hasPrefix("/")
                let body = closing ? String(inside.dropFirst()) : inside
                let name = String(body.prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
                if HTMLText.hiddenTags.contains(name) {
                    hiddenDepth = max(0, hiddenDepth + (closing ? -1 : (body.hasSuffix("/") ? 0 : 1)))
                    continue
                }
                if hiddenDepth > 0 { continue }
                switch name {
                case "br":
                    current += "\n"
                case "ul", "ol":
                    // A list is one paragraph, an item a line: "- item" or "1. item".
                    endParagraph()
                    if closing { _ = lists.popLast() } else { lists.append(name == "ol" ? 0 : nil) }
                case "li":
                    guard !closing else { break }
                    if !current.trimmingSpaces.isEmpty { current += "\n" }
                    if let last = lists.indices.last, let number = lists[last] {
                        lists[last] = number + 1
                        current += "\(number + 1). "
                    } else {
                        current += "- "
                    }
                case "a":
                    if closing {
                        if let target = pendingLink {
                            let number: Int
                            if let known = links.firstIndex(of: target) {
                                number = known + 1
                            } else {
                                links.append(target)
                                number = links.count
                            }
                            // A link whose whole text is "[n]" is itself the reference: it is
                            // renumbered, not followed by a second one.
                            // Only the last few bytes are looked at: a marker is short, and a long
                            // paragraph must not be scanned once per link.
                            let length = current.utf8.count - linkTextStart
                            if linkParagraph == paragraphCount, (3...12).contains(length),
                                HTMLText.isReferenceMarker(String(decoding: current.utf8.suffix(length), as: UTF8.self))
                            {
                                current = String(decoding: current.utf8.dropLast(length), as: UTF8.self) + "[\(number)]"
                            } else {
                                current += " [\(number)]"
                            }
                        }
                        pendingLink = nil
                    } else {
                        linkTextStart = current.utf8.count
                        linkParagraph = paragraphCount
                        pendingLink = HTMLText.attribute("href", in: body).map(HTMLText.decodeEntities)
                            .map { $0.trimmingSpaces() }
                            .flatMap {
                                $0.isEmpty || $0.hasPrefix("#") || $0.lowercased().hasPrefix("javascript:") ? nil : $0
                            }
                    }
                case "img":
                    if let alt = HTMLText.attribute("alt", in: body), !alt.isEmpty {
                        current += "[image: \(HTMLText.decodeEntities(alt))]"
                    }
                case "td", "th":
                    if closing { current += "  " }
                default:
                    if HTMLText.blockTags.contains(name) { endParagraph() }
                }
                continue
            }
            if hiddenDepth == 0 { current.append(isHTML && char.isNewline ? " " : char) }
            index += 1
        }
        endParagraph()
        // Entities are decoded after tags are stripped, so "&lt;b&gt;" stays text.
        self.text = paragraphs.map(HTMLText.decodeEntities).map(HTMLText.collapse)
            .filter { !$0.isEmpty }.joined(separator: "\n\n")
        self.links = links
    }

    /// "[12]": a numbered reference as the importers write them into text.
    static func isReferenceMarker(_ text: String) -> Bool {
        guard text.count >= 3, text.first == "[", text.last == "]" else { return false }
        return text.dropFirst().dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// One line: for titles, captions and credits, where line breaks are not allowed.
    public var singleLine: String {
        text.split(whereSeparator: \.isNewline).map(String.init).joined(separator: " ")
    }

    /// Runs of spaces, tabs and source line breaks become one space; explicit
    /// `<br>` line breaks (already "\n") survive, trimmed on each side.
    static func collapse(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
                .joined(separator: " ")
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        let lower = tag.lowercased()
        var searchStart = lower.startIndex
        while let range = lower[searchStart...].firstRange(of: name) {
            searchStart = range.upperBound
            // The name must stand alone: "href", not "data-href".
            if range.lowerBound > lower.startIndex {
                let before = lower[lower.index(before: range.lowerBound)]
                if !before.isWhitespace { continue }
            }
            var rest = tag[range.upperBound...].drop(while: { $0 == " " })
            guard rest.first == "=" else { continue }
            rest = rest.dropFirst().drop(while: { $0 == " " })
            if let quote = rest.first, quote == "\"" || quote == "'" {
                return String(rest.dropFirst().prefix(while: { $0 != quote }))
            }
            return String(rest.prefix(while: { !$0.isWhitespace && $0 != ">" }))
        }
        return nil
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "middot": "·",
        "bull": "•", "times": "×", "eacute": "é", "egrave": "è", "ecirc": "ê", "aacute": "á", "agrave": "à",
        "acirc": "â", "iacute": "í", "oacute": "ó", "ocirc": "ô", "uacute": "ú", "ccedil": "ç", "ntilde": "ñ",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "szlig": "ß",
        "Eacute": "É", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü",
        "euro": "€", "pound": "£", "frac12": "½", "sect": "§", "para": "¶", "shy": "",
    ]

    /// `&amp;`, `&#233;`, `&#xE9;`; unknown entities stay as written.
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let name = String(after[..<semi])
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
                        String(Character($0))
                    }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    decoded = namedEntities[name]
                }
                if let decoded {
                    result += decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        return result + rest
    }
}
