/// RFC 4180 CSV as spreadsheet programs write it: a UTF-8 byte-order mark, CRLF
/// or LF line ends, quoted fields holding commas, quotes ("") and line breaks.
/// Every field remembers its line and column, so later problems can name them.
public enum CSVParser {
    public struct Field: Sendable, Equatable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    public struct Row: Sendable, Equatable {
        public var fields: [Field]
        /// The line the row starts on (a quoted field may carry it over several).
        public var line: Int { fields.first?.line ?? 0 }
        public var isBlank: Bool { fields.allSatisfy { $0.text.trimmingSpaces.isEmpty } }
    }

    public struct Failure: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// Spreadsheets save CSV with the separator of the user's locale: a comma, or a
    /// semicolon where the comma is the decimal mark; "tab-separated" is a tab.
    public static let separators: [Unicode.Scalar] = [",", ";", "\t"]

    /// The separator of a sheet's header row: the one it has most of, a comma on a tie.
    public static func separator(of bytes: [UInt8]) -> Unicode.Scalar {
        let header = bytes.prefix(while: { $0 != 0x0A && $0 != 0x0D })
        var best: Unicode.Scalar = ","
        var bestCount = 0
        for candidate in separators {
            let count = header.filter { $0 == UInt8(candidate.value) }.count
            if count > bestCount { (best, bestCount) = (candidate, count) }
        }
        return best
    }

    public static func parse(_ bytes: [UInt8], separator: Unicode.Scalar = ",") throws(Failure) -> [Row] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = firstInvalidUTF8(body)
            throw Failure(
                line: 1 + body[..<offset].filter { $0 == 0x0A }.count, column: 1,
                message: "the file is not UTF-8 text (save the sheet as \"CSV UTF-8\")")
        }
        var rows: [Row] = []
        var fields: [Field] = []
        var current = ""
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var inQuotes = false
        var wasQuoted = false
        var afterClosingQuote = false
        var quoteLine = 1
        var quoteColumn = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0

        func endField() {
            fields.append(Field(text: current, line: fieldLine, column: fieldColumn))
            current = ""
            wasQuoted = false
            afterClosingQuote = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        current.unicodeScalars.append("\"")
                        index += 1
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                    column += 1
                    continue
                }
                if scalar == "\r", index < scalars.count, scalars[index] == "\n" { continue }
                if scalar == "\n" || scalar == "\r" {
                    current.unicodeScalars.append("\n")
                    line += 1
                    column = 1
                    continue
                }
                current.unicodeScalars.append(scalar)
                column += 1
                continue
            }
            switch scalar {
            case separator:
                endField()
                column += 1
                fieldLine = line
                fieldColumn = column
            case "\r", "\n":
                if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
                endField()
                rows.append(Row(fields: fields))
                fields = []
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
            case "\"" where current.isEmpty && !wasQuoted:
                inQuotes = true
                wasQuoted = true
                quoteLine = line
                quoteColumn = column
                column += 1
            default:
                if afterClosingQuote {
                    throw Failure(
                        line: line, column: column,
                        message: "text after a closing quote; a quote inside a quoted field is written twice (\"\")")
                }
                if scalar == "\"" {
                    throw Failure(
                        line: line, column: column,
                        message: "a quote inside an unquoted field; quote the whole field and double the quote (\"\")")
                }
                current.unicodeScalars.append(scalar)
                column += 1
            }
        }
        if inQuotes {
            throw Failure(line: quoteLine, column: quoteColumn, message: "quoted field is never closed (a missing \")")
        }
        if !current.isEmpty || !fields.isEmpty || wasQuoted {
            endField()
            rows.append(Row(fields: fields))
        }
        return rows
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var low = bytes.startIndex
        var high = bytes.endIndex
        // Binary search for the longest valid prefix (cheap enough for a sheet).
        while low < high {
            let middle = (low + high + 1) / 2
            if String(validating: bytes[bytes.startIndex..<middle], as: UTF8.self) != nil {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }
}
