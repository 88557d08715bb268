/// Where in a dataset a value lives, written the way a reader would look for it:
/// `events[12].date.start`. Problems carry one so a user can find the value even
/// when the line and column point at the enclosing object (a missing field).
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = FieldPath()

    public subscript(key: String) -> FieldPath {
        FieldPath(components + [.key(key)])
    }

    public subscript(index: Int) -> FieldPath {
        FieldPath(components + [.index(index)])
    }

    /// The path itself and every path that contains it, longest first.
    public var prefixes: [FieldPath] {
        (0...components.count).reversed().map { FieldPath(Array(components.prefix($0))) }
    }

    public func hasPrefix(_ other: FieldPath) -> Bool {
        components.count >= other.components.count
            && Array(components.prefix(other.components.count)) == other.components
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}

/// One thing wrong with a dataset, before it is tied to a file: what and where.
/// `offset` (a byte offset into the file) is set when the decoder knows exactly
/// which bytes are at fault; otherwise the path is looked up in the JSON tree.
public struct DatasetIssue: Sendable, Equatable, CustomStringConvertible {
    public var path: FieldPath
    public var message: String
    public var offset: Int?

    public init(path: FieldPath, message: String, offset: Int? = nil) {
        self.path = path
        self.message = message
        self.offset = offset
    }

    public var description: String {
        path.components.isEmpty ? message : "\(message) (\(path))"
    }
}
