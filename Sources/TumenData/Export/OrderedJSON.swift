/// A JSON value whose object members keep the order they were given in, written
/// with a fixed layout, so the same dataset always gives the same bytes.
public indirect enum OrderedJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
    case array([OrderedJSON])
    case object([(String, OrderedJSON)])

    public static func == (lhs: OrderedJSON, rhs: OrderedJSON) -> Bool {
        lhs.text(indent: 0) == rhs.text(indent: 0)
    }

    /// Objects and arrays that fit in `width` characters stay on one line
    /// (a source reference, a category); anything longer is one member per line.
    /// `column` is where the value starts on its line (after a member name), which
    /// counts against the width; `indent` is the line's indentation.
    public func text(indent: Int, column: Int? = nil, width: Int = 100) -> String {
        let inline = inlineText()
        guard inline.count + (column ?? indent) > width else { return inline }
        let pad = String(repeating: " ", count: indent + 2)
        let close = String(repeating: " ", count: indent)
        switch self {
        case .array(let items) where !items.isEmpty:
            return "[\n" + items.map { pad + $0.text(indent: indent + 2, width: width) }.joined(separator: ",\n") + "\n"
                + close + "]"
        case .object(let members) where !members.isEmpty:
            return "{\n"
                + members.map { key, value in
                    let prefix = Self.quote(key) + ": "
                    return pad + prefix
                        + value.text(indent: indent + 2, column: indent + 2 + prefix.count, width: width)
                }.joined(separator: ",\n") + "\n" + close + "}"
        default:
            return inline
        }
    }

    func inlineText() -> String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .double(let value):
            // Shortest text that reads back as the same Double; whole numbers keep ".0".
            return value.isFinite ? "\(value)" : "null"
        case .string(let value): return Self.quote(value)
        case .array(let items): return "[" + items.map { $0.inlineText() }.joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { Self.quote($0.0) + ": " + $0.1.inlineText() }.joined(separator: ", ") + "}"
        }
    }

    /// Escapes quotes, backslashes and every character a terminal could act on
    /// (C0, DEL, C1, bidi controls) as \u escapes, so the output is safe to print
    /// and still reads back as exactly the same text.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if TextSanitizer.isUnsafe(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
