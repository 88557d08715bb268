/// Lines at braille-dot resolution (2 × 4 dots per cell) for Unicode mode: finer than any
/// ASCII character can show. ASCII mode never uses it.
struct BrailleRaster {
    let columns: Int
    let rows: Int
    private var dots: [UInt8]

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        dots = Array(repeating: 0, count: self.columns * self.rows)
    }

    /// Braille dot bits by (x, y) within the cell: x 0…1, y 0…3 (Unicode's numbering).
    private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    mutating func addSegment(
        _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double,
        accept: ((Int, Int) -> Bool)? = nil
    ) {
        guard let (t0, t1) = MapGeometry.clip(x0, y0, x1, y1, columns: columns, rows: rows) else { return }
        let (x0, y0, x1, y1) = (x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)
        // Step in dot units, at most half a dot at a time, so no gaps.
        let dx = (x1 - x0) * 2
        let dy = (y1 - y0) * 4
        let steps = max(1, Int((max(abs(dx), abs(dy)) * 2).rounded(.up)))
        for i in 0...steps {
            let t = Double(i) / Double(steps)
            let dotX = Int(((x0 + (x1 - x0) * t) * 2).rounded(.down))
            let dotY = Int(((y0 + (y1 - y0) * t) * 4).rounded(.down))
            let column = dotX >> 1
            let row = dotY >> 2
            guard dotX >= 0, dotY >= 0, column < columns, row < rows else { continue }
            if let accept, !accept(column, row) { continue }
            dots[row * columns + column] |= Self.bits[dotX & 1][dotY & 3]
        }
    }

    func character(column: Int, row: Int) -> Character? {
        let value = dots[row * columns + column]
        guard value != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(value)) else { return nil }
        return Character(scalar)
    }
}
