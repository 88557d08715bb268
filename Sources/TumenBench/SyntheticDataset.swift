import Foundation
import TumenData
import TumenModel

/// Datasets of a chosen size for the benchmarks: the bundled dataset (so its places,
/// routes, lessons and sources stay valid) with generated events added until there are
/// `events` in all. Deterministic, so every run measures the same bytes. The events are
/// short (100,000 of them come to about 19 MB; the file limit is 256 MB).
enum SyntheticDataset {
    static func write(events count: Int, basedOn bundled: String, to path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: bundled))
        guard var root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            var events = root["events"] as? [[String: Any]]
        else {
            throw BenchError("\(bundled) is not a Tumen dataset")
        }
        let categories = (root["categories"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        let places = (root["places"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        let sources = (root["sources"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        var generator = SplitMix(seed: UInt64(count))
        while events.count < count {
            let n = events.count
            let year = 1950 + Int(generator.next() % 74)
            let month = 1 + Int(generator.next() % 12)
            events.append([
                "id": "g\(n)",
                "date": ["start": String(format: "%04d-%02d", year, month)],
                "title": "Event \(n)",
                "summary": "Generated.",
                "category": categories[Int(generator.next() % UInt64(categories.count))],
                "places": [places[Int(generator.next() % UInt64(places.count))]],
                "sources": [["source": sources[Int(generator.next() % UInt64(sources.count))], "passage": "p"]],
            ])
        }
        root["events"] = events
        let bytes = try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
        try bytes.write(to: URL(fileURLWithPath: path))
    }
}

/// A small, fast, seeded random number generator (SplitMix64), so runs repeat exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
