import TumenData
import TumenModel

/// The band of named eras above the lanes (the famine, the Sunshine Policy years). Each
/// era is a run of fill, alternating two fills so where one ends and the next begins
/// shows. A title is written whole inside its era or not there at all: a cut title
/// (`F…`) cannot be read. An era too narrow for its title is named in a legend in the
/// band's free cells instead, after a swatch of its fill and, room allowing, with its
/// dates, so it cannot be taken for another era (`.. Famine 1996–1999`). The legend keeps
/// away from the bands, so a swatch is not read as part of one.
enum TimelineEras {
    struct Band {
        var first: Int
        var last: Int
        var title: String
        var dates: String
    }

    /// The eras that show in `0..<width`, clipped to it, in order of their start (a
    /// later era is drawn over an earlier one).
    static func bands(_ eras: [Era], scale: TimeScale, width: Int) -> [Band] {
        let bands = eras.compactMap { era -> (start: Int, band: Band)? in
            let start = scale.column(of: era.date.start)
            let first = max(0, start)
            let last = min(width - 1, scale.endColumn(of: era.date.end ?? era.date.start))
            return first <= last
                ? (start, Band(first: first, last: last, title: era.title, dates: era.date.label)) : nil
        }
        return bands.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(
            \.element.band)
    }

    static func draw(
        _ state: ExplorerState, scale: TimeScale, plot: Rect, row: Int,
        into screen: inout Screen, theme: Theme, glyphs g: Glyphs
    ) {
        let bands = bands(state.dataset.eras, scale: scale, width: plot.width)
        var used = [Bool](repeating: false, count: plot.width)
        for (index, band) in bands.enumerated() {
            let fill = index % 2 == 0 ? g.eraFill : g.eraFillAlternate
            for x in band.first...band.last {
                screen.put(fill, column: plot.column + x, row: row, style: theme.dim)
                used[x] = true
            }
        }
        // A title stays inside the part of its era that shows (a later era is drawn over
        // an earlier one where they overlap, as the Sunshine years over the famine's
        // end), and a cell clear of the title before it: titles never run together.
        var legend: [(band: Band, swatch: String)] = []
        var titled = [Bool](repeating: false, count: plot.width)
        var previousEnd = Int.min / 2
        for (index, band) in bands.enumerated() {
            let nextStart = index + 1 < bands.count ? bands[index + 1].first : Int.max
            let start = max(band.first, previousEnd + 2)
            let end = start + DisplayWidth.of(band.title) - 1
            if end <= min(band.last, nextStart - 1) {
                screen.put(band.title, column: plot.column + start, row: row, style: theme.dim)
                for x in start...end where x < plot.width { titled[x] = true }
                previousEnd = end
            } else {
                let fill = index % 2 == 0 ? g.eraFill : g.eraFillAlternate
                legend.append((band, fill + fill))
            }
        }
        guard !legend.isEmpty else { return }
        // With dates if they fit, else without; entries that fit in neither way are left
        // out from the last (zooming in gives their eras room for their titles).
        let long = legend.map { $0.swatch + " " + $0.band.title + " " + $0.band.dates }
        let short = legend.map { $0.swatch + " " + $0.band.title }
        for count in stride(from: legend.count, through: 1, by: -1) {
            for entries in [long, short] {
                let text = entries.prefix(count).joined(separator: "   ")
                if let column = legendColumn(width: DisplayWidth.of(text), used: used) {
                    screen.put(text, column: plot.column + column, row: row, style: theme.dim)
                    return
                }
            }
        }
        // No free cells for it (the Sunshine years fill the band beyond the famine): the
        // legend goes over another era's fill, clear of every title, set off by spaces.
        for count in stride(from: legend.count, through: 1, by: -1) {
            let text = " " + short.prefix(count).joined(separator: "   ") + " "
            if let column = legendColumn(width: DisplayWidth.of(text), used: titled, margin: 1) {
                screen.put(text, column: plot.column + column, row: row, style: theme.dim)
                return
            }
        }
    }

    /// Where a legend `width` cells wide goes: in the widest run of cells no era covers,
    /// against the plot's edge when the run reaches it, else in the middle, and at least
    /// two cells from any era so its swatches are not taken for a band.
    static func legendColumn(width: Int, used: [Bool], margin: Int = 2) -> Int? {
        var runs: [(first: Int, last: Int)] = []
        var x = 0
        while x < used.count {
            guard !used[x] else {
                x += 1
                continue
            }
            let first = x
            while x < used.count, !used[x] { x += 1 }
            runs.append((first, x - 1))
        }
        for run in runs.sorted(by: { $0.last - $0.first > $1.last - $1.first }) {
            let low = run.first == 0 ? 0 : run.first + margin
            let high = run.last == used.count - 1 ? run.last : run.last - margin
            guard high - low + 1 >= width else { continue }
            if run.first == 0 { return 0 }
            if run.last == used.count - 1 { return high - width + 1 }
            return low + (high - low + 1 - width) / 2
        }
        return nil
    }
}
