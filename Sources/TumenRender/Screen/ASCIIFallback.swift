@_spi(_Unicode) import Swift

/// What a cell shows on a terminal whose locale is not UTF-8 (`LANG=C`): there, ncurses
/// draws anything beyond ASCII as a blank, so "1996–1999" read "1996 1999" and Korean
/// names vanished. Each cell's character becomes ASCII of the same width, so the layout
/// does not move: dashes, quotes, an ellipsis and accented Latin letters have an ASCII
/// form; anything else (Hangul, Hanzi, emoji) shows as "?" in each of its columns, never
/// as nothing.
public enum ASCIIFallback {
    public static func text(_ character: String, width: Int) -> String {
        guard !character.unicodeScalars.allSatisfy(\.isASCII) else { return character }
        if let first = character.unicodeScalars.first, let mapped = table[first.value] {
            return String(repeating: mapped, count: max(1, width))
        }
        // é → e, Ū → U: the letter without its marks, where it has an ASCII base.
        let base = character._nfd.filter(\.isASCII)
        if width == 1, let letter = base.first, letter.properties.isAlphabetic { return String(letter) }
        return String(repeating: "?", count: max(1, width))
    }

    /// Punctuation and symbols with an obvious ASCII stand-in (one character each).
    static let table: [UInt32: String] = [
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"", 0x00AB: "\"", 0x00BB: "\"",
        0x2026: ".", 0x00B7: ".", 0x2022: "*", 0x25CF: "o", 0x25C6: "*", 0x25B6: ">", 0x2192: ">", 0x2190: "<",
        0x00A0: " ", 0x2009: " ", 0x202F: " ", 0x00D7: "x", 0x00B0: "o", 0x2248: "~", 0x2264: "<", 0x2265: ">",
        0x2500: "-", 0x2502: "|", 0x250C: "+", 0x2510: "+", 0x2514: "+", 0x2518: "+", 0x251C: "+", 0x2524: "+",
        0x252C: "+", 0x2534: "+", 0x253C: "+", 0x2588: "#", 0x2591: ".", 0x2592: ":", 0x2593: "#", 0x00A9: "c",
        0x00E6: "a", 0x00C6: "A", 0x00DF: "s", 0x00F8: "o", 0x00D8: "O", 0x0142: "l", 0x0141: "L", 0x0111: "d",
        0x0110: "D",
    ]
}
