import TumenData

/// The timeline's time axis: which stretch of time is on screen at a zoom, and the
/// column of any date. Time is counted in months from year 0 so every precision
/// (year, month, day) lands on the same scale; the window centres on the selection.
public struct TimeScale: Equatable, Sendable {
    /// Month number (year * 12 + month - 1) at the left edge.
    public var start: Double
    /// Months one column stands for.
    public var monthsPerColumn: Double
    public var columns: Int

    public init(state: ExplorerState, columns: Int) {
        self.columns = max(1, columns)
        // Kept by the state with `visible`, so a frame does not pass over every event.
        let span = state.visibleMonthSpan ?? ExplorerState.MonthSpan(first: 0, last: 12)
        let (first, last) = (span.first, span.last)
        switch state.zoom {
        case .whole:
            // The whole range from the start of its first decade, spread over the width (a
            // wide terminal shows more detail), but always coarser than the years step.
            let decadeStart = (Double(first) / 120).rounded(.down) * 120
            monthsPerColumn = max(3, ((Double(last + 1) - decadeStart) / Double(self.columns)).rounded(.up))
            start = decadeStart
            return
        case .step(let index):
            monthsPerColumn = Self.steps[min(max(0, index), Self.steps.count - 1)]
        }
        let width = Double(self.columns) * monthsPerColumn
        let centre = state.selectedEvent.map { Double(Self.month($0.date.start)) } ?? Double(first)
        // Centre on the selection, but do not scroll past either end of the data.
        var left = centre - width / 2
        left = min(left, Double(last + 1) - width)
        left = max(left, Double(first) - monthsPerColumn)
        start = left
    }

    /// The column a month falls in (may be off screen: < 0 or >= columns).
    public func column(ofMonth month: Int) -> Int {
        Int(((Double(month) - start) / monthsPerColumn).rounded(.down))
    }

    public func column(of date: HistoricDate) -> Int { column(ofMonth: Self.month(date)) }

    /// The last column a date reaches: a year ends in December, a month at its end.
    public func endColumn(of date: HistoricDate) -> Int { endColumn(ofMonthEnd: Self.monthEnd(date)) }

    /// The last column reaching the end of a month (a `monthEnd` value).
    public func endColumn(ofMonthEnd month: Int) -> Int {
        Int(((Double(month) + 1 - start) / monthsPerColumn).rounded(.up)) - 1
    }

    /// The first month on screen and the month after the last.
    public var range: (first: Int, end: Int) {
        (Int(start.rounded(.down)), Int((start + Double(columns) * monthsPerColumn).rounded(.up)))
    }

    public static func month(_ date: HistoricDate) -> Int { date.year * 12 + (date.month ?? 1) - 1 }

    /// The last month a date covers: "1999" covers up to December 1999.
    public static func monthEnd(_ date: HistoricDate) -> Int { date.year * 12 + (date.month ?? 12) - 1 }

    /// Axis labels at this zoom: years at a round step that leaves room for the text
    /// (each decade or more when zoomed out, each year, or each month with the year at January).
    public func labels() -> [(column: Int, text: String)] {
        let (first, end) = range
        var result: [(Int, String)] = []
        if monthsPerColumn >= 1 {
            // Years per label: the smallest 1, 2, 5 x 10^k giving each label about 6 columns.
            let minimum = monthsPerColumn >= 12 ? 10.0 : 1.0
            let step = Self.niceStep(atLeast: max(minimum, 6 * monthsPerColumn / 12))
            let firstYear = (Double(first) / 12 / step).rounded(.up) * step
            var year = firstYear
            while year * 12 < Double(end) && result.count <= columns {
                let y = Int(year)
                result.append((column(ofMonth: y * 12), DeepTime.compact(y, step: step) ?? Self.yearLabel(y)))
                year += step
            }
        } else {
            let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            for month in first..<end {
                let m = ((month % 12) + 12) % 12
                let year = Int((Double(month) / 12).rounded(.down))
                result.append((column(ofMonth: month), m == 0 ? Self.yearLabel(year) : names[m]))
            }
        }
        return result.filter { $0.0 >= 0 && $0.0 < columns }
    }

    /// "1998", "490 BCE" (year -490, as dates are written elsewhere).
    public static func yearLabel(_ year: Int) -> String { year < 0 ? "\(year.magnitude) BCE" : String(year) }

