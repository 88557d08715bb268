/// The map's styles, taken from the theme. Without colour (mono) every distinction the
/// map needs is still made by characters: land texture, line characters, route characters,
/// and reverse video for the selection.
struct MapPalette {
    var sea: Style
    var countryLabel: Style
    var line: Style
    var routeOpen: Style
    var routeClosed: Style
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
        let mono = theme.name == "mono"
        func color(_ style: Style) -> Style { mono ? theme.normal : style }
        sea = color(Style(foreground: .blue))
        countryLabel = mono ? theme.normal : Style(foreground: .green)
        line = theme.normal
        routeOpen = mono ? theme.title : Style(foreground: .brightRed, attributes: .bold)
        routeClosed = mono ? theme.normal : Style(foreground: .magenta)
        // Bright yellow reads on a dark background only; other themes get magenta.
        marker = mono ? theme.title : Style(foreground: theme.name == "dark" ? .brightYellow : .magenta, attributes: .bold)
        place = color(Style(foreground: .yellow))
        label = theme.normal
        importantLabel = theme.title
        highlight = theme.selected
        notice = theme.warning
        panelTitle = theme.title
        panelText = theme.normal
        panelDim = theme.dim
        rule = theme.border
    }
}

/// The characters the map draws with, ASCII or Unicode.
struct MapSymbols {
    var sea: String
    var openLeg: String
    var closedLeg: String
    var place: String
    var rule: String

    /// Sea is a sparse, staggered texture: every fourth cell, offset by two on odd rows.
    static func isSeaTextureCell(column: Int, row: Int) -> Bool { column % 4 == (row % 2) * 2 }

    init(unicode: Bool) {
        sea = "~"
        openLeg = "*"
        closedLeg = ":"
        place = "o"
        rule = unicode ? "─" : "-"
    }
}
