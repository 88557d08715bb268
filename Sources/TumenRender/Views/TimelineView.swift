import TumenData
import TumenModel

/// The time axis: an era band, one lane per category with events as markers (a count
/// where several are too close to draw apart, see `LaneMarks`) and periods as spans,
/// then the axis line and its labels (billions of years down to months by zoom, the unit
/// named under the lane names). The window
/// centres on the selected event, which is drawn in the selection style.
enum TimelineView {
    static func draw(
        _ state: ExplorerState, layout: ExplorerLayout, into screen: inout Screen, theme: Theme,
        context: RenderContext
    ) {
        let rect = layout.timeline
        guard !rect.isEmpty, !layout.lanes.isEmpty else { return }
        let g = Glyphs(unicode: theme.unicode)
        let names = layout.lanes.map(laneName(state))
        let frame = TimeScale.frame(state, rect: rect, lanes: layout.lanes)
        let labelWidth = frame.labelWidth
        let plot = frame.plot
        let scale = frame.scale
        var row = rect.row
        if layout.showsEraBand {
            TimelineEras.draw(state, scale: scale, plot: plot, row: row, into: &screen, theme: theme, glyphs: g)
            screen.put("Eras", column: rect.column, row: row, style: theme.dim, limit: labelWidth)
            row += 1
        }
        for (lane, name) in zip(layout.lanes, names) {
            let style: Style
            if case .category(let id) = lane {
                style = theme.lane(forCategory: id, in: state.dataset)
            } else {
                style = theme.normal
            }
            screen.put(
                WordWrap.truncate(name, width: labelWidth, unicode: theme.unicode), column: rect.column, row: row,
                style: style, limit: labelWidth)
            row += 1
        }
        let smallestCount = drawLanes(
            state, lanes: layout.lanes, firstRow: row - layout.lanes.count, scale: scale,
            plot: plot, into: &screen, theme: theme, glyphs: g,
            laneLayers: context.laneLayers)
        drawAxis(
            frame.unitLabel, scale: scale, plot: plot, row: row, into: &screen, theme: theme, glyphs: g,
            labelColumn: rect.column, labelWidth: labelWidth)
        if let smallestCount {
            drawCountLegend(
                smallestCount, column: rect.column, row: row, width: labelWidth, into: &screen, theme: theme)
        }
    }

    /// Lane names carry the category's tag ("POL Policy"), which the event list shows.
    static func laneName(_ state: ExplorerState) -> (ExplorerLayout.LaneKind) -> String {
        { lane in
            switch lane {
            case .all: return "Events"
            case .category(let id):
                guard let ordinal = state.dataset.categories.firstIndex(where: { $0.id == id }) else { return id }
                return state.laneLabel(ordinal)
            }
        }
    }

    /// Beside the axis line, while a count is on screen: "2 = 2 events", using a count
    /// the reader can see, so a digit on a lane is not taken for a date or a code.
    static func drawCountLegend(
        _ count: Int, column: Int, row: Int, width: Int, into screen: inout Screen, theme: Theme
    ) {
        let texts = ["\(count) = \(count) events", "\(count)=\(count) events", "\(count) events"]
        guard let text = texts.first(where: { DisplayWidth.of($0) <= width }) else { return }
        screen.put(text, column: column, row: row, style: theme.dim)
    }

