import TumenData
import TumenModel
import TumenRender

/// Reads the timeline back from a rendered screen, using only what a reader sees and
/// the public model: which rows are lanes, which columns the plot covers (the run of
/// axis line under it), and which events each lane should show there.
struct TimelineRows {
    struct Lane {
        var row: Int
        /// Indices into `state.events` of the visible events drawn on this lane as points.
        var points: [Int]
        /// Where the selected event's marker is, when it is on this lane and in the plot.
        var selectionColumn: Int?
        var selectionIsPoint: Bool
    }

    static let markers: Set<Character> = ["o", "●", "*", "◆"]
    static let selectionMarkers: Set<Character> = ["*", "◆"]
    static let axisGlyphs: Set<Character> = ["-", "+", "─", "┴"]

    var cells: [[Character]]
    var plotColumn: Int
    var plotWidth: Int
    var lanes: [Lane]
    var eraRow: Int?

    init?(_ state: ExplorerState, screen: Screen) {
        let layout = ExplorerLayout(state: state)
        guard !layout.timeline.isEmpty, !layout.lanes.isEmpty else { return nil }
        cells = screen.lines.map { Array($0) }
        let firstLane = layout.timeline.row + (layout.showsEraBand ? 1 : 0)
        eraRow = layout.showsEraBand ? layout.timeline.row : nil
        let axis = cells[firstLane + layout.lanes.count]
        // The axis line runs under the plot, and one blank column follows it.
        var end = layout.timeline.maxColumn - 1
        while end > 0, !Self.axisGlyphs.contains(axis[end]) { end -= 1 }
        var start = end
        while start > 0, Self.axisGlyphs.contains(axis[start - 1]) { start -= 1 }
        plotColumn = start
        plotWidth = end - start + 1
        let scale = TimeScale(state: state, columns: plotWidth)
        let width = plotWidth
        func columns(_ index: Int) -> (Int, Int) {
            let first = scale.column(ofMonth: state.startMonths[index])
            return (first, state.isPeriod[index] ? scale.endColumn(ofMonthEnd: state.endMonths[index]) : first)
        }
        lanes = layout.lanes.enumerated().map { offset, kind in
            let belongs: (Int) -> Bool = { index in
                switch kind {
                case .all: return true
                case .category(let id): return state.events[index].category == id
                }
            }
            var points: [Int] = []
            for index in state.visible where belongs(index) {
                let (first, last) = columns(index)
                if last - first < 2, first >= 0, first < width { points.append(index) }
            }
            var selectionColumn: Int?
            var selectionIsPoint = false
            if let selected = state.selected, state.visible.contains(selected), belongs(selected) {
                let (first, last) = columns(selected)
                if first >= 0, first < width { selectionColumn = first }
                selectionIsPoint = last - first < 2
            }
            return Lane(
                row: firstLane + offset, points: points, selectionColumn: selectionColumn,
                selectionIsPoint: selectionIsPoint)
        }
    }

    /// The lane row's plot cells (with one cell either side, the edge markers' places).
    func row(_ lane: Lane) -> [Character] { cells[lane.row] }

    /// Maximal runs of digits in a lane's plot: (first column, last column, value).
    func counts(_ lane: Lane) -> [(first: Int, last: Int, value: Int)] {
        let line = row(lane)
        var runs: [(Int, Int, Int)] = []
        var x = plotColumn
        while x < plotColumn + plotWidth {
            guard line[x].isASCII, line[x].isNumber else {
                x += 1
                continue
            }
            let first = x
            while x < plotColumn + plotWidth, line[x].isASCII, line[x].isNumber { x += 1 }
            runs.append((first, x - 1, Int(String(line[first..<x])) ?? -1))
        }
        return runs
    }
}
