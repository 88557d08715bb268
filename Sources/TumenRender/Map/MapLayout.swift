import TumenModel

/// Where the map goes on the screen: all of the body in the map view; in the timeline view
/// on a wide, tall terminal, the lower part (timeline above, map below), so selecting an
/// event shows its places at once.
public struct MapLayout: Equatable, Sendable {
    /// Split from this size up.
    public static let splitFrom = Size(width: 160, height: 45)
    /// Rows the timeline keeps in the split view (the map takes the rest).
    public static let splitTimelineRows = 18

    /// The timeline's rectangle (empty in the map view) and the map's, if shown.
    public var timeline: Rect
    public var map: Rect?

    public init(state: ExplorerState, body: Rect) {
        if state.view == .map {
            timeline = Rect(column: body.column, row: body.row, width: body.width, height: 0)
            map = body
        } else if body.width >= Self.splitFrom.width && body.height + 1 >= Self.splitFrom.height {
            let split = body.splitTop(Self.splitTimelineRows)
            timeline = split.top
            map = split.rest
        } else {
            timeline = body
            map = nil
        }
    }
}
