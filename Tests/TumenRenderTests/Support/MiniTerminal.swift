import TumenData
import TumenModel
import TumenRender

/// Just enough of a terminal to check what `RemoteFrameEncoder` sends: cursor position
/// (CUP), erase display (2J), SGR colours and attributes, and text, with wide characters
/// taking two cells. Anything else it is sent is a test failure (`unknown`).
struct MiniTerminal {
    private(set) var cells: [Cell]
    let size: Size
    private var row = 0, column = 0
    private var style = Style.plain
    private(set) var unknown: [String] = []
    private(set) var cursorVisible = true

    init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    subscript(column: Int, row: Int) -> Cell { cells[row * size.width + column] }

    mutating func feed(_ text: String) {
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            guard character == "\u{1B}" else {
                put(character)
                continue
            }
            guard characters.popFirst() == "[" else {
                unknown.append("ESC without [")
                continue
            }
            var parameters = ""
            while let next = characters.first, !(next.isLetter) {
                parameters.append(next)
                characters.removeFirst()
            }
            guard let final = characters.popFirst() else {
                unknown.append("unfinished sequence")
                return
            }
            control(parameters, final)
        }
    }

    private mutating func control(_ parameters: String, _ final: Character) {
        switch (final, parameters) {
        case ("H", _):
            let numbers = parameters.split(separator: ";").map { Int($0) ?? 1 }
            row = (numbers.first ?? 1) - 1
            column = (numbers.count > 1 ? numbers[1] : 1) - 1
        case ("J", "2"): cells = Array(repeating: .blank, count: size.width * size.height)
        case ("m", _): style = Self.style(parameters)
        case ("h", "?25"): cursorVisible = true
        case ("l", "?25"): cursorVisible = false
        case ("h", "?1049"), ("l", "?1049"): break
        default: unknown.append("ESC[\(parameters)\(final)")
        }
    }

    private mutating func put(_ character: Character) {
        let width = DisplayWidth.of(character)
        guard row < size.height, column + width <= size.width else {
            unknown.append("text outside the screen")
            return
        }
        cells[row * size.width + column] = Cell(String(character), style: style)
        if width == 2 { cells[row * size.width + column + 1] = Cell("", style: style) }
        column += width
    }

    static func style(_ parameters: String) -> Style {
        var style = Style.plain
        for code in parameters.split(separator: ";").compactMap({ Int($0) }) {
            switch code {
            case 0: style = .plain
            case 1: style.attributes.insert(.bold)
            case 2: style.attributes.insert(.dim)
            case 3: style.attributes.insert(.italic)
            case 4: style.attributes.insert(.underline)
            case 7: style.attributes.insert(.reverse)
            case 30...37: style.foreground = Color(rawValue: UInt8(code - 30))!
            case 90...97: style.foreground = Color(rawValue: UInt8(code - 90 + 8))!
            case 40...47: style.background = Color(rawValue: UInt8(code - 40))!
            case 100...107: style.background = Color(rawValue: UInt8(code - 100 + 8))!
            default: break
            }
        }
        return style
    }
}
