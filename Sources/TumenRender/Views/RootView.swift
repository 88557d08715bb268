import TumenModel

/// Draws the whole explorer state into a fresh screen of the state's size.
public enum RootView {
    public static func render(_ state: ExplorerState, theme: Theme) -> Screen {
        var screen = Screen(size: state.size)
        // The map: the whole screen above the status bar, or below the timeline when split.
        let body = Rect(column: 0, row: 0, width: state.size.width, height: state.size.height - 1)
        let layout = MapLayout(state: state, body: body)
        if let mapRect = layout.map { MapView.draw(state, into: &screen, rect: mapRect, theme: theme) }
        for (row, index) in state.visible.prefix(max(0, layout.timeline.height)).enumerated() {
            let event = state.events[index]
            let style = index == state.selected ? theme.selected : theme.normal
            screen.put("\(event.date.label)  \(event.title)", column: 0, row: row, style: style)
        }
        let position = state.selectedVisiblePosition.map { "event \($0 + 1) of \(state.visible.count)" } ?? "no events"
        screen.fill(column: 0, row: state.size.height - 1, width: state.size.width, height: 1, style: theme.statusBar)
        screen.put(" \(state.view.rawValue)  \(position)  ? help", column: 0, row: state.size.height - 1, style: theme.statusBar)
        return screen
    }
}
