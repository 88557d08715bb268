import TumenData

/// A rectangle of cells on a screen: where one view draws. Views given a `Rect` draw only
/// inside it, so RootView can place them side by side or one above the other.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var column: Int
    public var row: Int
    public var width: Int
    public var height: Int

    public init(column: Int, row: Int, width: Int, height: Int) {
        self.column = column
        self.row = row
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of a screen of this size.
    public init(_ size: Size) {
        self.init(column: 0, row: 0, width: size.width, height: size.height)
    }

    public var maxColumn: Int { column + width }
    public var maxRow: Int { row + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var description: String { "\(width)x\(height)+\(column)+\(row)" }

    public func contains(column x: Int, row y: Int) -> Bool {
        x >= column && x < maxColumn && y >= row && y < maxRow
    }

    /// The top `rows` rows, and what is left below them.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let r = min(max(0, rows), height)
        return (
            Rect(column: column, row: row, width: width, height: r),
            Rect(column: column, row: row + r, width: width, height: height - r)
        )
    }

    /// The bottom `rows` rows, and what is left above them.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let r = min(max(0, rows), height)
        return (
            Rect(column: column, row: row, width: width, height: height - r),
            Rect(column: column, row: maxRow - r, width: width, height: r)
        )
    }

    /// The right `columns` columns, and what is left to their left.
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let c = min(max(0, columns), width)
        return (
            Rect(column: column, row: row, width: width - c, height: height),
            Rect(column: maxColumn - c, row: row, width: c, height: height)
        )
    }
}
