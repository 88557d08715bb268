import TumenData
import TumenModel

/// Where every visible event falls on the timeline's lanes: markers counted per cell,
/// periods kept as spans, and which lanes have events off either end. Working it out
/// is one pass over the visible events, so it is kept between frames (see
/// `TimelineLaneLayerCache`) and a frame costs what is on screen, not the dataset's
/// size. The selected event is included; `TimelineView` draws over it.
struct TimelineLaneLayer {
    struct Span {
        var lane: Int
        var index: Int
        var first: Int
        var last: Int
    }

    let width: Int
    /// Per lane and column (`lane * width + column`): how many point events fall there.
    private(set) var counts: [Int]
    /// The category ordinal of the last event counted in the cell, and of the one
    /// before it, so the cell keeps its colour when that last event is the selection.
    private(set) var lastIndex: [Int]
    private(set) var lastOrdinal: [Int]
    private(set) var previousOrdinal: [Int]
    /// Whether the cell holds events of more than one category (only the single lane
    /// small windows show for every category mixes them); such a count is drawn uncoloured.
    private(set) var mixed: [Bool]
    private(set) var before: [Bool]
    private(set) var after: [Bool]
    private(set) var spans: [Span] = []

    init(_ state: ExplorerState, laneOfOrdinal: [Int], laneCount: Int, scale: TimeScale, width: Int) {
        self.width = width
        counts = [Int](repeating: 0, count: laneCount * width)
        lastIndex = [Int](repeating: -1, count: laneCount * width)
        lastOrdinal = counts
        previousOrdinal = counts
        mixed = [Bool](repeating: false, count: laneCount * width)
        before = [Bool](repeating: false, count: laneCount)
        after = before
        for index in state.visible {
            let ordinal = state.categoryOrdinals[index]
            let lane = ordinal < laneOfOrdinal.count ? laneOfOrdinal[ordinal] : -1
            guard lane >= 0 else { continue }
            let (first, last) = Self.columns(of: index, in: state, scale: scale)
            if last < 0 { before[lane] = true }
            if first >= width { after[lane] = true }
            if last - first >= 2 {
                if last >= 0 && first < width { spans.append(Span(lane: lane, index: index, first: first, last: last)) }
            } else if first >= 0 && first < width {
                let cell = lane * width + first
                if counts[cell] > 0 && lastOrdinal[cell] != ordinal { mixed[cell] = true }
                counts[cell] += 1
                previousOrdinal[cell] = lastOrdinal[cell]
                lastOrdinal[cell] = ordinal
                lastIndex[cell] = index
            }
        }
    }

    /// The first and last column event `index` covers (the same for a point).
    static func columns(of index: Int, in state: ExplorerState, scale: TimeScale) -> (first: Int, last: Int) {
        let first = scale.column(ofMonth: state.startMonths[index])
        return (first, state.isPeriod[index] ? scale.endColumn(ofMonthEnd: state.endMonths[index]) : first)
    }

    /// The cell's event count and colour with event `excluded` left out of it (the
    /// selection, which `TimelineView` draws by itself; `excludedCell` is where it was
    /// counted, or nil when it was not). The colour is -1 for several categories; a cell
    /// that mixed them stays so with the selection left out, which at worst leaves a
    /// count in the shared lane uncoloured.
    func cell(_ cell: Int, excluding excluded: Int, countedAt excludedCell: Int?) -> (count: Int, ordinal: Int) {
        let count = cell == excludedCell ? counts[cell] - 1 : counts[cell]
        let ordinal = cell == excludedCell && lastIndex[cell] == excluded ? previousOrdinal[cell] : lastOrdinal[cell]
        return (count, count > 1 && mixed[cell] ? -1 : ordinal)
    }
}

/// The last few lane layers, keyed by what they were worked out from. The state's
/// arrays are compared by storage: the cache holds a reference to each, so an array
/// with the same storage cannot have changed (a change would have copied it first).
/// A hit therefore returns exactly what a miss would compute.
final class TimelineLaneLayerCache: Sendable {
    private struct Entry {
        var visible: [Int]
        var categoryOrdinals: [Int]
        var startMonths: [Int]
        var endMonths: [Int]
        var isPeriod: [Bool]
        var laneOfOrdinal: [Int]
        var scale: TimeScale
        var layer: TimelineLaneLayer
    }

    /// The timeline alone and the split view have different widths: keep both, and a spare.
    private let recent = RecentValues<Entry>(capacity: 3)

    func layer(_ state: ExplorerState, laneOfOrdinal: [Int], laneCount: Int, scale: TimeScale, width: Int)
        -> TimelineLaneLayer
    {
        recent.entry(matching: { entry in
            entry.scale == scale && entry.layer.width == width && entry.laneOfOrdinal == laneOfOrdinal
                && entry.layer.before.count == laneCount
                && StorageIdentity.same(entry.visible, state.visible)
                && StorageIdentity.same(entry.categoryOrdinals, state.categoryOrdinals)
                && StorageIdentity.same(entry.startMonths, state.startMonths)
                && StorageIdentity.same(entry.endMonths, state.endMonths)
                && StorageIdentity.same(entry.isPeriod, state.isPeriod)
        }) {
            Entry(
                visible: state.visible, categoryOrdinals: state.categoryOrdinals, startMonths: state.startMonths,
                endMonths: state.endMonths, isPeriod: state.isPeriod, laneOfOrdinal: laneOfOrdinal, scale: scale,
                layer: TimelineLaneLayer(
                    state, laneOfOrdinal: laneOfOrdinal, laneCount: laneCount, scale: scale, width: width))
        }.layer
    }

    /// For tests: the next frame works every layer out afresh.
    func removeAll() { recent.removeAll() }
}

/// Whether two arrays share their storage. Caches keep a reference to the arrays they
/// were computed from, so while an entry lives its arrays cannot change in place: an
/// array with the same storage (and count) is the same array, unchanged.
enum StorageIdentity {
    static func same<T>(_ a: [T], _ b: [T]) -> Bool {
        guard a.count == b.count else { return false }
        guard !a.isEmpty else { return true }
        return a.withUnsafeBufferPointer { left in
            b.withUnsafeBufferPointer { right in left.baseAddress == right.baseAddress }
        }
    }
}
