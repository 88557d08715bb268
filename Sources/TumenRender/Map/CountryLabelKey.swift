import TumenModel

/// When a country is named by its initials ("NK"), the map says what they stand for, in a
/// corner like the scale bar: bottom right, else top right, wherever nothing is drawn yet.
enum CountryLabelKey {
    /// "NK North Korea  SK South Korea", in the order of the initials (not of placing, which
    /// changes with the zoom), so the key reads the same from frame to frame.
    static func text(_ initials: [(text: String, name: String)]) -> String? {
        guard !initials.isEmpty else { return nil }
        return initials.sorted { $0.text < $1.text }.map { "\($0.text) \($0.name)" }.joined(separator: "  ")
    }

    static func draw(_ initials: [(text: String, name: String)], into screen: inout Screen, rect: Rect,
                     placer: inout LabelPlacer, style: Style) {
        guard let text = text(initials) else { return }
        let width = DisplayWidth.of(text) + 2
        guard width <= rect.width else { return }
        let column = rect.width - width
        for row in [rect.height - 1, 0] where !(column..<column + width).contains(where: { placer.isTaken(column: $0, row: row) }) {
            screen.put(" \(text) ", column: rect.column + column, row: rect.row + row, style: style)
            placer.reserve(column: column, row: row, width: width)
            return
        }
    }
}