    /// The zoom steps `+` and `-` move through, coarse to fine: each column a hundred
    /// million years (the axis labelled every billion), ten million, … a thousand years,
    /// a century, ten years, a year, two months, a week. Each is ten times the next, but
    /// years (a label a year) and months (four columns a month) keep the bundled
    /// timeline's two closer zooms.
    /// Months per column of each step.
    public static let steps: [Double] = [1.2e9, 1.2e8, 1.2e7, 1.2e6, 1.2e5, 1.2e4, 1200, 120, 12, 2, 0.25]

    /// What the axis counts in, from the step between its labels: "decades" for the
    /// bundled history at any width (anything coarser than the years step), "centuries"
    /// for 2,500 years of battles, "billions of years" for the universe.
    public var unitName: String { Self.unit(monthsPerColumn).name }
    public var shortUnitName: String { Self.unit(monthsPerColumn).short }

    static func unit(_ monthsPerColumn: Double) -> (name: String, short: String) {
        if monthsPerColumn < 1 { return ("months", "months") }
        if monthsPerColumn <= 2 { return ("years", "years") }
        let step = niceStep(atLeast: max(monthsPerColumn >= 12 ? 10 : 1, 6 * monthsPerColumn / 12))
        switch step {
        case ..<100: return ("decades", "decades")
        case ..<1000: return ("centuries", "cent.")
        case ..<10_000: return ("millennia", "kyr")
        case ..<1_000_000: return ("thousands of years", "kyr")
        case ..<500_000_000: return ("millions of years", "Myr")
        default: return ("billions of years", "Gyr")
        }
    }

    /// `+`: from the whole history, the coarsest step at least one and a half times
    /// finer than it (the bundled history goes to years); from a step, the next.
    public static func finer(than zoom: ExplorerState.TimeZoom, whole: Double) -> ExplorerState.TimeZoom {
        switch zoom {
        case .whole:
            let index = steps.firstIndex(where: { $0 * 1.5 <= whole }) ?? steps.count - 1
            return .step(index)
        case .step(let index): return .step(min(index + 1, steps.count - 1))
        }
    }

    /// `-`: the next coarser step, or the whole history once a step would show as much.
    public static func coarser(than zoom: ExplorerState.TimeZoom, whole: Double) -> ExplorerState.TimeZoom {
        guard case .step(let index) = zoom, index > 0, steps[index - 1] * 1.5 <= whole else { return .whole }
        return .step(index - 1)
    }

    /// The timeline's columns for a rectangle: the lane names' width (widened for the
    /// axis's unit when there is room), then the plot. The view draws with it and the
    /// reducer zooms with it, so both agree on the scale.
    public struct Frame: Sendable {
        public var labelWidth: Int
        public var plot: Rect
        public var scale: TimeScale
        /// The unit under the lane names: the full name, or its short form when it does not fit.
        public var unitLabel: String
    }

    public static func frame(_ state: ExplorerState, rect: Rect, lanes: [ExplorerLayout.LaneKind]) -> Frame {
        let names = lanes.map { lane -> String in
            switch lane {
            case .all: return "Events"
            case .category(let id):
                guard let ordinal = state.dataset.categories.firstIndex(where: { $0.id == id }) else { return id }
                return state.laneLabel(ordinal)
            }
        }
        // Room for "INT International" from 80 columns; narrower windows keep the plot wide.
        let widest = rect.width >= 80 ? 18 : 14
        let nameWidth = min(widest, max(7, (names.map { DisplayWidth.of($0) }.max() ?? 0) + 1))
        func make(_ labelWidth: Int) -> (Rect, TimeScale) {
            let plot = Rect(
                column: rect.column + labelWidth + 1, row: rect.row,
                width: max(1, rect.width - labelWidth - 2), height: rect.height)
            return (plot, TimeScale(state: state, columns: plot.width))
        }
        var (plot, scale) = make(nameWidth)
        var labelWidth = nameWidth
        let unitWidth = DisplayWidth.of(scale.unitName)
        if unitWidth > nameWidth, unitWidth <= widest {
            labelWidth = unitWidth
            (plot, scale) = make(labelWidth)
        }
        let unitLabel = DisplayWidth.of(scale.unitName) <= labelWidth ? scale.unitName : scale.shortUnitName
        return Frame(labelWidth: labelWidth, plot: plot, scale: scale, unitLabel: unitLabel)
    }

    static func niceStep(atLeast value: Double) -> Double {
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        for factor in [1.0, 2.0, 5.0, 10.0] where power * factor >= value { return power * factor }
        return power * 10
    }
}
