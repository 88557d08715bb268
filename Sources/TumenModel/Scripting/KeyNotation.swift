import TumenData

/// Reads key scripts written in the key notation (see `KeyNames`):
///
///     # open the third event, then search
///     jj <Enter>
///     /tumen<Enter> n
///     <Resize 120x40>
///
/// Plain characters are keys; names go in angle brackets; unbracketed spaces, tabs
/// and line breaks only separate keys; `#` starts a comment that runs to the end of
/// the line. The same rules hold for `--keys` on the command line and for key files.
public enum KeyNotation {
    /// The steps a script stands for, or the first mistake in it. `source` names the
    /// script in error messages: a file name, or `--keys`.
    public static func parse(_ text: String, source: String) throws(KeyNotationError) -> [ScriptStep] {
        var steps: [ScriptStep] = []
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            try parse(line: Array(line), number: lineNumber, source: source, into: &steps)
        }
        return steps
    }

    /// A whole script as one line of notation: the inverse of `parse` for scripts
    /// without comments.
    public static func notation(for steps: [ScriptStep]) -> String {
        steps.map(\.notation).joined()
    }

    private static func parse(
        line: [Character], number: Int, source: String,
        into steps: inout [ScriptStep]
    ) throws(KeyNotationError) {
        var index = 0
        while index < line.count {
            let character = line[index]
            if character == "#" { return }
            if character == " " || character == "\t" || character == "\r" {
                index += 1
                continue
            }
            guard character == "<" else {
                steps.append(.key(.character(character)))
                index += 1
                continue
            }
            let column = index + 1
            guard let close = line[(index + 1)...].firstIndex(where: { $0 == ">" || $0 == "<" }),
                line[close] == ">"
            else {
                throw KeyNotationError(
                    source: source, line: number, column: column,
                    message: "unclosed < (write <lt> for a literal <)")
            }
            let name = String(line[(index + 1)..<close])
            steps.append(try step(named: name, source: source, line: number, column: column))
            index = close + 1
        }
    }

    private static func step(named name: String, source: String, line: Int, column: Int) throws(KeyNotationError)
        -> ScriptStep
    {
        if let key = KeyNames.key(named: name) { return .key(key) }
        let words = name.split(separator: " ", omittingEmptySubsequences: true)
        if words.first?.lowercased() == "resize" {
            guard words.count == 2, let size = Size(parsing: String(words[1])) else {
                throw KeyNotationError(
                    source: source, line: line, column: column,
                    message: "bad size in <\(name)> (write <Resize WIDTHxHEIGHT>, each 1 to 1000)")
            }
            return .resize(size)
        }
        throw KeyNotationError(source: source, line: line, column: column, message: "unknown key name <\(name)>")
    }
}

/// A mistake in a key script, said the way compilers say it: `walk.keys:3:7: unknown key name <Entr>`.
public struct KeyNotationError: Error, Equatable, CustomStringConvertible {
    public var source: String
    /// 1-based line and column (in characters) of the `<` that starts the bad key.
    public var line: Int
    public var column: Int
    public var message: String

    public init(source: String, line: Int, column: Int, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        TextSanitizer.visible("\(source):\(line):\(column): \(message)")
    }
}
