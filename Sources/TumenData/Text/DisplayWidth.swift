/// How many terminal columns a character (a grapheme cluster) takes: 0 for combining
/// marks and zero-width characters, 2 for East Asian wide and fullwidth characters and
/// for emoji, else 1. A small table rather than libc's wcwidth so that rendering is the
/// same on every machine and in tests, whatever the locale. Every view measures text
/// here, so a border after a flag or a family emoji stays in its column.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let value = first.value
        // Most text is one scalar below the combining marks: no property to look up.
        if value < 0x300, scalars.count == 1 { return value == 0 ? 0 : 1 }
        // A flag is two regional indicators: one character, two columns.
        if (0x1F1E6...0x1F1FF).contains(value) { return scalars.count >= 2 ? 2 : 1 }
        // Emoji presentation (by default, or asked for with U+FE0F; a keycap, a skin tone,
        // a sequence joined by U+200D) takes two columns, however many scalars it has.
        // (No emoji-presentation character comes before U+231A.)
        if value >= 0x231A, first.properties.isEmojiPresentation { return 2 }
        if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return of(scalar: first)
    }

    /// The width of `text`, or nil as soon as it passes `limit`: deciding whether a
    /// 20,000-character title fits a 40-column row looks at 41 columns of it, not all.
    public static func of(_ text: some StringProtocol, upTo limit: Int) -> Int? {
        var width = 0
        for character in text {
            width += of(character)
            if width > limit { return nil }
        }
        return width
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    public static func of(scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(v) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A,
            0x064B...0x065F, 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E,
            0x1160...0x11FF,  // Hangul jamo medial vowels and finals combine
            0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x2028...0x202E,
            0x2060...0x2064, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF:
            return true
        default:
            return false
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC,
            0x23F0, 0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653,
            0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
            0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705,
            0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
            0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
