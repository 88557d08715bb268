import TumenData

/// Where each part of the explorer goes for a state's size: the timeline (era band,
/// lanes, axis), the event list, the detail pane, the map and the status bar. The views draw into
/// these rectangles and the reducer uses the same values for paging, scrolling and mouse
/// clicks, so what is on screen and what the keys do cannot drift apart.
public struct ExplorerLayout: Equatable, Sendable {
    /// Below this the explorer shows only a "window too small" message.
    public static let minimum = Size(width: 40, height: 12)
    /// From this size up, in the timeline view, the map takes the lower part of the
    /// screen (timeline above, map below), so selecting an event shows its places at once.
    public static let mapSplitFrom = Size(width: 160, height: 45)
    public static let mapSplitTimelineRows = 18
    /// The detail pane goes beside the list from this width; below it, it replaces the list.
    public static let detailBesideFrom = 100
    /// Rows the event list keeps at least before the timeline gives up its lanes.
    static let minimumListRows = 4

    public var tooSmall: Bool
    /// The explorer's own part of the screen: all but the status bar, or the top of a split.
    public var body: Rect
    /// The time axis with its lanes; empty when there is no room.
    public var timeline: Rect
    /// One lane per visible category, or a single shared lane when rows are short.
    public var lanes: [LaneKind]
    public var showsEraBand: Bool
    public var list: Rect
    public var detail: Rect?
    /// All of the screen above the status bar in the map view; below the timeline in the
    /// split view; nil when the map is not shown.
    public var map: Rect?
    public var status: Rect

    public enum LaneKind: Equatable, Sendable {
        case category(String)
        /// Every visible event in one lane (small windows).
        case all
    }

    public init(state: ExplorerState) {
        let size = state.size
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        status = Rect(column: 0, row: max(0, size.height - 1), width: size.width, height: min(1, size.height))
        let full = Rect(column: 0, row: 0, width: size.width, height: max(0, size.height - 1))
        let split = Self.splitsMap(size)
        if state.view == .map {
            body = Rect(column: 0, row: 0, width: size.width, height: 0)
            map = full
        } else if split {
            let (top, rest) = full.splitTop(Self.mapSplitTimelineRows)
            body = top
            map = rest
        } else {
            body = full
            map = nil
        }
        let shown = state.dataset.categories.map(\.id).filter { !state.hiddenCategories.contains($0) }
        let eras = !state.dataset.eras.isEmpty
        let axisRows = 2
        let perCategory = shown.count + axisRows + (eras ? 1 : 0)
        if state.visible.isEmpty {
            // Nothing to place on an axis: the list says why instead.
            lanes = []
            showsEraBand = false
        } else if body.height - perCategory >= Self.minimumListRows && !shown.isEmpty {
            lanes = shown.map { .category($0) }
            showsEraBand = eras
        } else if body.height - (1 + axisRows) >= Self.minimumListRows {
            lanes = [.all]
            showsEraBand = false
        } else {
            lanes = []
            showsEraBand = false
        }
        let timelineRows = lanes.isEmpty ? 0 : lanes.count + axisRows + (showsEraBand ? 1 : 0)
        let (top, rest) = body.splitTop(timelineRows)
        timeline = top
        if state.detailOpen && state.view == .timeline {
            if rest.width >= Self.detailBesideFrom {
                let listWidth = max(36, rest.width * 2 / 5)
                list = Rect(column: rest.column, row: rest.row, width: listWidth, height: rest.height)
                // One column between them for the divider.
                detail = Rect(
                    column: rest.column + listWidth + 1, row: rest.row,
                    width: rest.width - listWidth - 1, height: rest.height)
            } else {
                list = Rect(column: rest.column, row: rest.row, width: rest.width, height: 0)
                detail = rest
            }
        } else {
            list = rest
            detail = nil
        }
    }

    /// Whether the timeline view shows the map under the timeline at this size.
    public static func splitsMap(_ size: Size) -> Bool {
        size.width >= mapSplitFrom.width && size.height >= mapSplitFrom.height
    }

    /// Rows the list shows; paging moves by this much.
    public var pageRows: Int { max(1, list.height > 0 ? list.height : (detail?.height ?? 1)) }

    /// The event (an index into `state.events`) drawn at a cell of the list, if any.
    public func eventIndex(atColumn column: Int, row: Int, in state: ExplorerState) -> Int? {
        guard !tooSmall, list.contains(column: column, row: row) else { return nil }
        let position = state.listScroll + (row - list.row)
        return state.visible.indices.contains(position) ? state.visible[position] : nil
    }
}
