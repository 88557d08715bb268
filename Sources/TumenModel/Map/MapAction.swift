import TumenData

/// What the user can do to the route map. Wrapped in `Action.map` so the map's
/// state machine lives in its own files (MapReducer.swift).
public enum MapAction: Hashable, Sendable {
    case panLeft, panRight, panUp, panDown
    case zoomIn, zoomOut
    /// `0`: fit the whole route in view.
    case fit
    case nextStage, previousStage
    /// `j`/`k` in the map view: the next or previous event, with the map following it.
    case nextEvent, previousEvent
}
