import CNcursesw
import TumenData
import TumenModel

/// Turns what `wget_wch` returns into a `Key`. With the locale set before the terminal
/// opens, a multi-byte UTF-8 character arrives as one wide character.
enum KeyReader {
    /// Reads one input (honouring the window's timeout); nil on timeout or a code
    /// that means nothing to Tumen. A resize comes back as `.resize` with a dummy size:
    /// the session fills in the real one.
    static func read() -> TerminalInput? {
        var character: wint_t = 0
        let status = wget_wch(tumen_stdscr(), &character)
        if status == tumen_err() { return nil }
        if status == tumen_key_code_yes() { return functionKey(Int32(bitPattern: character)) }
        return key(forCharacter: UInt32(character)).map(TerminalInput.key)
    }

    /// A plain character code: control codes become named keys, the rest characters.
    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 0x1B: return .escape
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(code + 0x60)!))
        case 0..<0x20, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    private static func functionKey(_ code: Int32) -> TerminalInput? {
        switch tumen_key_kind(code) {
        case 1: return .key(.up)
        case 2: return .key(.down)
        case 3: return .key(.left)
        case 4: return .key(.right)
        case 5: return .key(.home)
        case 6: return .key(.end)
        case 7: return .key(.pageUp)
        case 8: return .key(.pageDown)
        case 9: return .key(.backspace)
        case 10: return .key(.delete)
        case 11: return .key(.insert)
        case 12: return .key(.backTab)
        case 13: return .key(.enter)
        case 50: return .resize(Size(width: 0, height: 0))
        case 51: return mouse()
        case let kind where kind > 100: return .key(.function(Int(kind - 100)))
        default: return nil
        }
    }

    private static func mouse() -> TerminalInput? {
        var column: Int32 = 0
        var row: Int32 = 0
        let kind: MouseEvent.Kind
        switch tumen_read_mouse(&column, &row) {
        case 1: kind = .click
        case 2: kind = .wheelUp
        case 3: kind = .wheelDown
        default: return nil
        }
        return .key(.mouse(MouseEvent(kind: kind, column: Int(column), row: Int(row))))
    }
}
