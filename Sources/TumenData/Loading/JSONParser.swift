/// A JSON syntax error: what is wrong, and the byte offset where it was noticed.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }
}

/// A small strict JSON parser (RFC 8259) that keeps positions.
///
/// Hand-written rather than Foundation's because every error must say where it is
/// (line and column, not "data corrupted"), hostile input must never crash it
/// (nesting is bounded, so no stack overflow), and each value must remember its
/// offset for the problems found after parsing. A UTF-8 byte-order mark is skipped.
public struct JSONParser {
    public static let maximumDepth = 64
    /// The values a tree may hold: beyond it a file is refused before its tree can take
    /// hundreds of megabytes. A Tumen file's events are handed over and let go as they are
    /// parsed, so they do not count; other formats' slides do (about 200,000 slides).
    public static let maximumValues = 3_000_000

    // A raw view of the bytes, valid only inside `parse`: reading it skips the
    // bounds checks an array makes on every byte (a fifth of parsing 18 MB).
    // Safe because every read is behind an `index < bytes.count` test.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    private var values = 0
    private let handOver: HandOver?
    private var handedOver = false

    /// Asks, when the root object's array member `key` begins, whether its elements
    /// should be handed over one by one as they are parsed instead of kept in the
    /// tree. `take` sees the root's members parsed so far (to tell the format) and
    /// returns the receiver, or nil to keep the array in the tree as usual.
    ///
    /// A dataset's events are decoded this way: 100,000 of them as a tree took over
    /// a hundred megabytes that were built, read once, and freed.
    public struct HandOver {
        public var key: String
        public var take: ([JSONMember]) -> ((JSONNode) -> Void)?

        public init(key: String, take: @escaping ([JSONMember]) -> ((JSONNode) -> Void)?) {
            self.key = key
            self.take = take
        }
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>, handOver: HandOver?) {
        self.bytes = bytes
        self.handOver = handOver
    }

