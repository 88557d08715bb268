import TumenModel

/// The time axis: an era band, one lane per category with events as markers and periods
/// as spans, then the axis line and its labels (decades, years or months by zoom). The
/// window centres on the selected event, which is drawn in the selection style.
enum TimelineView {
    static func draw(_ state: ExplorerState, layout: ExplorerLayout, into screen: inout Screen, theme: Theme) {
        let rect = layout.timeline
        guard !rect.isEmpty, !layout.lanes.isEmpty else { return }
        let g = Glyphs(unicode: theme.unicode)
        let names = layout.lanes.map(laneName(state))
        let labelWidth = min(14, max(7, (names.map { DisplayWidth.of($0) }.max() ?? 0) + 1))
        let plot = Rect(column: rect.column + labelWidth + 1, row: rect.row,
                        width: max(1, rect.width - labelWidth - 2), height: rect.height)
        let scale = TimeScale(state: state, columns: plot.width)
        var row = rect.row
        if layout.showsEraBand {
            drawEras(state, scale: scale, plot: plot, row: row, into: &screen, theme: theme, glyphs: g)
            screen.put("Eras", column: rect.column, row: row, style: theme.dim, limit: labelWidth)
            row += 1
        }
        for (lane, name) in zip(layout.lanes, names) {
            let style: Style
            if case .category(let id) = lane { style = theme.lane(forCategory: id, in: state.dataset) } else { style = theme.normal }
            screen.put(WordWrap.truncate(name, width: labelWidth, unicode: theme.unicode), column: rect.column, row: row,
                       style: style, limit: labelWidth)
            let members = state.visible.filter { index in
                if case .category(let id) = lane { return state.events[index].category == id }
                return true
            }
            drawLane(state, members: members, scale: scale, plot: plot, row: row, into: &screen, theme: theme, glyphs: g)
            row += 1
        }
        drawAxis(state, scale: scale, plot: plot, row: row, into: &screen, theme: theme, glyphs: g,
                 labelColumn: rect.column, labelWidth: labelWidth)
    }

    static func laneName(_ state: ExplorerState) -> (ExplorerLayout.LaneKind) -> String {
        { lane in
            switch lane {
            case .all: return "Events"
            case .category(let id): return state.dataset.categories.first { $0.id == id }?.name ?? id
            }
        }
    }

    static func drawLane(_ state: ExplorerState, members: [Int], scale: TimeScale, plot: Rect, row: Int,
                         into screen: inout Screen, theme: Theme, glyphs g: Glyphs) {
        // Arrows in the margins: this lane has events before or after the window.
        let before = members.contains { scale.endColumn(of: state.events[$0].date.end ?? state.events[$0].date.start) < 0 }
        let after = members.contains { scale.column(of: state.events[$0].date.start) >= plot.width }
        if before { screen.put("<", column: plot.column - 1, row: row, style: theme.dim) }
        if after { screen.put(">", column: plot.maxColumn, row: row, style: theme.dim) }
        // Spans first, points over them, the selection last so it is never hidden.
        let ordered = members.filter { $0 != state.selected } + members.filter { $0 == state.selected }
        var pointsAt: [Int: Int] = [:]
        for index in members {
            let date = state.events[index].date
            let first = scale.column(of: date.start)
            if date.end.map({ scale.endColumn(of: $0) - first >= 2 }) != true { pointsAt[first, default: 0] += 1 }
        }
        for index in ordered {
            let event = state.events[index]
            let isSelected = index == state.selected
            let style = isSelected ? theme.selected : theme.lane(forCategory: event.category, in: state.dataset)
            let first = scale.column(of: event.date.start)
            if let end = event.date.end {
                let last = scale.endColumn(of: end)
                if last - first >= 2 {
                    let low = max(first, 0), high = min(last, plot.width - 1)
                    for x in stride(from: low, through: high, by: 1) {
                        let glyph = x == first ? g.spanStart : (x == last ? g.spanEnd : g.spanFill)
                        screen.put(glyph, column: plot.column + x, row: row, style: style)
                    }
                    if isSelected, (0..<plot.width).contains(first) {
                        screen.put(g.selectedEvent, column: plot.column + first, row: row, style: style)
                    }
                    continue
                }
            }
            guard (0..<plot.width).contains(first) else { continue }
            // Several events in one cell (zoomed out): their number instead of one marker.
            let sharing = pointsAt[first, default: 0]
            let marker = isSelected ? g.selectedEvent : (sharing > 9 ? "+" : (sharing > 1 ? String(sharing) : g.event))
            screen.put(marker, column: plot.column + first, row: row, style: style)
        }
    }

    static func drawEras(_ state: ExplorerState, scale: TimeScale, plot: Rect, row: Int,
                         into screen: inout Screen, theme: Theme, glyphs g: Glyphs) {
        let spans = state.dataset.eras.compactMap { era -> (first: Int, last: Int, title: String)? in
            let first = max(0, scale.column(of: era.date.start))
            let last = min(plot.width - 1, scale.endColumn(of: era.date.end ?? era.date.start))
            return first <= last ? (first, last, era.title) : nil
        }.sorted { $0.first < $1.first }
        for span in spans {
            for x in span.first...span.last { screen.put(g.eraFill, column: plot.column + x, row: row, style: theme.dim) }
        }
        // Overlapping eras (the famine inside the Sunshine years' start): each title stops
        // a cell short of the next era's start, so both stay readable.
        for (index, span) in spans.enumerated() {
            let nextStart = spans[(index + 1)...].first { $0.first > span.first }?.first ?? Int.max
            let width = min(span.last, nextStart - 2) - span.first + 1
            guard width > 0 else { continue }
            let title = WordWrap.truncate(span.title, width: width, unicode: theme.unicode)
            screen.put(title, column: plot.column + span.first, row: row, style: theme.dim, limit: width)
        }
    }

    static func drawAxis(_ state: ExplorerState, scale: TimeScale, plot: Rect, row: Int,
                         into screen: inout Screen, theme: Theme, glyphs g: Glyphs, labelColumn: Int, labelWidth: Int) {
        let zoomName: String = switch state.zoom {
        case .decades: "decades"
        case .years: "years"
        case .months: "months"
        }
        screen.put(zoomName, column: labelColumn, row: row + 1, style: theme.dim, limit: labelWidth)
        for x in 0..<plot.width { screen.put(g.axis, column: plot.column + x, row: row, style: theme.border) }
        var nextFree = 0
        for label in scale.labels() where label.column >= nextFree {
            let width = DisplayWidth.of(label.text)
            guard label.column + width <= plot.width else { break }
            screen.put(g.tick, column: plot.column + label.column, row: row, style: theme.border)
            screen.put(label.text, column: plot.column + label.column, row: row + 1, style: theme.normal)
            nextFree = label.column + width + 1
        }
    }
}
