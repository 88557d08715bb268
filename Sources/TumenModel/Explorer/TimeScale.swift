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
        // One pass without copying events: this runs for every frame.
        var first = Int.max, last = Int.min
        func include(_ index: Int) {
            first = min(first, state.startMonths[index])
            last = max(last, state.endMonths[index])
        }
        if state.visible.isEmpty { state.events.indices.forEach(include) } else { state.visible.forEach(include) }
        if first == Int.max { first = 0; last = 12 }
        switch state.zoom {
        case .decades:
            // The whole range from the start of its first decade, spread over the width (a
            // wide terminal shows more detail), but always coarser than the years zoom.
            let decadeStart = (Double(first) / 120).rounded(.down) * 120
            monthsPerColumn = max(3, ((Double(last + 1) - decadeStart) / Double(self.columns)).rounded(.up))
            start = decadeStart
            return
        case .years: monthsPerColumn = 2
        case .months: monthsPerColumn = 0.25
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
                result.append((column(ofMonth: y * 12), Self.yearLabel(y)))
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

    static func niceStep(atLeast value: Double) -> Double {
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        for factor in [1.0, 2.0, 5.0, 10.0] where power * factor >= value { return power * factor }
        return power * 10
    }
}
