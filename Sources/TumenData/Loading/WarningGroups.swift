/// Warnings of one kind about many members of a list ("unknown field \"classname\""
/// on every event) become one line that counts them, placed at the first:
/// `file.json:17:4: warning: 35 events: unknown field "classname" ignored (first: events[0].classname)`.
/// Thirty-five lines saying the same thing hide the one line that differs.
enum WarningGroups {
    static func grouped(_ warnings: [DatasetIssue]) -> [DatasetIssue] {
        var order: [String] = []
        var groups: [String: [DatasetIssue]] = [:]
        for warning in warnings {
            let key = warning.message + "\u{0}" + shape(of: warning.path)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(warning)
        }
        return order.map { key in
            let members = groups[key]!
            guard members.count > 1, let noun = listName(of: members[0].path) else { return members[0] }
            // Placed at the first (its offset), with the first's path in the message: the
            // issue's own path is the root, so no single member is named as if it were the only one.
            let first = members[0]
            guard first.offset != nil else {
                return DatasetIssue(path: first.path, message: "\(members.count) \(noun): \(first.message)")
            }
            return DatasetIssue(
                path: .root, message: "\(members.count) \(noun): \(first.message) (first: \(first.path))",
                offset: first.offset)
        }
    }

    /// The path with every index blanked: "events[].classname".
    static func shape(of path: FieldPath) -> String {
        path.components.map { component -> String in
            switch component {
            case .key(let key): return "." + key
            case .index: return "[]"
            }
        }.joined()
    }

    /// What the members are called: the name of the innermost list in the path.
    static func listName(of path: FieldPath) -> String? {
        var name: String?
        var previous: FieldPath.Component?
        for component in path.components {
            if case .index = component, case .key(let key)? = previous { name = key }
            previous = component
        }
        let plurals = ["date": "dates", "era": "eras"]
        return name.map { plurals[$0] ?? $0 }
    }
}
