/// Reads typed fields out of a JSON tree, collecting every problem instead of
/// stopping at the first. A missing or mistyped required field yields a
/// placeholder and marks its path invalid, so decoding carries on and the
/// semantic checks skip values that were never really there.
///
/// Importers of other JSON formats can use it too.
public final class JSONFieldReader {
    public private(set) var issues: [DatasetIssue] = []
    public private(set) var warnings: [DatasetIssue] = []
    /// Paths whose value is a placeholder; see `DatasetValidator`.
    public private(set) var invalidPaths: Set<FieldPath> = []

    public init() {}

    /// An object's members by key, with its path; checks duplicates and unknown keys.
    public struct Fields {
        public let node: JSONNode
        public let path: FieldPath
        /// Members in file order, the first of any repeated key only. Objects in a
        /// dataset hold a dozen members at most, so a scan beats hashing.
        let members: [JSONMember]

        public subscript(key: String) -> JSONNode? {
            // Comparing lengths first skips most of the string comparisons, which are
            // calls into the standard library even for short keys.
            let length = key.utf8.count
            return members.first(where: { $0.key.utf8.count == length && $0.key == key })?.value
        }
    }

    /// After this many problems the reader stops recording and decoders stop
    /// decoding: a hostile file of millions of empty objects must not turn into
    /// millions of messages and placeholders.
    public static let maximumIssues = 1000

    /// True once `maximumIssues` problems are recorded; `TumenFormatDecoder.each` stops then.
    public var isFull: Bool { issues.count >= Self.maximumIssues }

    public func problem(_ path: FieldPath, _ message: String, at offset: Int? = nil) {
        guard !isFull else { return }
        issues.append(DatasetIssue(path: path, message: message, offset: offset))
        invalidPaths.insert(path)
    }

    public func warning(_ path: FieldPath, _ message: String, at offset: Int? = nil) {
        guard warnings.count < Self.maximumIssues else { return }
        warnings.append(DatasetIssue(path: path, message: message, offset: offset))
    }

    public func markInvalid(_ path: FieldPath) {
        invalidPaths.insert(path)
    }

    /// The node as an object, or nil (with a problem) when it is something else.
    /// Keys outside `known` are reported as warnings and ignored.
    public func fields(_ node: JSONNode, _ path: FieldPath, known: Set<String>) -> Fields? {
        guard case .object(let list) = node.value else {
            problem(path, "expected an object, found \(node.kindName)")
            return nil
        }
        // The common case, checked without copying the members or building a set of
        // seen keys: a small object whose keys are all different and all known.
        if list.count <= 16, Self.allDistinct(list), list.allSatisfy({ known.contains($0.key) }) {
            return Fields(node: node, path: path, members: list)
        }
        var members: [JSONMember] = []
        members.reserveCapacity(list.count)
        // Hostile files may hold huge objects: only those pay for a set of seen keys.
        var seen: Set<String>? = list.count > 16 ? [] : nil
        for member in list {
            let repeated = seen.map { $0.contains(member.key) } ?? members.contains(where: { $0.key == member.key })
            if repeated {
                problem(
                    path[member.key], "duplicate member \"\(JSONParser.excerpt(member.key))\" in the same object",
                    at: member.keyOffset)
                continue
            }
            members.append(member)
            seen?.insert(member.key)
            if !known.contains(member.key) {
                warning(
                    path[member.key], "unknown field \"\(JSONParser.excerpt(member.key))\" ignored",
                    at: member.keyOffset)
            }
        }
        return Fields(node: node, path: path, members: members)
    }

    static func allDistinct(_ members: [JSONMember]) -> Bool {
        for second in members.indices.dropFirst() {
            for first in 0..<second where members[first].key == members[second].key { return false }
        }
        return true
    }

    private func missing(_ fields: Fields, _ key: String) {
        problem(fields.path[key], "missing required field \"\(key)\"", at: fields.node.offset)
    }

    private func wrongType(_ node: JSONNode, _ path: FieldPath, expected: String) {
        problem(path, "expected \(expected), found \(node.kindName)\(Self.shown(node))", at: node.offset)
    }

    /// A short quotation of a scalar value, for messages: ` (12)`, ` ("yes")`.
    static func shown(_ node: JSONNode) -> String {
        switch node.value {
        case .number(let text): return " (\(JSONParser.excerpt(text)))"
        case .string(let text): return " (\"\(JSONParser.excerpt(text))\")"
        case .bool(let value): return " (\(value))"
        default: return ""
        }
    }

    public func string(_ fields: Fields, _ key: String) -> String {
        optionalString(fields, key, required: true) ?? ""
    }

    public func optionalString(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let node = fields[key], !(node.isNull && !required) else {
            if required { missing(fields, key) }
            return nil
        }
        guard case .string(let text) = node.value else {
            wrongType(node, fields.path[key], expected: "a string")
            return required ? "" : nil
        }
        return text
    }

    public func integer(_ fields: Fields, _ key: String) -> Int {
        optionalInteger(fields, key, required: true) ?? 0
    }

    public func optionalInteger(_ fields: Fields, _ key: String, required: Bool = false) -> Int? {
        guard let node = fields[key], !(node.isNull && !required) else {
            if required { missing(fields, key) }
            return nil
        }
        guard case .number(let text) = node.value else {
            wrongType(node, fields.path[key], expected: "an integer")
            return nil
        }
        guard let value = Int(text) else {
            problem(fields.path[key], "expected an integer, found \(JSONParser.excerpt(text))", at: node.offset)
            return nil
        }
        return value
    }

    public func number(_ fields: Fields, _ key: String) -> Double {
        guard let node = fields[key] else {
            missing(fields, key)
            return 0
        }
        guard case .number(let text) = node.value else {
            wrongType(node, fields.path[key], expected: "a number")
            return 0
        }
        guard let value = Double(text), value.isFinite else {
            problem(fields.path[key], "number \(JSONParser.excerpt(text)) is out of range", at: node.offset)
            return 0
        }
        return value
    }

    public func optionalBool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields[key], !node.isNull else { return nil }
        guard case .bool(let value) = node.value else {
            wrongType(node, fields.path[key], expected: "true or false")
            return nil
        }
        return value
    }

    /// The elements of an array field; a missing optional array is empty.
    public func array(_ fields: Fields, _ key: String, required: Bool = false) -> [JSONNode] {
        guard let node = fields[key], !(node.isNull && !required) else {
            if required { missing(fields, key) }
            return []
        }
        guard case .array(let items) = node.value else {
            wrongType(node, fields.path[key], expected: "an array")
            return []
        }
        return items
    }

    /// An array of strings (ids, links); elements of other types are reported and skipped.
    public func strings(_ fields: Fields, _ key: String) -> [String] {
        var result: [String] = []
        for (index, node) in array(fields, key).enumerated() {
            guard case .string(let text) = node.value else {
                wrongType(node, fields.path[key][index], expected: "a string")
                continue
            }
            result.append(text)
        }
        return result
    }

    /// A string that must be one of an enum's raw values.
    public func choice<T: RawRepresentable & CaseIterable>(
        _ fields: Fields, _ key: String, as type: T.Type, default fallback: T?
    ) -> T?
    where T.RawValue == String {
        let required = fallback == nil
        guard let text = optionalString(fields, key, required: required) else { return fallback }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue).joined(separator: ", ")
        if !(invalidPaths.contains(fields.path[key])) {
            problem(
                fields.path[key], "\"\(JSONParser.excerpt(text))\" is not one of: \(names)", at: fields[key]?.offset)
        }
        return fallback
    }
}

extension JSONNode {
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}
