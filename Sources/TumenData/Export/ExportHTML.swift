/// Tumen's plain text as the HTML TimelineJS and StoryMapJS show: paragraphs as `<p>`,
/// line breaks as `<br>`, `&`, `<` and `>` escaped, and each numbered reference "[2]" a
/// link to the event's second link, so no number on the web page points nowhere. Tumen's
/// importers read this back to the same text and the same numbers (`HTMLText`).
enum ExportHTML {
    /// A paragraph's worth of text, or several separated by blank lines.
    static func paragraphs(_ text: String, links: [String] = []) -> String {
        text.components(separatedBy: "\n\n").compactMap { $0.nonBlank }
            .map { "<p>" + inline($0, links: links).replacingEvery("\n", with: "<br>") + "</p>" }
            .joined()
    }

    /// One line (a headline, a caption, a credit): escaped, with its references linked.
    static func inline(_ text: String, links: [String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            result += escape(rest[..<open])
            let afterOpen = rest.index(after: open)
            let digits = rest[afterOpen...].prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty, digits.count <= 6, digits.endIndex < rest.endIndex, rest[digits.endIndex] == "]",
                let number = Int(digits), number >= 1, number <= links.count
            {
                result += "<a href=\"\(attribute(links[number - 1]))\">[\(number)]</a>"
                rest = rest[rest.index(after: digits.endIndex)...]
            } else {
                result += "["
                rest = rest[afterOpen...]
            }
        }
        return result + escape(rest)
    }

    /// The references a text uses, so links nobody refers to can be listed apart.
    static func references(in text: String, links: [String]) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            let digits = rest[rest.index(after: open)...].prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty, digits.endIndex < rest.endIndex, rest[digits.endIndex] == "]", let number = Int(digits),
                number >= 1, number <= links.count
            {
                found.insert(number)
            }
            rest = rest[rest.index(after: open)...]
        }
        return found
    }

    static func escape<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    static func attribute(_ text: String) -> String {
        escape(text).replacingEvery("\"", with: "&quot;")
    }
}
