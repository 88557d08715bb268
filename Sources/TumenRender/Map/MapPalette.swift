import TumenData
import TumenModel

/// The map's styles, taken from the theme. Without colour (mono, terminal) every distinction
/// the map needs is still made by characters: sea texture, line characters, route characters,
/// and reverse video for the selection.
struct MapPalette {
    var sea: Style
    var countryLabel: Style
    var line: Style
    var routeOpen: Style
    var routeClosed: Style
    /// Flights: lighter than the overland route, so they read as passing over the map.
    var routeFlight: Style
    var marker: Style
    var place: Style
    var label: Style
    var importantLabel: Style
    var highlight: Style
    var notice: Style
    var panelTitle: Style
    var panelText: Style
    var panelDim: Style
    var rule: Style

    init(theme: Theme) {
        label = theme.normal
        line = theme.normal
        importantLabel = theme.title
        highlight = theme.selected
        notice = theme.warning
        panelTitle = theme.title
        panelText = theme.normal
        panelDim = theme.dim
        rule = theme.border
        guard let colours = Self.colours[theme.name] else {
            // mono, terminal and unknown themes: no colour of the map's own.
            sea = theme.normal
            countryLabel = theme.normal
            routeOpen = theme.title
            routeClosed = theme.normal
            routeFlight = theme.normal
            marker = theme.title
            place = theme.normal
            return
        }
        // On the theme's own background, so light and high-contrast themes stay solid.
        func on(_ colour: Color, _ attributes: Attributes = []) -> Style {
            Style(foreground: colour, background: theme.normal.background, attributes: attributes)
        }
        sea = on(colours.sea)
        countryLabel = on(colours.country)
        routeOpen = on(colours.route, .bold)
        routeClosed = on(colours.closedRoute)
        routeFlight = on(colours.route)
        marker = on(colours.marker, .bold)
        place = on(colours.place)
    }

    private struct Colours {
        var sea, country, route, closedRoute, marker, place: Color
    }

    /// Per theme, colours that read on its background (bright yellow vanishes on white).
    private static let colours: [String: Colours] = [
        "dark": Colours(
            sea: .blue, country: .green, route: .brightRed, closedRoute: .magenta, marker: .brightYellow, place: .yellow
        ),
        "light": Colours(
            sea: .blue, country: .green, route: .red, closedRoute: .magenta, marker: .magenta, place: .blue),
        "high-contrast": Colours(
            sea: .brightCyan, country: .brightGreen, route: .brightRed, closedRoute: .brightMagenta,
            marker: .brightYellow, place: .brightYellow),
    ]
}

/// The characters the map draws with, ASCII or Unicode.
struct MapSymbols {
    var sea: String
    var place: String
    var rule: String
    private var unicode: Bool

    /// Sea is a sparse, staggered texture: every fourth cell, offset by two on odd rows.
    static func isSeaTextureCell(column: Int, row: Int) -> Bool { column % 4 == (row % 2) * 2 }

    init(unicode: Bool) {
        self.unicode = unicode
        sea = "~"
        place = "o"
        rule = unicode ? "─" : "-"
    }

    /// A leg's character by how it was travelled. None is a coastline's, the sea's or the
    /// shading's (`.`), and the flight's is the lightest, a raised dot: it is drawn in every
    /// other cell, as an arc.
    func leg(_ mode: TravelMode) -> String {
        switch mode {
        case .road: unicode ? "•" : "*"
        case .rail: "#"
        case .foot: ":"
        case .boat: unicode ? "≈" : "="
        case .air: unicode ? "˙" : "'"
        case .unknown: "+"
        }
    }

    /// The legend's sample of a leg: three cells, dotted for a flight.
    func legSample(_ mode: TravelMode) -> String {
        let character = leg(mode)
        return mode == .air ? "\(character) \(character)" : String(repeating: character, count: 3)
    }
}
