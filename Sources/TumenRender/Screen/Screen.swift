import TumenData
import TumenModel

/// A rectangle of cells: what the terminal should show. Views draw into it; the
/// ncurses painter, the text/ANSI/SVG formatters and the tests all read it.
public struct Screen: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (the search prompt), or nil to hide it.
    public var cursor: (column: Int, row: Int)? {
        get { cursorColumn.map { ($0, cursorRow) } }
        set {
            cursorColumn = newValue?.column
            cursorRow = newValue?.row ?? 0
        }
    }
    private var cursorColumn: Int?
    private var cursorRow = 0

    public init(size: Size, fill: Cell = .blank) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: fill, count: self.size.width * self.size.height)
    }

    /// Writing a cell over half of a wide character blanks its other half, so an overlay's
    /// border drawn across Korean or Chinese text never leaves a row a column too wide.
    public subscript(column: Int, row: Int) -> Cell {
        get { cells[row * size.width + column] }
        set {
            let index = row * size.width + column
            if !newValue.isContinuation {
                if cells[index].isContinuation, column > 0 {
                    cells[index - 1] = Cell(" ", style: cells[index - 1].style)
                }
                // (A wide character written again, restyled, keeps its right half.)
                if column + 1 < size.width, cells[index + 1].isContinuation, DisplayWidth.of(newValue.text) < 2 {
                    cells[index + 1] = Cell(" ", style: cells[index + 1].style)
                }
            }
            cells[index] = newValue
        }
    }

    public func contains(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < size.width && row < size.height
    }

    /// Writes text from (column, row), clipped at `limit` columns and the screen edge.
    /// Control characters are replaced by visible stand-ins first, so data text can
    /// never reach the terminal as a control sequence. A wide character that would
    /// straddle the limit is replaced by a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, column: Int, row: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < size.height else { return 0 }
        let end = min(size.width, column + (limit ?? size.width))
        var x = column
        for character in TextSanitizer.visible(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x + width > end {
                if x < end && x >= 0 {
                    self[x, row] = Cell(" ", style: style)
                    x += 1
                }
                break
            }
            if x >= 0 {
                clearWide(at: x, row: row)
                self[x, row] = Cell(String(character), style: style)
                if width == 2 {
                    clearWide(at: x + 1, row: row)
                    self[x + 1, row] = .continuation(style: style)
                }
            }
            x += width
        }
        return max(0, x - column)
    }

    /// Fills a rectangle with a character (a space by default) in a style.
    public mutating func fill(
        column: Int, row: Int, width: Int, height: Int, with text: String = " ", style: Style = .plain
    ) {
        for y in max(0, row)..<min(size.height, row + height) {
            for x in max(0, column)..<min(size.width, column + width) {
                self[x, y] = Cell(text, style: style)
            }
        }
    }

    /// Changes the style of existing cells without touching their text.
    public mutating func restyle(column: Int, row: Int, width: Int, style: Style) {
        guard row >= 0, row < size.height else { return }
        for x in max(0, column)..<min(size.width, column + width) { self[x, row].style = style }
    }

    /// Overwriting half of a wide character leaves the other half as a blank.
    private mutating func clearWide(at column: Int, row: Int) {
        guard contains(column: column, row: row) else { return }
        let style = self[column, row].style
        if self[column, row].isContinuation, column > 0 {
            self[column - 1, row] = Cell(" ", style: self[column - 1, row].style)
        } else if column + 1 < size.width, self[column + 1, row].isContinuation {
            self[column + 1, row] = Cell(" ", style: style)
        }
    }

    /// The screen as plain text lines, trailing spaces kept, wide characters once.
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width where !self[column, row].isContinuation {
                line += self[column, row].text
            }
            return line
        }
    }

    /// Plain text with trailing spaces trimmed: the form golden files use.
    public var text: String {
        lines.map(Self.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    /// The line without its trailing spaces, found in one pass from the end (linear in the
    /// line's length, which matters for `render --every` at large sizes).
    static func trimmingTrailingSpaces(_ line: String) -> String {
        guard let last = line.lastIndex(where: { $0 != " " }) else { return "" }
        return String(line[...last])
    }

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorColumn == rhs.cursorColumn
            && lhs.cursorRow == rhs.cursorRow
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cells)
    }
}
