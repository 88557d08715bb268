import FoundationEssentials
import Glibc

/// Lines drawn into a grid of cells at sub-cell precision: each segment is cut at cell
/// boundaries, and each cell remembers how much line passes through it, in which
/// direction and how low, so `character(column:row:)` can pick `_ / \ | - .` to match.
struct LineRaster {
    let columns: Int
    let rows: Int
    /// Per cell: total length, the length-weighted doubled-angle vector (so a line and the
    /// same line drawn backwards agree, and crossing directions average out), and the
    /// length-weighted height within the cell (0 top … 1 bottom).
    private var length: [Double]
    private var cos2: [Double]
    private var sin2: [Double]
    private var depth: [Double]
    /// The longest single piece in each cell, for cells where lines cross or turn.
    private var longest: [Double]
    private var longestAngle: [Double]
    private var longestDepth: [Double]

    init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        let count = self.columns * self.rows
        length = Array(repeating: 0, count: count)
        cos2 = length
        sin2 = length
        depth = length
        longest = length
        longestAngle = length
        longestDepth = length
    }

    /// Adds a segment between two points in cell coordinates (x right, y down, 1 = a cell);
    /// `accept` may refuse cells (the basemap uses it to keep layers to their zones).
    mutating func addSegment(
        _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double,
        accept: ((Int, Int) -> Bool)? = nil
    ) {
        guard let (t0, t1) = MapGeometry.clip(x0, y0, x1, y1, columns: columns, rows: rows) else { return }
        let dx = x1 - x0
        let dy = y1 - y0
        // Parameters where the segment crosses a column or row boundary.
        var cuts = [t0, t1]
        if dx != 0 {
            let a = x0 + t0 * dx
            let b = x0 + t1 * dx
            for k in Int(min(a, b).rounded(.up))...max(Int(min(a, b).rounded(.up)), Int(max(a, b).rounded(.down))) {
                let t = (Double(k) - x0) / dx
                if t > t0 && t < t1 { cuts.append(t) }
            }
        }
        if dy != 0 {
            let a = y0 + t0 * dy
            let b = y0 + t1 * dy
            for k in Int(min(a, b).rounded(.up))...max(Int(min(a, b).rounded(.up)), Int(max(a, b).rounded(.down))) {
                let t = (Double(k) - y0) / dy
                if t > t0 && t < t1 { cuts.append(t) }
            }
        }
        cuts.sort()
        // Physical direction: a row is `cellAspect` times as tall as a column is wide.
        let px = dx
        let py = dy * MapGeometry.cellAspect
        let angle = atan2(py, px)
        let c2 = cos(2 * angle)
        let s2 = sin(2 * angle)
        let fullLength = (px * px + py * py).squareRoot()
        for (a, b) in zip(cuts, cuts.dropFirst()) where b > a {
            let mx = x0 + (a + b) / 2 * dx
            let my = y0 + (a + b) / 2 * dy
            let column = Int(mx.rounded(.down))
            let row = Int(my.rounded(.down))
            guard column >= 0, column < columns, row >= 0, row < rows else { continue }
            if let accept, !accept(column, row) { continue }
            let piece = (b - a) * fullLength
            let index = row * columns + column
            length[index] += piece
            cos2[index] += piece * c2
            sin2[index] += piece * s2
            depth[index] += piece * (my - Double(row))
            if piece > longest[index] {
                longest[index] = piece
                longestAngle[index] = angle
                longestDepth[index] = my - Double(row)
            }
        }
    }

    func hasLine(column: Int, row: Int) -> Bool {
        length[row * columns + column] >= LineCharacter.minimumLength
    }

    /// The ASCII character for the line through a cell, or nil when (almost) none passes.
    func character(column: Int, row: Int) -> Character? {
        let index = row * columns + column
        let total = length[index]
        guard total >= LineCharacter.minimumLength else { return nil }
        let strength = (sin2[index] * sin2[index] + cos2[index] * cos2[index]).squareRoot() / total
        if strength > 0.5 {
            let angle = atan2(sin2[index], cos2[index]) / 2
            return LineCharacter.choose(angleDegrees: angle * 180 / .pi, length: total, depth: depth[index] / total)
        }
        // Lines crossing or turning inside the cell: show the longest piece.
        return LineCharacter.choose(
            angleDegrees: longestAngle[index] * 180 / .pi, length: total, depth: longestDepth[index])
    }
}

/// Picks the ASCII character for a piece of line, by its physical direction (degrees,
/// y pointing down), its length within the cell and how low in the cell it runs.
enum LineCharacter {
    /// Less than this much line in a cell (in column widths) is not drawn: it only grazes a corner.
    static let minimumLength = 0.12

    static func choose(angleDegrees: Double, length: Double, depth: Double) -> Character {
        if length < 0.35 { return "." }
        var a = angleDegrees.truncatingRemainder(dividingBy: 180)
        if a < 0 { a += 180 }
        // On screen `\` and `/` lean at about 63° (a cell is twice as tall as wide), so the
        // boundaries lie halfway between 0°, 63° and 90°.
        switch a {
        case ..<30, 150...: return depth >= 0.62 ? "_" : "-"
        case 30..<76: return "\\"
        case 76..<104: return "|"
        default: return "/"
        }
    }
}

/// Constants the map's parts share.
enum MapGeometry {
    static let cellAspect = 2.0

    /// Liang-Barsky: the parameter range (0…1) of a segment inside the grid, or nil.
    static func clip(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, columns: Int, rows: Int) -> (
        Double, Double
    )? {
        var t0 = 0.0
        var t1 = 1.0
        let dx = x1 - x0
        let dy = y1 - y0
        for (p, q) in [(-dx, x0), (dx, Double(columns) - x0), (-dy, y0), (dy, Double(rows) - y0)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
            }
        }
        return t0 < t1 ? (t0, t1) : nil
    }
}
