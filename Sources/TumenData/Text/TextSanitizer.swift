/// Makes text from data files safe to show: control characters, escape sequences
/// and bidirectional overrides become visible stand-ins, so no data file can move
/// the cursor, retitle the window or reorder a line. Used by the screen buffer,
/// exports and error messages alike.
public enum TextSanitizer {
    /// Replaces C0 controls and DEL with caret notation (ESC → "^["), tab with a
    /// space, C1 controls and bidi/format controls with "<U+XXXX>".
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isUnsafe(scalar) {
                result.append(scalar)
                continue
            }
            let v = scalar.value
            if v == 0x09 {
                result.append(" ")
            } else if v < 0x20 || v == 0x7F {
                result.append("^")
                result.append(Unicode.Scalar(v == 0x7F ? 0x3F : v + 0x40)!)
            } else {
                let hex = String(v, radix: 16, uppercase: true)
                result.append(
                    contentsOf: ("<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">")
                        .unicodeScalars)
            }
        }
        return String(result)
    }

    /// True for scalars that must never reach a terminal as themselves: C0 controls, DEL,
    /// C1 controls, and the bidi embeddings, overrides and isolates (U+202A–U+202E,
    /// U+2066–U+2069), which can reorder what follows them on a line.
    ///
    /// Not unsafe: the directional marks U+200E, U+200F and U+061C, and the joiners U+200C
    /// and U+200D. Arabic, Hebrew, Persian and Indic text uses them as a matter of course;
    /// they only nudge the characters beside them. The screen draws them as nothing (they
    /// take no column); files and exports keep them.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// True if the text holds anything `visible(_:)` would replace, except the
    /// newlines that multi-paragraph fields may contain.
    public static func containsControlCharacters(_ text: String, allowingNewlines: Bool = false) -> Bool {
        text.unicodeScalars.contains { isUnsafe($0) && !(allowingNewlines && $0 == "\n") }
    }
}
