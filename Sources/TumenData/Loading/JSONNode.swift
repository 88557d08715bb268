/// A parsed JSON value that remembers where it started in the file, so every
/// problem found later (a wrong type, a dangling reference) can name a line and
/// column. Importers of other JSON formats decode from this tree too.
public struct JSONNode: Sendable {
    // Not `indirect`: arrays already box their elements, and boxing every scalar
    // doubled the memory a hostile file of ten million numbers could claim.
    public enum Value: Sendable {
        case null
        case bool(Bool)
        /// The number's text as written, so integers are not forced through Double.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    public var value: Value
    /// Byte offset of the value's first character in the file.
    public var offset: Int

    public init(_ value: Value, offset: Int) {
        self.value = value
        self.offset = offset
    }

    /// "a string", "an object"… for messages such as "expected a string, found a number".
    public var kindName: String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The member with this key (the first one, if the key is repeated).
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first(where: { $0.key == key })?.value
    }

    /// The deepest node along `path` that exists: the value itself when it is
    /// there, else the object or array that should have held it.
    public func nearestNode(at path: FieldPath) -> JSONNode {
        var node = self
        for component in path.components {
            switch (component, node.value) {
            case (.key(let key), .object):
                guard let child = node[key] else { return node }
                node = child
            case (.index(let index), .array(let items)) where items.indices.contains(index):
                node = items[index]
            default:
                return node
            }
        }
        return node
    }
}

public struct JSONMember: Sendable {
    public var key: String
    public var keyOffset: Int
    public var value: JSONNode

    public init(key: String, keyOffset: Int, value: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}

/// Turns byte offsets into 1-based lines and columns. Columns count characters
/// (Unicode scalars), not bytes, so they match what an editor shows.
public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = [0]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var offset = 0
        while let newline = bytes[offset...].firstIndex(of: 0x0A) {
            lineStarts.append(newline + 1)
            offset = newline + 1
        }
    }

    public func position(of offset: Int) -> (line: Int, column: Int) {
        let offset = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }
}
