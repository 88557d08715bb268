import TumenData
import TumenModel

/// Themes for a projector. A projected dark background washes out in a lit room, so
/// `light` paints every cell black on white and `high-contrast` bright on black, each
/// with explicit backgrounds so the terminal's own colours cannot show through.
/// `terminal` uses no colour at all and keeps whatever the terminal is set to.
extension Theme {
    public static func light(unicode: Bool = false) -> Theme {
        let paper = Color.brightWhite
        func on(_ foreground: Color, _ attributes: Attributes = []) -> Style {
            Style(foreground: foreground, background: paper, attributes: attributes)
        }
        return Theme(
            name: "light",
            normal: on(.black),
            dim: on(.blue),
            title: on(.black, .bold),
            selected: Style(foreground: .brightWhite, background: .blue, attributes: .bold),
            statusBar: Style(foreground: .brightWhite, background: .black),
            border: on(.blue),
            warning: on(.red, .bold),
            // Seven colours dark enough to read on white; told apart by lightness where
            // colour-blind readers lose the hue (ThemeColourTests). The closest pair,
            // blue and magenta, is not on neighbouring lanes.
            lanes: [.red, .blue, .green, .magenta, .brightMagenta, .black, .brightBlack].map { on($0) },
            unicode: unicode
        )
    }

    public static func highContrast(unicode: Bool = false) -> Theme {
        func on(_ foreground: Color, _ attributes: Attributes = []) -> Style {
            Style(foreground: foreground, background: .black, attributes: attributes)
        }
        return Theme(
            name: "high-contrast",
            normal: on(.brightWhite),
            dim: on(.white),
            title: on(.brightYellow, .bold),
            selected: Style(foreground: .black, background: .brightYellow, attributes: .bold),
            statusBar: Style(foreground: .black, background: .brightWhite),
            border: on(.brightWhite),
            warning: on(.brightYellow, .bold),
            // Seven colours, each at least 3:1 against black; bright green is left out,
            // as colour-blind readers cannot tell it from bright yellow (ThemeColourTests).
            // The closest pairs (the two whites, bright cyan and either) are not neighbours.
            lanes: [.brightYellow, .brightCyan, .magenta, .white, .brightRed, .brightWhite, .brightBlue].map { on($0) },
            unicode: unicode
        )
    }

    /// The terminal's own colours: emphasis by bold and reverse video only.
    public static func terminal(unicode: Bool = false) -> Theme {
        Theme(
            name: "terminal",
            normal: .plain,
            dim: Style(attributes: .dim),
            title: Style(attributes: .bold),
            selected: Style(attributes: .reverse),
            statusBar: Style(attributes: .reverse),
            border: .plain,
            warning: Style(attributes: .bold),
            lanes: [.plain],
            unicode: unicode
        )
    }

    /// True for themes that must not set any colour (the map's own colours are removed).
    var keepsTerminalColours: Bool { name == "terminal" || name == "mono" }

    /// Gives every cell the theme's background (and foreground where a view left the
    /// terminal's), or strips colour for `terminal`: views such as the map pick some
    /// colours of their own, and on a light theme those cells must not show the
    /// terminal's dark background through.
    func settle(_ screen: inout Screen) {
        for row in 0..<screen.size.height {
            for column in 0..<screen.size.width {
                var style = screen[column, row].style
                if keepsTerminalColours {
                    style.foreground = .terminalDefault
                    style.background = .terminalDefault
                } else {
                    if style.background == .terminalDefault { style.background = normal.background }
                    if style.foreground == .terminalDefault { style.foreground = normal.foreground }
                    if style.foreground == style.background || !readable(style.foreground, on: style.background) {
                        style.foreground = normal.foreground
                    }
                }
                screen[column, row].style = style
            }
        }
    }

    /// Colours a view chose for a dark background (yellow markers) vanish on white, and
    /// dark blue vanishes on black; those cells take the theme's own text colour.
    private func readable(_ foreground: Color, on background: Color) -> Bool {
        switch background {
        case .white, .brightWhite:
            return ![.white, .brightWhite, .yellow, .brightYellow, .brightCyan, .brightGreen].contains(foreground)
        case .black: return ![.black, .blue, .brightBlack].contains(foreground)
        default: return true
        }
    }
}
