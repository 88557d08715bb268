import FoundationEssentials
import TumenData

/// Keys from standard input, one line at a time, when there is no terminal to read
/// keys from (a script, a pipe, an editor's terminal that sends lines): the screen-reader
/// mode must be scriptable as well as usable.
///
/// A line is keys in the notation of `tumen render --keys` (`jjj`, `<PageDown>`, `]]`);
/// an empty line is Enter. Search text is typed as a person types it: after a `/` the
/// rest of the line is the search, spaces and all, and the line's end runs it; while the
/// search prompt is open, a whole line is the search text.
public enum ScreenReaderInput {
    public static func keys(line: String, searchPromptOpen: Bool) throws(KeyNotationError) -> [Key] {
        let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
        if searchPromptOpen { return literal(line) + [.enter] }
        if line.trimmingSpaces().isEmpty { return [.enter] }
        guard let slash = searchSlash(in: line) else { return try notation(line) }
        let rest = String(line[line.index(after: slash)...])
        return try notation(String(line[..<slash])) + [.character("/")] + literal(rest) + (rest.isEmpty ? [] : [.enter])
    }

    /// The first `/` outside `<…>` and before a `#` comment.
    static func searchSlash(in line: String) -> String.Index? {
        var inName = false
        for index in line.indices {
            switch line[index] {
            case "<": inName = true
            case ">": inName = false
            case "#" where !inName: return nil
            case "/" where !inName: return index
            default: break
            }
        }
        return nil
    }

    static func notation(_ text: String) throws(KeyNotationError) -> [Key] {
        try KeyNotation.parse(text, source: "input").compactMap { step in
            if case .key(let key) = step { return key }
            return nil
        }
    }

    /// Characters as typed; control characters are not text and are left out.
    static func literal(_ text: String) -> [Key] {
        text.filter { !$0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }.map { .character($0) }
    }
}
