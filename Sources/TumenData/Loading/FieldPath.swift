/// Where in a dataset a value lives, written the way a reader would look for it:
/// `events[12].date.start`. Problems carry one so a user can find the value even
/// when the line and column point at the enclosing object (a missing field).
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// A path is a chain of links to its parent: extending one (done for every
    /// value decoded) is one small allocation, not a copy of the whole path.
    final class Link: Sendable {
        let parent: Link?
        let component: Component
        let depth: Int

        init(parent: Link?, component: Component) {
            self.parent = parent
            self.component = component
            self.depth = (parent?.depth ?? 0) + 1
        }
    }

    let last: Link?

    init(last: Link?) {
        self.last = last
    }

    public init(_ components: [Component] = []) {
        var link: Link?
        for component in components { link = Link(parent: link, component: component) }
        last = link
    }

    public static let root = FieldPath()

    public var components: [Component] {
        var result: [Component] = []
        var link = last
        while let current = link {
            result.append(current.component)
            link = current.parent
        }
        return result.reversed()
    }

    public var lastComponent: Component? { last?.component }

    public subscript(key: String) -> FieldPath {
        FieldPath(last: Link(parent: last, component: .key(key)))
    }

    public subscript(index: Int) -> FieldPath {
        FieldPath(last: Link(parent: last, component: .index(index)))
    }

    /// The path itself and every path that contains it, longest first.
    public var prefixes: [FieldPath] {
        var result = [self]
        var link = last
        while let current = link {
            result.append(FieldPath(last: current.parent))
            link = current.parent
        }
        return result
    }

    public func hasPrefix(_ other: FieldPath) -> Bool {
        var link = last
        let depth = other.last?.depth ?? 0
        while let current = link, current.depth > depth { link = current.parent }
        return FieldPath(last: link) == other
    }

    public static func == (lhs: FieldPath, rhs: FieldPath) -> Bool {
        var left = lhs.last
        var right = rhs.last
        while true {
            switch (left, right) {
            case (nil, nil): return true
            case let (l?, r?):
                if l === r { return true }
                guard l.depth == r.depth, l.component == r.component else { return false }
                left = l.parent
                right = r.parent
            default: return false
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        var link = last
        while let current = link {
            hasher.combine(current.component)
            link = current.parent
        }
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
