import CNcursesw
import TumenRender

/// Theme colours to ncurses colour pairs, allocated the first time a combination is
/// painted. Without colours every style falls back to attributes: a coloured
/// background becomes reverse video, so status bars and selections stay visible.
final class ColorPairs {
    private let hasColors: Bool
    private let defaultColors: Bool
    private let colorCount: Int
    private let pairLimit: Int
    private var pairs: [UInt16: Int16] = [:]

    init(hasColors: Bool, defaultColors: Bool, colorCount: Int, pairCount: Int) {
        self.hasColors = hasColors
        self.defaultColors = defaultColors
        self.colorCount = colorCount
        self.pairLimit = min(pairCount, Int(Int16.max))
    }

    /// The attributes and colour pair that draw a style on this terminal.
    func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = tumen_a_normal()
        let a = style.attributes
        if a.contains(.bold) { attributes |= tumen_a_bold() }
        if a.contains(.dim) { attributes |= tumen_a_dim() }
        if a.contains(.underline) { attributes |= tumen_a_underline() }
        if a.contains(.reverse) { attributes |= tumen_a_reverse() }
        if a.contains(.italic) { attributes |= tumen_a_italic() }
        guard hasColors else {
            if style.background != .terminalDefault { attributes |= tumen_a_reverse() }
            return (attributes, 0)
        }
        var foreground = number(style.foreground, isForeground: true)
        let background = number(style.background, isForeground: false)
        // Eight-colour terminals: bright foregrounds become bold base colours.
        if foreground >= Int16(colorCount), foreground >= 8 {
            foreground -= 8
            attributes |= tumen_a_bold()
        }
        return (attributes, pair(foreground: foreground, background: min(background, Int16(max(colorCount, 8) - 1))))
    }

    private func number(_ color: Color, isForeground: Bool) -> Int16 {
        if color == .terminalDefault {
            if defaultColors { return -1 }
            return isForeground ? 7 : 0
        }
        return Int16(color.rawValue)
    }

    private func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1 && background == -1 && defaultColors { return 0 }
        let key = UInt16(bitPattern: foreground &+ 1) << 8 | UInt16(bitPattern: background &+ 1) & 0xFF
        if let existing = pairs[key] { return existing }
        let next = pairs.count + 1
        guard next < pairLimit else { return 0 }
        init_pair(Int16(next), foreground, background)
        pairs[key] = Int16(next)
        return Int16(next)
    }
}
