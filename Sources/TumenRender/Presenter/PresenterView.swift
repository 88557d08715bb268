import TumenData
import TumenModel

/// Presenter mode's screen: one step, big. The headline in large letters, the date and
/// stage, the summary and question, for a route stage the map revealing the route up to
/// this stage; at the bottom a progress bar and a status line with `N / M` and the clock.
public enum PresenterView {
    public static func render(_ state: PresenterState, theme: Theme, context: RenderContext) -> Screen {
        var screen = Screen(size: state.size, fill: Cell(" ", style: theme.normal))
        let size = state.size
        guard size.width > 0, size.height > 0 else { return screen }
        if let step = state.step {
            drawStep(step, state: state, into: &screen, theme: theme, context: context)
        } else {
            let message =
                state.deck.lessonID == nil ? "This dataset has no events to present." : "This lesson has no steps."
            screen.put(message, column: 2, row: 1, style: theme.title, limit: size.width - 2)
        }
        drawFooter(state, into: &screen, theme: theme)
        if let cursor = state.indexCursor {
            PresenterIndexView.draw(state, cursor: cursor, into: &screen, theme: theme)
        }
        if state.helpOpen { PresenterHelpView.draw(state, into: &screen, theme: theme) }
        theme.settle(&screen)
        return screen
    }

    static func drawStep(
        _ step: PresenterStep, state: PresenterState, into screen: inout Screen, theme: Theme,
        context: RenderContext
    ) {
        let layout = PresenterLayout(step: step, size: state.size)
        let x = layout.margin
        let limit = layout.textWidth
        let bottom = 1 + layout.availableRows  // first row that is not content
        var row = layout.top
        func put(_ lines: [String], style: Style, limit: Int = limit) {
            for line in lines where row < bottom {
                screen.put(line, column: x, row: row, style: style, limit: limit)
                row += 1
            }
        }
        switch layout.headline {
        case .block(let lines):
            for (index, line) in lines.enumerated() {
                if index > 0 { row += BlockFont.lineSpacing }
                put(
                    BlockFont.rows(line, fill: theme.unicode ? "█" : "#"), style: theme.title,
                    limit: layout.headlineWidth)
            }
        case .plain(let lines):
            put(lines, style: theme.title, limit: layout.headlineWidth)
        }
        for (part, style) in [(layout.meta, theme.dim), (layout.summary, theme.normal), (layout.question, theme.title)]
        where !part.isEmpty {
            row += 1
            put(part, style: style)
        }
        guard let stage = step.stage else { return }
        if let mapRect = layout.map {
            drawMap(stage, dataset: state.deck.dataset, into: &screen, rect: mapRect, theme: theme, context: context)
        } else if layout.stageListRows > 0 {
            // No room for a map: the stages so far, the current one last.
            row = bottom - layout.stageListRows
            let shown = stage.stageTitles.prefix(stage.index + 1).enumerated().suffix(layout.stageListRows)
            for (index, title) in shown {
                let marker = index == stage.index ? (theme.unicode ? "▶" : ">") : " "
                screen.put(
                    "\(marker) \(index + 1) \(title)", column: x, row: row,
                    style: index == stage.index ? theme.title : theme.dim, limit: limit)
                row += 1
            }
        }
    }

    /// The stage's map (MapScene(presenting:in:)): the whole route in view from the first
    /// stage on, revealed up to this one.
    static func drawMap(
        _ stage: PresenterStep.StageInfo, dataset: Dataset, into screen: inout Screen, rect: Rect,
        theme: Theme, context: RenderContext
    ) {
        MapView.drawMap(
            MapScene(presenting: stage, in: dataset), into: &screen, rect: rect, theme: theme,
            context: context)
    }

    static func drawFooter(_ state: PresenterState, into screen: inout Screen, theme: Theme) {
        let size = state.size
        let total = state.deck.steps.count
        let number = total == 0 ? 0 : state.current + 1
        let margin = size.width >= 100 ? 4 : 2

        // The progress bar: how far through the lesson, readable without colour.
        let barRow = size.height - 2
        let barWidth = size.width - 2 * margin
        if barRow >= 0, barWidth >= 3 {
            let inner = barWidth - 2
            let filled = total == 0 ? 0 : (inner * number + total - 1) / total
            let (done, todo) = theme.unicode ? ("█", "░") : ("#", ".")
            let bar =
                "[" + String(repeating: done, count: filled) + String(repeating: todo, count: inner - filled) + "]"
            screen.put(bar, column: margin, row: barRow, style: theme.border)
        }

        // The status line: lesson title left; typed count, tour, clock and N / M right.
        let statusRow = size.height - 1
        screen.fill(column: 0, row: statusRow, width: size.width, height: 1, style: theme.statusBar)
        var right: [String] = []
        if let count = state.count { right.append("go to \(count)…") }
        if let tour = state.tour {
            right.append(tour.paused ? "tour paused (a)" : "tour \(formatSeconds(tour.interval))")
        }
        if let audience = state.audience { right.append("\(audience) following") }
        right.append(PresenterState.clockText(seconds: state.elapsedSeconds) + (state.timer.isRunning ? "" : " paused"))
        right.append("\(number) / \(total)")
        // N / M stays when the line is short of room: the other parts give way first.
        while right.count > 1 && DisplayWidth.of(right.joined(separator: "   ") + " ") > size.width {
            right.removeFirst()
        }
        let rightText = right.joined(separator: "   ") + " "
        let rightWidth = DisplayWidth.of(rightText)
        let rightColumn = max(0, size.width - rightWidth)
        screen.put(
            " " + state.deck.title, column: 0, row: statusRow, style: theme.statusBar,
            limit: max(0, rightColumn - 2))
        screen.put(rightText, column: rightColumn, row: statusRow, style: theme.statusBar)
        // N / M in bold: the one figure the room reads from the back.
        let counter = right[right.count - 1]
        screen.put(
            counter, column: size.width - DisplayWidth.of(counter) - 1, row: statusRow,
            style: theme.statusBar.with(.bold))
    }

    static func formatSeconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
    }
}
