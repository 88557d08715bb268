import TumenData

/// Turns the bytes a terminal sends in raw mode into keys, for the screen-reader mode,
/// which reads the keyboard without ncurses (it must work where ncurses will not start:
/// TERM=dumb, output to a pipe). It knows the sequences xterm, tmux, screen and the Linux
/// console send for arrows, Home/End, Page Up/Down, Insert/Delete, F1–F12 and Shift-Tab;
/// modifiers on them are ignored and unknown sequences are dropped whole, so a stray key
/// never turns into a burst of letters. A lone Esc is only known to be one when nothing
/// follows it soon: the caller waits a moment (25 ms, as the explorer's ncurses does) and
/// then calls `flush()`.
public struct KeyByteDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// True while bytes wait for the rest of a sequence or character.
    public var hasPending: Bool { !pending.isEmpty }

    /// The keys completed by these bytes.
    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending += bytes
        var keys: [Key] = []
        while let (key, used) = Self.decode(pending[...], final: false) {
            if let key { keys.append(key) }
            pending.removeFirst(used)
        }
        return keys
    }

    /// Nothing more came: what is pending is taken as it stands (a lone Esc is Esc).
    public mutating func flush() -> [Key] {
        var keys: [Key] = []
        while !pending.isEmpty {
            guard let (key, used) = Self.decode(pending[...], final: true) else {
                pending.removeAll()
                break
            }
            if let key { keys.append(key) }
            pending.removeFirst(used)
        }
        return keys
    }

    /// The first key in `bytes` and how many bytes it took (a nil key: bytes that mean
    /// nothing, dropped); nil when more bytes are needed to tell.
    static func decode(_ bytes: ArraySlice<UInt8>, final: Bool) -> (Key?, Int)? {
        guard let first = bytes.first else { return nil }
        let start = bytes.startIndex
        if first == 0x1B {
            guard bytes.count > 1 else { return final ? (.escape, 1) : nil }
            let second = bytes[start + 1]
            if second == UInt8(ascii: "[") {
                // CSI: parameters and intermediates, then one final byte from @ to ~.
                var index = start + 2
                // The Linux console's F1–F5: ESC [ [ A … E.
                if index < bytes.endIndex, bytes[index] == UInt8(ascii: "[") {
                    guard index + 1 < bytes.endIndex else { return final ? (.escape, 1) : nil }
                    let letter = bytes[index + 1]
                    let key: Key? =
                        (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(letter)
                        ? .function(Int(letter - UInt8(ascii: "A")) + 1) : nil
                    return (key, 4)
                }
                while index < bytes.endIndex, (0x20...0x3F).contains(bytes[index]) { index += 1 }
                guard index < bytes.endIndex else {
                    // Too long to be a key: drop it rather than wait for ever.
                    if bytes.count > 32 { return (nil, bytes.count) }
                    return final ? (.escape, 1) : nil
                }
                let parameters = String(decoding: bytes[(start + 2)..<index], as: UTF8.self)
                return (csiKey(parameters: parameters, final: bytes[index]), index - start + 1)
            }
            if second == UInt8(ascii: "O") {
                guard bytes.count > 2 else { return final ? (.escape, 1) : nil }
                return (ss3Key(bytes[start + 2]), 3)
            }
            // Esc then another key (Alt held, or Esc typed quickly before a key): Esc first.
            return (.escape, 1)
        }
        if first < 0x80 { return (controlOrCharacter(UInt32(first)), 1) }
        // UTF-8: the leading byte says how many follow; a byte that cannot lead (a stray
        // continuation, 0xF8 and up) or a lead without its continuations is dropped alone.
        let length = first >= 0xF8 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        guard length > 1 else { return (nil, 1) }
        let continuations = bytes.dropFirst().prefix(length - 1)
        guard continuations.allSatisfy({ (0x80...0xBF).contains($0) }) else { return (nil, 1) }
        guard bytes.count >= length else { return final ? (nil, 1) : nil }
        let text = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
        guard text.count == 1, let character = text.first, character != "\u{FFFD}" else { return (nil, length) }
        return (.character(character), length)
    }

    /// A single byte: the named control keys, Ctrl-letters, or a character.
    static func controlOrCharacter(_ code: UInt32) -> Key? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(code + 0x60)!))
        case 0..<0x20: return nil
        default: return .character(Character(Unicode.Scalar(code)!))
        }
    }

    /// The keys both ESC [ x and ESC O x name by a letter: arrows, Home/End, F1–F4.
    static let letterKeys: [UInt8: Key] = [
        UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right, UInt8(ascii: "D"): .left,
        UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end,
        UInt8(ascii: "P"): .function(1), UInt8(ascii: "Q"): .function(2),
        UInt8(ascii: "R"): .function(3), UInt8(ascii: "S"): .function(4),
    ]

    /// ESC [ … final: arrows and Home/End by letter (with or without modifiers, `1;5A`),
    /// Shift-Tab as Z, the rest by number and `~`.
    static func csiKey(parameters: String, final: UInt8) -> Key? {
        if final == UInt8(ascii: "Z") { return .backTab }
        guard final == UInt8(ascii: "~") else { return letterKeys[final] }
        let number = Int(parameters.split(separator: ";").first ?? "") ?? 0
        switch number {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23, 24: return .function(number - 12)
        default: return nil
        }
    }

    /// ESC O x: arrows and Home/End in application mode, F1–F4, and Enter on the keypad.
    static func ss3Key(_ byte: UInt8) -> Key? {
        byte == UInt8(ascii: "M") ? .enter : letterKeys[byte]
    }
}
