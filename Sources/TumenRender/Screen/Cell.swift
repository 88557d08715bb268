/// One terminal cell. A wide character (Korean, Chinese) occupies its cell and
/// the next; the next holds a `continuation` cell that painters skip.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown here; empty for the right half of a wide character.
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()

    public var isContinuation: Bool { text.isEmpty }

    static func continuation(style: Style) -> Cell { Cell("", style: style) }
}
