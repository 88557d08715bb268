import TumenData
import TumenFixtures
import TumenModel

/// A crowded, fictional timeline for rule tests: thousands of events in bursts (many in
/// the same month, so counts run to three digits), scattered events, short and long
/// periods, nine categories (more than any theme has colours, two with the same first
/// letters) and many eras, some too short for their titles. Seeded, so it never changes.
enum DenseTimelineDataset {
    static let dataset: Dataset = make(events: 4000, seed: 14)

    static func make(events count: Int, seed: UInt64) -> Dataset {
        var random = SplitMix64(seed: seed)
        let names = [
            "Policy", "Police", "Border", "Route", "Trafficking", "Rescue", "Statistic", "International", "Press",
        ]
        let categories = names.map { Category(id: $0.lowercased(), name: $0) }
        let bursts = (0..<40).map { _ in (year: 1950 + Int(random.next() % 75), month: 1 + Int(random.next() % 12)) }
        var events: [Event] = []
        for n in 0..<count {
            var year = 1950 + Int(random.next() % 75)
            var month = 1 + Int(random.next() % 12)
            if random.next() % 10 < 6 {
                // Most events crowd a few months, as news does.
                let burst = bursts[Int(random.next() % UInt64(bursts.count))]
                let offset = Int(random.next() % 7) - 3
                year = burst.year + (burst.month - 1 + offset + 12) / 12 - 1
                month = (burst.month - 1 + offset + 12) % 12 + 1
            }
            var end: HistoricDate?
            switch random.next() % 20 {
            case 0: end = HistoricDate(year: year + 1 + Int(random.next() % 15), month: month)
            case 1: end = HistoricDate(year: year, month: min(12, month + 1))
            default: break
            }
            events.append(
                Event(
                    id: "e\(n)", date: EventDate(start: HistoricDate(year: year, month: month), end: end),
                    title: "Event \(n)", summary: "Generated.",
                    category: categories[Int(random.next() % UInt64(categories.count))].id))
        }
        let eras = (0..<12).map { n -> Era in
            let year = 1950 + n * 6 + Int(random.next() % 3)
            let length = [0, 1, 2, 5, 9][Int(random.next() % 5)]
            return Era(
                title: ["Thaw", "The long winter", "Reform years", "Drought", "Boom"][n % 5],
                date: EventDate(start: HistoricDate(year: year), end: HistoricDate(year: year + length)))
        }
        return Dataset(title: "Dense", categories: categories, events: events, eras: eras)
    }
}

/// The shared seeded generator, started as this file's datasets always were (the seed
/// advanced once), so the dense datasets stay the same.
struct SplitMix64 {
    private var generator: SeededGenerator
    init(seed: UInt64) { generator = SeededGenerator(seed: seed &+ 0x9E37_79B9_7F4A_7C15) }
    mutating func next() -> UInt64 { generator.next() }
}
