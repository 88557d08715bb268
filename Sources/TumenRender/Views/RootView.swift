import TumenData
import TumenModel

/// Draws the whole explorer state into a fresh screen of the state's size.
public enum RootView {
    public static func render(_ state: ExplorerState, theme: Theme, context: RenderContext) -> Screen {
        var screen = Screen(size: state.size)
        let layout = state.layout
        if layout.tooSmall {
            TooSmallView.draw(state, into: &screen, theme: theme)
            return screen
        }
        if state.overlay == .contentNote {
            ContentNoteView.draw(state, into: &screen, theme: theme)
            return screen
        }
        screen.fill(column: 0, row: 0, width: state.size.width, height: state.size.height, style: theme.normal)
        // The map: the whole screen above the status bar, or below the timeline when split.
        let body = Rect(column: 0, row: 0, width: state.size.width, height: state.size.height - 1)
        if let mapRect = layout.map {
            MapView.draw(state.mapScene, into: &screen, rect: mapRect, theme: theme, context: context)
        }
        if state.mapWordsOpen, state.view == .map, let mapRect = layout.map {
            MapWordsPanel.draw(state, mapRect: mapRect, into: &screen, theme: theme, basemap: context.basemap)
        }
        if state.view == .timeline {
            TimelineView.draw(state, layout: layout, into: &screen, theme: theme, context: context)
            EventListView.draw(state, layout: layout, into: &screen, theme: theme)
            if let detail = layout.detail { DetailView.draw(state, rect: detail, into: &screen, theme: theme) }
        }
        StatusBarView.draw(state, rect: layout.status, into: &screen, theme: theme)
        switch state.overlay {
        case .help:
            HelpOverlay.draw(
                body: body, tag: state.showsCategoryTags ? state.categoryTags.first : nil, into: &screen, theme: theme)
        case .filterMenu: FilterMenuView.draw(state, body: body, into: &screen, theme: theme)
        case .searchPrompt: SearchPromptView.draw(state, rect: layout.status, into: &screen, theme: theme)
        case .contentNote, nil: break
        }
        return screen
    }
}
