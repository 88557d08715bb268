import TumenData
import TumenModel

/// The map's panel: the route and its stages, the selected stage's description, and a
/// legend of the map's symbols. Beside the map on wide screens, three lines under it otherwise.
enum MapPanel {
    static func drawSide(_ scene: MapScene, into screen: inout Screen, rect: Rect, theme: Theme) {
        let palette = MapPalette(theme: theme)
        let symbols = MapSymbols(unicode: theme.unicode)
        let x = rect.column + 2
        let width = rect.width - 3
        guard width > 4 else { return }
        for row in rect.row..<rect.maxRow {
            screen.put(theme.unicode ? "│" : "|", column: rect.column, row: row, style: palette.rule)
        }
        var lines: [(String, Style)] = []
        let selection = scene.selection
        if let route = scene.route {
            lines.append((route.name, palette.panelTitle))
            lines.append(
                ([route.status.rawValue, route.period].compactMap { $0 }.joined(separator: ", "), palette.panelDim))
            var selectedIndex: Int?
            if case .stage(let shown, let index, _) = selection, shown.id == route.id { selectedIndex = index }
            for (index, stage) in route.stages.enumerated() {
                let selected = index == selectedIndex
                let number = String(stage.number)
                let text = String(repeating: " ", count: max(0, 2 - number.count)) + number + " " + stage.title
                lines.append((text, selected ? theme.selected : palette.panelText))
            }
            let others = scene.dataset.routes.filter { $0.id != route.id }
            for other in others {
                lines.append(("", palette.panelText))
                let text =
                    "Also: \(other.name) "
                    + "(\([other.status.rawValue, other.period].compactMap { $0 }.joined(separator: ", ")))"
                for line in MapText.wrap(text, width: width) { lines.append((line, palette.panelDim)) }
            }
        } else {
            lines.append(("No routes in this dataset", palette.panelDim))
        }
        lines.append((String(repeating: symbols.rule, count: width), palette.rule))
        switch selection {
        case .stage(let route, let index, _):
            let stage = route.stages[index]
            lines.append(("Stage \(stage.number): \(stage.title)", palette.panelTitle))
            let facts = [stage.travel, stage.duration, stage.distance].compactMap { $0 }
            if !facts.isEmpty { lines.append((facts.joined(separator: ", "), palette.panelDim)) }
            for line in MapText.wrap(stage.description, width: width) { lines.append((line, palette.panelText)) }
            if let caveat = placeCaveat(scene, stage) {
                for line in MapText.wrap(caveat, width: width) { lines.append((line, palette.panelDim)) }
            }
        case .event(let index, let places):
            // An event that is no stage: what it is and where, so the panel never shows a
            // stage the user has left.
            let event = scene.events[index]
            for line in MapText.wrap(MapSelectionText.heading(event), width: width) {
                lines.append((line, palette.panelTitle))
            }
            for line in MapText.wrap(MapSelectionText.whereText(places), width: width) {
                lines.append((line, palette.panelText))
            }
            for line in MapText.wrap(MapSelectionText.firstParagraph(event.summary), width: width) {
                lines.append((line, palette.panelDim))
            }
        case .nothing:
            for line in MapText.wrap("Press ] to step through the route's stages.", width: width) {
                lines.append((line, palette.panelDim))
            }
        }
        let legend = legendLines(symbols, theme: theme, scene: scene)
        let room = rect.height - legend.count - 1
        for (offset, line) in lines.prefix(max(0, room)).enumerated() {
            screen.put(line.0, column: x, row: rect.row + offset, style: line.1, limit: width)
        }
        if rect.height > legend.count {
            for (offset, line) in legend.enumerated() {
                screen.put(
                    line, column: x, row: rect.maxRow - legend.count + offset, style: palette.panelDim, limit: width)
            }
        }
    }

    /// Where a stage's point is only schematic, the panel says so: the sources locate few
    /// of these places, and a marker must not look more certain than they are.
    static func placeCaveat(_ scene: MapScene, _ stage: RouteStage) -> String? {
        guard let place = scene.dataset.places.first(where: { $0.id == stage.place }) else { return nil }
        if place.precision == .illustrative {
            return ["Position on the map: schematic.", place.note].compactMap { $0 }.joined(separator: " ")
        }
        if place.precision == .approximate { return "Position on the map: approximate." }
        return nil
    }

    static func legendLines(_ symbols: MapSymbols, theme: Theme, scene: MapScene) -> [String] {
        var lines = ["1 2 3  route stages, in order"]
        for mode in legendModes(scene) {
            lines.append(Self.padded(symbols.legSample(mode), to: 7) + legendWord(mode))
        }
        if let closed = scene.dataset.routes.first(where: { $0.status == .closed }) {
            let sample = symbols.leg(closed.stages.dropFirst().first?.drawnMode ?? .unknown)
            lines.append("\(sample) \(sample)    closed route (dashed)")
        }
        lines += [
            "\(symbols.place)      other place",
            "\(symbols.sea)   \(symbols.sea)  sea",
            "[ ] stage  +/- zoom  0 fit",
        ]
        return lines
    }

