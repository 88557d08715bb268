/// The checks a JSON Schema cannot make: unique ids, references that resolve,
/// dates that exist and run forwards, coordinates on the globe, stages in order,
/// no empty text and no control characters. Works on any `Dataset`, so imported
/// data is checked by the same rules.
public enum DatasetValidator {
    /// Fields where paragraphs (newlines) are allowed.
    static let multilineFields: Set<String> = ["summary", "description", "notes", "contentNote"]

    /// Every problem found; values under a path in `skipping` were placeholders
    /// for something already reported by the decoder and are not checked again.
    public static func validate(_ dataset: Dataset, skipping invalid: Set<FieldPath> = []) -> [DatasetIssue] {
        var check = Checker(invalid: invalid)
        check.run(dataset)
        return check.issues
    }

    struct Checker {
        let invalid: Set<FieldPath>
        var issues: [DatasetIssue] = []

        init(invalid: Set<FieldPath>) {
            self.invalid = invalid
        }

        // Paths are passed as autoclosures and built only when something is wrong:
        // a 100,000-event file would otherwise allocate millions of paths to say nothing.
        func isInvalid(_ path: @autoclosure () -> FieldPath) -> Bool {
            !invalid.isEmpty && path().prefixes.contains(where: invalid.contains)
        }

        mutating func report(_ path: @autoclosure () -> FieldPath, _ message: String) {
            let path = path()
            if !isInvalid(path) { issues.append(DatasetIssue(path: path, message: message)) }
        }

        static func quoted(_ text: String) -> String { "\"\(JSONParser.excerpt(text))\"" }

        mutating func text(_ value: String?, _ path: @autoclosure () -> FieldPath) {
            guard let value, !isInvalid(path()) else { return }
            // Most text is printable ASCII that starts with a letter: check that cheaply first.
            if let first = value.utf8.first, first > 0x20, first < 0x7F,
                !value.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F })
            {
                return
            }
            let path = path()
            // Any printable ASCII means it is not blank, without walking its characters.
            if !value.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }), value.allSatisfy(\.isWhitespace) {
                report(path, "empty text")
            }
            let key: String? = if case .key(let k) = path.lastComponent { k } else { nil }
            let allowNewlines = key.map(DatasetValidator.multilineFields.contains) ?? false
            if TextSanitizer.containsControlCharacters(value, allowingNewlines: allowNewlines) {
                let first = value.unicodeScalars.first { TextSanitizer.isUnsafe($0) && !(allowNewlines && $0 == "\n") }!
                let hex = String(first.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                let names: [UInt32: String] = [
                    0x09: "a tab", 0x0A: "a line break", 0x0D: "a carriage return", 0x1B: "ESC",
                ]
                let shown = names[first.value] ?? TextSanitizer.visible(String(first))
                report(path, "text contains the control character \(code) (\(shown))")
            }
        }

        /// Checks the id of element `index` of a collection; `seen` maps ids met so far
        /// to their element's index, and `pathOf` turns an index into the id's path.
        mutating func identifier(
            _ id: String, _ index: Int, pathOf: (Int) -> FieldPath, seen: inout [String: Int], kind: String
        ) {
            guard !isInvalid(pathOf(index)) else { return }
            guard !id.isEmpty else { return report(pathOf(index), "empty id") }
            let allowed = id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
            if !allowed {
                report(pathOf(index), "id \(Self.quoted(id)) may hold only lowercase letters, digits and -")
            }
            if let first = seen[id] {
                report(pathOf(index), "duplicate \(kind) id \(Self.quoted(id)) (first used at \(pathOf(first)))")
            } else {
                seen[id] = index
            }
        }

        mutating func resolve(_ id: String, _ path: @autoclosure () -> FieldPath, in known: [String: Int], kind: String)
        {
            if known[id] == nil { report(path(), "unknown \(kind) \(Self.quoted(id))") }
        }

        mutating func date(_ date: EventDate, _ path: @autoclosure () -> FieldPath) {
            if !DateDiagnosis.isPossible(date.start) { report(path()["start"], "impossible date \(date.start)") }
            for (key, value) in [("start", date.start), ("end", date.end)] {
                if let value, !HistoricDate.yearRange.contains(value.year) {
                    report(
                        path()[key],
                        "year \(value.year) is outside what Tumen can show (20 billion years either side of year 0)")
                }
            }
            if let end = date.end {
                if !DateDiagnosis.isPossible(end) { report(path()["end"], "impossible date \(end)") }
                if end < date.start, !sameDayPrefix(date.start, end), !isInvalid(path()["start"]) {
                    report(path()["end"], "end \(end) is before start \(date.start)")
                }
            }
            text(date.note, path()["note"])
            text(date.display, path()["display"])
        }

        /// "2018" and "2018-10" describe overlapping times; an end less precise than
        /// its start is not "before" it.
        func sameDayPrefix(_ start: HistoricDate, _ end: HistoricDate) -> Bool {
            start.year == end.year && (end.month == nil || (start.month == end.month && end.day == nil))
        }

        mutating func sources(
            _ references: [SourceReference], _ path: @autoclosure () -> FieldPath, known: [String: Int]
        ) {
            for (index, reference) in references.enumerated() {
                sourceReference(reference, path()[index], known: known)
            }
        }

        mutating func sourceReference(
            _ reference: SourceReference, _ path: @autoclosure () -> FieldPath, known: [String: Int]
        ) {
            text(reference.source, path()["source"])
            if !reference.source.isEmpty { resolve(reference.source, path()["source"], in: known, kind: "source") }
            text(reference.passage, path()["passage"])
        }
    }
}