    /// The whole tree; with `handOver`, the member it takes holds an empty array in the
    /// tree (only its first occurrence is handed over).
    public static func parse(_ bytes: [UInt8], handOver: HandOver? = nil) throws(JSONSyntaxError) -> JSONNode {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw JSONSyntaxError(
                "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", at: 0)
        }
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw JSONSyntaxError(
                "invalid UTF-8: byte 0x\(hex(bytes[bad])) at byte offset \(bad) (save the file as UTF-8)", at: bad)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw JSONSyntaxError("NUL byte at byte offset \(nul): this is binary data, not JSON text", at: nul)
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) -> JSONNode in
            var parser = JSONParser(buffer, handOver: handOver)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
            parser.skipWhitespace()
            guard parser.index < buffer.count else {
                throw JSONSyntaxError(
                    buffer.isEmpty ? "the file is empty" : "the file holds only blank space, no JSON value",
                    at: parser.index)
            }
            let root = try parser.parseValue()
            parser.skipWhitespace()
            if parser.index < buffer.count {
                throw JSONSyntaxError(
                    "unexpected \(parser.describeCurrent()) after the end of the JSON value", at: parser.index)
            }
            return root
        }
    }

    // MARK: - Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw endOfFile("a value") }
        values += 1
        if values > Self.maximumValues {
            throw JSONSyntaxError(
                "the file holds more than \(Self.maximumValues) JSON values, too many for a dataset", at: index)
        }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return try parseLiteral()
        default: throw JSONSyntaxError("unexpected \(describeCurrent()) (expected a value)", at: index)
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw JSONSyntaxError("nesting deeper than \(Self.maximumDepth) levels", at: index)
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        try enter()
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return JSONNode(.object(members), offset: start)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw endOfFile("a member name in an object") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") {
                    throw JSONSyntaxError("trailing comma before '}'", at: index)
                }
                throw JSONSyntaxError("expected a member name in double quotes, found \(describeCurrent())", at: index)
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count else { throw endOfFile("':' after member name") }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw JSONSyntaxError(
                    "expected ':' after member name \"\(Self.excerpt(key))\", found \(describeCurrent())", at: index)
            }
            index += 1
            skipWhitespace()
            let value: JSONNode
            if depth == 1, !handedOver, let handOver, key == handOver.key, index < bytes.count,
                bytes[index] == UInt8(ascii: "["),
                let receiver = handOver.take(members)
            {
                handedOver = true
                value = try parseArray(handingOverTo: receiver)
            } else {
                value = try parseValue()
            }
            members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw endOfFile("',' or '}' in an object opened at byte offset \(start)") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return JSONNode(.object(members), offset: start)
            default:
                throw JSONSyntaxError(
                    "expected ',' or '}' after an object member, found \(describeCurrent())", at: index)
            }
        }
    }

    /// With a receiver, each element goes to it as soon as it is parsed and the
    /// array in the tree stays empty.
    private mutating func parseArray(handingOverTo receiver: ((JSONNode) -> Void)? = nil) throws(JSONSyntaxError)
        -> JSONNode
    {
        let start = index
        if receiver != nil {
            // Counted here, as `parseValue` counts the arrays it parses.
            values += 1
        }
        try enter()
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return JSONNode(.array(items), offset: start)
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw JSONSyntaxError("trailing comma before ']'", at: index)
            }
            let counted = values
            let item = try parseValue()
            if let receiver {
                receiver(item)
                // A handed-over element is decoded and let go: its values never stay in the
                // tree, so they do not count towards the tree's bound (a million events
                // would pass it many times over).
                values = counted
            } else {
                items.append(item)
            }
            skipWhitespace()
            guard index < bytes.count else { throw endOfFile("',' or ']' in an array opened at byte offset \(start)") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return JSONNode(.array(items), offset: start)
            default:
                throw JSONSyntaxError(
                    "expected ',' or ']' after an array element, found \(describeCurrent())", at: index)
            }
        }
    }

    private mutating func parseLiteral() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        while index < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) { index += 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        switch word {
        case "true": return JSONNode(.bool(true), offset: start)
        case "false": return JSONNode(.bool(false), offset: start)
        case "null": return JSONNode(.null, offset: start)
        default:
            throw JSONSyntaxError(
                "unexpected word '\(Self.excerpt(word))' (expected a value; text must be in double quotes)", at: start)
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let leadingZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
        let integerDigits = digits()
        var valid = integerDigits > 0 && !(leadingZero && integerDigits > 1)
        if valid, index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            valid = digits() > 0
        }
        if valid, index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            valid = digits() > 0
        }
        // Swallow the rest of a malformed token so the message shows all of it.
        let tokenEnd = bytes[index...].firstIndex(where: { Self.isDelimiter($0) }) ?? bytes.count
        if !valid || tokenEnd != index {
            index = tokenEnd
            let text = String(decoding: bytes[start..<tokenEnd], as: UTF8.self)
            throw JSONSyntaxError("invalid number '\(Self.excerpt(text))'", at: start)
        }
        return JSONNode(.number(String(decoding: bytes[start..<index], as: UTF8.self)), offset: start)
    }

    // MARK: - Strings

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        var runStart = index
        var result: [UInt8] = []
        var escaped = false
        while true {
            guard index < bytes.count else {
                throw JSONSyntaxError("unexpected end of file inside a string that starts here", at: start)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                break
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
                result.append(contentsOf: bytes[runStart..<index])
                try parseEscape(into: &result)
                runStart = index
            } else if byte < 0x20 {
                let hint =
                    byte == 0x0A ? " (a string cannot span lines: write \\n)" : byte == 0x09 ? " (write \\t)" : ""
                throw JSONSyntaxError("control character U+00\(Self.hex(byte)) inside a string\(hint)", at: index)
            } else {
                index += 1
            }
        }
        let text: String
        if escaped {
            result.append(contentsOf: bytes[runStart..<index])
            text = String(decoding: result, as: UTF8.self)
        } else {
            text = String(decoding: bytes[runStart..<index], as: UTF8.self)
        }
        index += 1
        return text
    }

    private mutating func parseEscape(into result: inout [UInt8]) throws(JSONSyntaxError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else {
            throw JSONSyntaxError("unexpected end of file inside a string escape", at: escapeStart)
        }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "\""): result.append(0x22)
        case UInt8(ascii: "\\"): result.append(0x5C)
        case UInt8(ascii: "/"): result.append(0x2F)
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "f"): result.append(0x0C)
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4(escapeStart)
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else {
                    throw JSONSyntaxError(
                        "\\u escape is half of a surrogate pair without its other half", at: escapeStart)
                }
                index += 2
                let low = try parseHex4(escapeStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw JSONSyntaxError(
                        "\\u escape is half of a surrogate pair without its other half", at: escapeStart)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw JSONSyntaxError("\\u escape is half of a surrogate pair without its other half", at: escapeStart)
            }
            result.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
        default:
            let shown = code < 0x80 ? TextSanitizer.visible(String(UnicodeScalar(code))) : "\\x" + Self.hex(code)
            throw JSONSyntaxError("invalid escape '\\\(shown)' in a string", at: escapeStart)
        }
    }

    private mutating func parseHex4(_ escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else {
            throw JSONSyntaxError("unexpected end of file inside a \\u escape", at: escapeStart)
        }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONSyntaxError("\\u must be followed by four hexadecimal digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    // MARK: - Helpers

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func endOfFile(_ expected: String) -> JSONSyntaxError {
        JSONSyntaxError("unexpected end of file (expected \(expected)); the file may be truncated", at: bytes.count)
    }

    /// The character at the current position, quoted and made safe to print.
    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[index..<end], as: UTF8.self)
        return "character '\(TextSanitizer.visible(character))'"
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ":"):
            return true
        default: return false
        }
    }

    static func excerpt(_ text: String, limit: Int = 40) -> String {
        let visible = TextSanitizer.visible(text)
        return visible.count <= limit ? visible : String(visible.prefix(limit)) + "…"
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}

/// Finds the first byte that is not part of well-formed UTF-8 (no overlong forms,
/// no surrogates, nothing above U+10FFFF), so the error can name its offset.
enum UTF8Validation {
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            var length = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: return index
            }
            guard index + length <= count, (low...high).contains(bytes[index + 1]) else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return index + offset }
            index += length
        }
        return nil
    }
}
