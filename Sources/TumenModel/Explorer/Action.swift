import TumenData

/// Every user intent the explorer understands. Keys map to these in `KeyBindings`;
/// `ExplorerState.apply(_:)` is the only place that changes state in response.
public enum Action: Hashable, Sendable {
    // Moving through events (timeline and map alike).
    case nextEvent, previousEvent, firstEvent, lastEvent, pageDown, pageUp
    case selectEvent(id: String)

    // Panes and views.
    case toggleDetail
    case scrollDetailDown, scrollDetailUp
    case showTimeline, showMap, switchView
    case zoomIn, zoomOut

    // Overlays.
    case dismissContentNote
    case toggleHelp
    /// Esc: close the open overlay, else clear the search.
    case escape

    // Search.
    case beginSearch
    case searchInput(Character)
    case searchBackspace
    case submitSearch
    case cancelSearch
    case nextMatch, previousMatch

    // Filter menu.
    case openFilter
    case filterCursorDown, filterCursorUp
    case toggleCategoryAtCursor
    case clearFilter

    // The route map (MapAction.swift, MapReducer.swift).
    case map(MapAction)
    /// `w` in the map view: show or hide the map described in words.
    case toggleMapWords

    // Presenter mode: `p` asks the app to switch to it; its own keys (PresenterKeys.swift).
    case present
    case presenter(PresenterAction)
    /// A student's choice over SSH (ClassroomKeys.swift); `ClassroomState` applies it.
    case classroom(ClassroomAction)

    /// A mouse click or wheel (`Key.mouse`): the layout says what is under it.
    case mouse(MouseEvent)

    case resize(Size)
    /// Ctrl-Z: the app loop stops the job and comes back on `fg` (a no-op headless).
    case suspend
    case quit
}
