import Glibc

// What Tumen used Foundation (and through it CoreFoundation and ICU's 30 MB of data) for,
// written with the standard library and the C library: the explorer's binary links only
// FoundationEssentials (docs/PERFORMANCE.md, "Start-up next to less").

/// printf-style formatting of numbers, by the C library's `vsnprintf`: the same digits
/// `String(format:)` gave, since Foundation handed `%f` to the C library too.
package enum CFormat {
    package static func string(_ format: String, _ arguments: CVarArg...) -> String {
        var capacity = 64
        while true {
            var buffer = [CChar](repeating: 0, count: capacity)
            let needed = withVaList(arguments) { vsnprintf(&buffer, capacity, format, $0) }
            guard needed >= 0 else { return "" }
            if Int(needed) < capacity {
                return String(decoding: buffer.prefix(Int(needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity = Int(needed) + 1
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (Unicode's space separators and U+0009,
    /// as Foundation's `CharacterSet.whitespaces`).
    package func trimmingSpaces() -> String {
        trimming { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// Without leading and trailing spaces, tabs and line breaks (Foundation's
    /// `CharacterSet.whitespacesAndNewlines`).
    package func trimmingSpacesAndNewlines() -> String {
        trimming { scalar in
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
                || (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028
                || scalar.value == 0x2029
        }
    }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Every occurrence of `target` replaced, matched scalar by scalar as Foundation's
    /// literal search matched (a "\n" inside "\r\n" counts, unlike a search by characters).
    package func replacingEvery(_ target: String, with replacement: String, ignoringCase: Bool = false) -> String {
        let needle = Array(target.unicodeScalars)
        guard !needle.isEmpty else { return String(self) }
        // Most texts hold no occurrence (an export escapes every field): return them as they are.
        if !ignoringCase, !unicodeScalars.contains(needle[0]) { return String(self) }
        let source = Array(unicodeScalars)
        let folded = ignoringCase ? source.map(Self.lowered) : source
        let foldedNeedle = ignoringCase ? needle.map(Self.lowered) : needle
        var result = String.UnicodeScalarView()
        var index = 0
        while index < source.count {
            if index + needle.count <= source.count,
                folded[index..<(index + needle.count)].elementsEqual(foldedNeedle)
            {
                result.append(contentsOf: replacement.unicodeScalars)
                index += needle.count
            } else {
                result.append(source[index])
                index += 1
            }
        }
        return String(result)
    }

    private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }
}
