import TumenData
import TumenModel

/// When a country is named by its initials ("NK"), the map says what they stand for, at its
/// right edge: in the bottom corner like the scale bar, else over open sea, else at the top.
/// Where there is no room for it at all, CountryLabels names the countries without initials.
enum CountryLabelKey {
    /// "NK North Korea  SK South Korea", in the order of the initials (not of placing, which
    /// changes with the zoom), so the key reads the same from frame to frame.
    static func text(_ initials: [(text: String, name: String)]) -> String? {
        guard !initials.isEmpty else { return nil }
        return initials.sorted { $0.text < $1.text }.map { "\($0.text) \($0.name)" }.joined(separator: "  ")
    }

    /// Reserves the key's place (with a blank cell either side) and says where it goes: the
    /// bottom right corner, else the right end of a row where the key would lie wholly on
    /// open sea (on land it would read as a name of that land), else the top right corner.
    /// Nil when there are no initials or nowhere is free.
    static func place(
        _ initials: [(text: String, name: String)], raster: BasemapPainter.Result,
        placer: inout LabelPlacer
    ) -> LabelPlacer.Placement? {
        guard let text = text(initials) else { return nil }
        let columns = raster.land.columns
        let rows = raster.land.rows
        let width = DisplayWidth.of(text) + 2
        guard width <= columns, rows > 0 else { return nil }
        let column = columns - width
        let span = column..<column + width
        func free(_ row: Int) -> Bool { !span.contains { placer.isTaken(column: $0, row: row) } }
        func openSea(_ row: Int) -> Bool {
            !span.contains { raster.land.isLand(column: $0, row: row) || raster.lines.hasLine(column: $0, row: row) }
        }
        // Open sea before the top corner: nothing is drawn there, where the top corner may
        // hold a place's label yet to come.
        let candidates = [rows - 1] + (1..<max(1, rows - 1)).reversed().filter(openSea) + [0]
        guard let row = candidates.first(where: free) else { return nil }
        placer.reserve(column: column, row: row, width: width)
        return LabelPlacer.Placement(text: " \(text) ", column: column, row: row, width: width)
    }
}
