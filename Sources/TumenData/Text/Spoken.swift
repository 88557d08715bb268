import FoundationEssentials

/// Small helpers for text that is read aloud or on a braille display: whole sentences,
/// lists said as a person says them, and numbers grouped for reading.
package enum Spoken {
    /// Ends with a full stop unless it already ends a sentence ("?", "!", "…", or a
    /// closing quote or bracket after one), so joined sentences never run together.
    package static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingSpaces()
        guard let last = trimmed.last else { return trimmed }
        if ".!?…".contains(last) { return trimmed }
        if "\"”’')".contains(last), let before = trimmed.dropLast().last, ".!?…".contains(before) {
            return trimmed
        }
        return trimmed + "."
    }

    /// "a", "a and b", "a, b and c".
    package static func list(_ items: [String], conjunction: String = "and") -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// "1", "999", "1,230": thousands grouped, so a reader hears one number.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }

    /// One line of text: newlines as spaces, control characters as visible stand-ins.
    package static func line(_ text: String) -> String {
        TextSanitizer.visible(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