    /// The travel modes the open routes are drawn with, most common ways first.
    static func legendModes(_ scene: MapScene) -> [TravelMode] {
        let open = scene.dataset.routes.filter { $0.status != .closed }
        let used = Set(open.flatMap { $0.stages.dropFirst().map(\.drawnMode) })
        return [.road, .rail, .boat, .foot, .air, .unknown].filter(used.contains)
    }

    static func legendWord(_ mode: TravelMode) -> String {
        switch mode {
        case .air: "flight"
        case .unknown: "way not known"
        default: mode.phrase
        }
    }

    /// Rows for the panel under the map: a heading, the description (up to three lines
    /// when the screen is tall enough, so a stage reads whole at 100x30) and the legend.
    static func bottomHeight(_ scene: MapScene, width: Int, available: Int) -> Int {
        let lines = available >= 28 ? 3 : available >= 22 ? 2 : 1
        return 2 + bottomDescription(scene, width: width, lines: lines, ellipsis: "…").count
    }

    /// The description in at most `lines` lines; a cut one ends in the ellipsis.
    static func bottomDescription(_ scene: MapScene, width: Int, lines: Int, ellipsis: String) -> [String] {
        var text = ""
        switch scene.selection {
        case .stage(let route, let index, _): text = route.stages[index].description
        case .event(let index, let places):
            text =
                MapSelectionText.whereText(places) + " "
                + MapSelectionText.firstParagraph(scene.events[index].summary)
        case .nothing: if scene.route != nil { text = "Press ] to step through the route's stages; arrows pan." }
        }
        let wrapped = MapText.wrap(text, width: width - 1)
        guard lines > 0, wrapped.count > lines else { return wrapped.isEmpty ? [""] : wrapped }
        var kept = Array(wrapped.prefix(lines))
        var last = kept[lines - 1]
        while DisplayWidth.of(last) + 1 + ellipsis.count > width - 1, let space = last.lastIndex(of: " ") {
            last = String(last[..<space])
        }
        kept[lines - 1] = last + " " + ellipsis
        return kept
    }

    static func drawBottom(_ scene: MapScene, into screen: inout Screen, rect: Rect, theme: Theme) {
        let palette = MapPalette(theme: theme)
        let symbols = MapSymbols(unicode: theme.unicode)
        let width = rect.width - 1
        guard width > 4, rect.height >= 3 else { return }
        screen.put(
            String(repeating: symbols.rule, count: rect.width), column: rect.column, row: rect.row, style: palette.rule)
        var heading = ""
        switch scene.selection {
        case .stage(let route, let index, _):
            let stage = route.stages[index]
            let facts = [stage.travel, stage.duration, stage.distance].compactMap { $0 }
            heading =
                "Stage \(stage.number) of \(route.stages.count): \(stage.title)"
                + (facts.isEmpty ? "" : " (\(facts.joined(separator: ", ")))")
        case .event(let index, _): heading = MapSelectionText.heading(scene.events[index])
        case .nothing:
            if let route = scene.route {
                heading =
                    "\(route.name) (\([route.status.rawValue, route.period].compactMap { $0 }.joined(separator: ", ")))"
            }
        }
        let headingWidth = screen.put(
            heading, column: rect.column + 1, row: rect.row, style: palette.panelTitle, limit: width)
        if headingWidth > 0 {
            screen.put(" ", column: rect.column + headingWidth + 1, row: rect.row, style: palette.rule)
        }
        for (offset, line) in bottomDescription(
            scene, width: rect.width, lines: rect.height - 2,
            ellipsis: theme.unicode ? "…" : "..."
        ).enumerated() {
            screen.put(
                line, column: rect.column + 1, row: rect.row + 1 + offset, style: palette.panelText, limit: width)
        }
        let modes = legendModes(scene).map { "\(symbols.leg($0)) \(legendWord($0))" }
        let legend =
            (["1 2 3 stages"] + modes + ["\(symbols.place) place", "\(symbols.sea) sea", "[ ] stage", "0 fit"])
            .joined(separator: "  ")
        screen.put(legend, column: rect.column + 1, row: rect.maxRow - 1, style: palette.panelDim, limit: width)
    }

    /// `text` cut or padded with spaces to `width` characters (the legend's sample column).
    static func padded(_ text: String, to width: Int) -> String {
        let cut = String(text.prefix(width))
        return cut + String(repeating: " ", count: max(0, width - cut.count))
    }
}
