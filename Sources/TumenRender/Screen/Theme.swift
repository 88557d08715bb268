import TumenData
import TumenModel

/// Named styles for everything views draw. Views ask the theme; they never pick
/// colours themselves, so `--theme mono` and projector themes change one place.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var normal: Style
    public var dim: Style
    public var title: Style
    public var selected: Style
    public var statusBar: Style
    public var border: Style
    public var warning: Style
    /// One style per timeline lane, cycled by category index. Colour themes give seven,
    /// as many as the bundled data has categories, chosen to stay apart for readers
    /// with red-green colour blindness too (ThemeColourTests checks every pair); a
    /// dataset with more categories repeats colours, and the category tags tell them apart.
    public var lanes: [Style]
    /// Use Unicode box drawing and symbols (UTF-8 locale) or plain ASCII.
    public var unicode: Bool

    public init(
        name: String, normal: Style, dim: Style, title: Style, selected: Style,
        statusBar: Style, border: Style, warning: Style, lanes: [Style], unicode: Bool
    ) {
        self.name = name
        self.normal = normal
        self.dim = dim
        self.title = title
        self.selected = selected
        self.statusBar = statusBar
        self.border = border
        self.warning = warning
        self.lanes = lanes
        self.unicode = unicode
    }

    /// Every theme a user can ask for by name (`--theme NAME`).
    public static let names = ["dark", "mono", "light", "high-contrast", "terminal"]

    public static func named(_ name: String, unicode: Bool) -> Theme? {
        switch name {
        case "dark": return .dark(unicode: unicode)
        case "mono": return .mono(unicode: unicode)
        // Projector themes (Presenter/ProjectorThemes.swift).
        case "light": return .light(unicode: unicode)
        case "high-contrast": return .highContrast(unicode: unicode)
        case "terminal": return .terminal(unicode: unicode)
        default: return nil
        }
    }

    public func lane(_ index: Int) -> Style { lanes.isEmpty ? normal : lanes[index % lanes.count] }

    public static func dark(unicode: Bool = false) -> Theme {
        Theme(
            name: "dark",
            normal: .plain,
            dim: Style(attributes: .dim),
            title: Style(attributes: .bold),
            selected: Style(attributes: .reverse),
            statusBar: Style(foreground: .black, background: .cyan),
            border: Style(foreground: .brightBlack),
            warning: Style(foreground: .yellow, attributes: .bold),
            // No green (deuteranopes and protanopes take it for red or yellow) and no
            // dark blue (too dark on black): see ThemeColourTests for the figures. The
            // closest pairs (magenta and bright blue, the two reds) are not neighbours.
            lanes: [.brightRed, .cyan, .yellow, .magenta, .brightWhite, .brightBlue, .red]
                .map { Style(foreground: $0) },
            unicode: unicode
        )
    }

    /// No colour at all: selection by reverse video, emphasis by bold (NO_COLOR).
    public static func mono(unicode: Bool = false) -> Theme {
        Theme(
            name: "mono",
            normal: .plain,
            dim: .plain,
            title: Style(attributes: .bold),
            selected: Style(attributes: .reverse),
            statusBar: Style(attributes: .reverse),
            border: .plain,
            warning: Style(attributes: .bold),
            lanes: [.plain],
            unicode: unicode
        )
    }
}
