import TumenData

/// A key as the user pressed it, independent of any terminal library.
/// The terminal layer translates ncurses codes into these; key scripts
/// (`tumen render --keys`) parse into them; the command table maps them to actions.
public enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// Ctrl with a letter: `control("c")` is Ctrl-C. Always lowercase.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1 … F12.
    case function(Int)
    /// A mouse click (button 1) or wheel at a cell, 0-based column and row.
    case mouse(MouseEvent)
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var column: Int
    public var row: Int

    public init(kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}

/// Terminal size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var description: String { "\(width)x\(height)" }

    /// Parses "100x30".
    public init?(parsing text: String) {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0,
            w <= 1000, h <= 1000
        else { return nil }
        self.init(width: w, height: h)
    }
}