    /// Every lane in one pass over the visible events, so a frame costs a few integer
    /// operations per event and one cell write per screen cell (100,000 events stay
    /// smooth): points are counted per cell, periods (few) are kept as spans. Returns
    /// the smallest count drawn, if any, for the legend.
    static func drawLanes(
        _ state: ExplorerState, lanes: [ExplorerLayout.LaneKind], firstRow: Int, scale: TimeScale,
        plot: Rect, into screen: inout Screen, theme: Theme, glyphs g: Glyphs,
        laneLayers: TimelineLaneLayerCache
    ) -> Int? {
        let width = plot.width
        // Lane row of each category ordinal; one lane for all in small windows.
        var laneOfOrdinal = [Int](repeating: -1, count: max(1, state.dataset.categories.count))
        for (row, lane) in lanes.enumerated() {
            switch lane {
            case .all: laneOfOrdinal = laneOfOrdinal.map { _ in row }
            case .category(let id):
                if let ordinal = state.dataset.categories.firstIndex(where: { $0.id == id }) {
                    laneOfOrdinal[ordinal] = row
                }
            }
        }
        let layer = laneLayers.layer(
            state, laneOfOrdinal: laneOfOrdinal, laneCount: lanes.count, scale: scale,
            width: width)
        // The selection is drawn by itself, last; where it was counted as a point, its
        // cell counts only the others.
        let selected = state.selected.flatMap { selected in state.visiblePosition(of: selected) != nil ? selected : nil
        }
        var selectedCell: Int?
        var selection: (lane: Int, first: Int, last: Int)?
        if let selected {
            let ordinal = state.categoryOrdinals[selected]
            let lane = ordinal < laneOfOrdinal.count ? laneOfOrdinal[ordinal] : -1
            let (first, last) = TimelineLaneLayer.columns(of: selected, in: state, scale: scale)
            if lane >= 0 {
                selection = (lane, first, last)
                if last - first < 2, first >= 0, first < width { selectedCell = lane * width + first }
            }
        }
        for lane in lanes.indices {
            if layer.before[lane] { screen.put("<", column: plot.column - 1, row: firstRow + lane, style: theme.dim) }
            if layer.after[lane] { screen.put(">", column: plot.maxColumn, row: firstRow + lane, style: theme.dim) }
        }
        // Spans first (the selected one too, so it hides no marker), points over them,
        // the selection's own marker last.
        for span in layer.spans where span.index != selected {
            drawSpan(
                first: span.first, last: span.last, row: firstRow + span.lane, plot: plot,
                style: theme.lane(state.categoryOrdinals[span.index]), into: &screen, glyphs: g)
        }
        if let selection, selection.last - selection.first >= 2 {
            drawSpan(
                first: selection.first, last: selection.last, row: firstRow + selection.lane, plot: plot,
                style: theme.selected, into: &screen, glyphs: g)
        }
        var smallest: Int?
        for lane in lanes.indices {
            var cells: [LaneMarks.Cell] = []
            for x in 0..<width where layer.counts[lane * width + x] > 0 {
                let (count, ordinal) = layer.cell(lane * width + x, excluding: selected ?? -1, countedAt: selectedCell)
                if count > 0 { cells.append(LaneMarks.Cell(column: x, count: count, ordinal: ordinal)) }
            }
            let selectionColumn = selection.flatMap { $0.lane == lane ? $0.first : nil }
            for mark in LaneMarks.layout(cells, width: width, selection: selectionColumn) {
                let style = mark.ordinal >= 0 ? theme.lane(mark.ordinal) : theme.normal
                screen.put(
                    mark.count == 1 ? g.event : String(mark.count), column: plot.column + mark.column,
                    row: firstRow + lane, style: style, limit: max(0, width - mark.column))
                if mark.count > 1 { smallest = min(smallest ?? mark.count, mark.count) }
            }
        }
        if let selection, (0..<width).contains(selection.first) {
            screen.put(
                g.selectedEvent, column: plot.column + selection.first, row: firstRow + selection.lane,
                style: theme.selected)
        }
        return smallest
    }

    static func drawSpan(
        first: Int, last: Int, row: Int, plot: Rect, style: Style, into screen: inout Screen, glyphs g: Glyphs
    ) {
        let low = max(first, 0)
        let high = min(last, plot.width - 1)
        guard low <= high else { return }
        for x in low...high {
            let glyph = x == first ? g.spanStart : (x == last ? g.spanEnd : g.spanFill)
            screen.put(glyph, column: plot.column + x, row: row, style: style)
        }
    }

    /// The axis line, its labels, and under the lane names the unit it counts in.
    static func drawAxis(
        _ unit: String, scale: TimeScale, plot: Rect, row: Int,
        into screen: inout Screen, theme: Theme, glyphs g: Glyphs, labelColumn: Int, labelWidth: Int
    ) {
        screen.put(unit, column: labelColumn, row: row + 1, style: theme.dim, limit: labelWidth)
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
