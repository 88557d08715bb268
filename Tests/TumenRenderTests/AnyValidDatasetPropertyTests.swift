import Foundation
import TumenData
import TumenFixtures
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// The property behind every "it broke on a real file" report: any dataset that
/// validation accepts draws in every view, at every size from 40x12 to 300x100, after
/// any keys, and exports in every format, without a crash, a row of the wrong width or a
/// frame that takes long. Datasets come from a seeded generator (the seed is in each
/// failure message, so a failure can be replayed) covering extreme dates, empty and huge
/// strings, text from every script, many places, events and groups.
final class AnyValidDatasetPropertyTests: XCTestCase {
    typealias Generator = SeededGenerator

    /// Pieces of text from many scripts and categories; control characters excluded
    /// (validation refuses them, and HostileTextScreenTests covers the refusal).
    static let pieces = [
        "a", "Tumen", "Tūmen", "e\u{301}", "두만강", "图们江", "مرحبا\u{200F}", "שלום", "می\u{200C}خواهم",
        "नमस्ते", "สวัสดี", "🇰🇷", "👩\u{200D}👩\u{200D}👧", "👍🏽", "1️⃣", "ＡＢＣ", "ｶﾀｶﾅ", "—", "…", "\u{00A0}",
        "Ω", "∑", "𝔸", "\u{E000}", "\u{10FFFD}", " ", "  ", "<b>", "&amp;", "%s", "\\", "\"", "'",
    ]

    static func text(_ g: inout Generator, huge: Bool = false) -> String {
        if huge, Int.random(in: 0..<8, using: &g) == 0 {
            let piece = pieces.filter { !$0.allSatisfy { $0 == " " || $0 == "\u{00A0}" } }.randomElement(using: &g)!
            return String(repeating: piece, count: Int.random(in: 1000...20_000, using: &g))
        }
        var text = (0..<Int.random(in: 1...12, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
        if text.allSatisfy({ $0 == " " || $0 == "\u{00A0}" }) { text += "x" }
        return text
    }

    static func date(_ g: inout Generator) -> EventDate {
        let bound = HistoricDate.yearRange.upperBound
        let years = [
            -bound, bound, 0, -1, 1, 1986, 2018, Int.random(in: -bound...bound, using: &g),
            Int.random(in: -5000...3000, using: &g),
        ]
        let year = years.randomElement(using: &g)!
        let month = Bool.random(using: &g) ? Int.random(in: 1...12, using: &g) : nil
        let day = month.flatMap { m in
            Bool.random(using: &g) ? Int.random(in: 1...HistoricDate.daysIn(month: m, year: year), using: &g) : nil
        }
        let start = HistoricDate(year: year, month: month, day: day)
        let end: HistoricDate? =
            Bool.random(using: &g) && year < bound
            ? HistoricDate(year: Int.random(in: year + 1...min(bound, year &+ 1000), using: &g)) : nil
        return EventDate(
            start: start, end: end, inferred: Bool.random(using: &g),
            note: Bool.random(using: &g) ? text(&g) : nil,
            display: Int.random(in: 0..<6, using: &g) == 0 ? text(&g) : nil)
    }

    static func dataset(seed: UInt64) -> Dataset {
        var g = Generator(seed: seed)
        let categories = (0..<Int.random(in: 1...25, using: &g)).map { Category(id: "c\($0)", name: text(&g)) }
        let sources = (0..<Int.random(in: 0...5, using: &g)).map { Source(id: "s\($0)", title: text(&g)) }
        let places = (0..<Int.random(in: 0...(seed % 5 == 0 ? 2000 : 60), using: &g)).map { i in
            Place(
                id: "p\(i)", name: text(&g), localName: Bool.random(using: &g) ? text(&g) : nil,
                kind: PlaceKind.allCases.randomElement(using: &g)!,
                latitude: Double.random(in: -90...90, using: &g), longitude: Double.random(in: -180...180, using: &g),
                precision: CoordinatePrecision.allCases.randomElement(using: &g)!,
                importance: Int.random(in: 1...3, using: &g))
        }
        let events = (0..<Int.random(in: 0...(seed % 7 == 0 ? 3000 : 120), using: &g)).map { i in
            Event(
                id: "e\(i)", date: date(&g), title: text(&g, huge: true), summary: text(&g, huge: true),
                category: categories.randomElement(using: &g)!.id,
                places: places.isEmpty
                    ? [] : (0..<Int.random(in: 0...3, using: &g)).map { _ in places.randomElement(using: &g)!.id },
                sources: sources.isEmpty
                    ? [] : [SourceReference(source: sources.randomElement(using: &g)!.id, passage: text(&g))],
                links: Bool.random(using: &g) ? [text(&g, huge: true)] : [])
        }
        var routes: [Route] = []
        if places.count >= 2 {
            for r in 0..<Int.random(in: 0...3, using: &g) {
                let stages = (0..<Int.random(in: 1...14, using: &g)).map { s in
                    RouteStage(
                        id: "s\(s)", number: s + 1, place: places.randomElement(using: &g)!.id, title: text(&g),
                        description: text(&g, huge: true), travel: Bool.random(using: &g) ? text(&g) : nil,
                        event: events.isEmpty || Bool.random(using: &g) ? nil : events.randomElement(using: &g)!.id,
                        travelModes: [TravelModeClaim(mode: .unknown)])
                }
                routes.append(
                    Route(
                        id: "r\(r)", name: text(&g), status: RouteStatus.allCases.randomElement(using: &g)!,
                        stages: stages))
            }
        }
        let eras = (0..<Int.random(in: 0...4, using: &g)).map { _ in Era(title: text(&g), date: date(&g)) }
        return Dataset(
            title: text(&g), description: text(&g), contentNote: Bool.random(using: &g) ? text(&g, huge: true) : nil,
            categories: categories, sources: sources, places: places, events: events, routes: routes, eras: eras)
    }

    static let sizes = [
        Size(width: 40, height: 12), Size(width: 61, height: 17), Size(width: 80, height: 24),
        Size(width: 123, height: 41), Size(width: 160, height: 45), Size(width: 300, height: 100),
    ]
    static let keys: [Key] =
        KeyBindings.commands.flatMap(\.keys) + [.character("x"), .character("2"), .enter, .escape, .backspace]

    func testAnyValidDatasetDrawsEveryViewAndExports() throws {
        var frames = 0
        var slowest = 0.0
        for seed in UInt64(1)...8 {
            let dataset = Self.dataset(seed: seed)
            let problems = DatasetValidator.validate(dataset)
            XCTAssertEqual(problems, [], "seed \(seed): the generator made an invalid dataset")
            guard problems.isEmpty else { continue }
            var g = Generator(seed: seed &* 7919)
            for size in Self.sizes {
                var state = ExplorerState(dataset: dataset, size: size, showContentNote: Bool.random(using: &g))
                for step in 0..<20 {
                    let key = Self.keys.randomElement(using: &g)!
                    if case .character("q") = key { continue }
                    if case .control("z") = key { continue }
                    state.press(key)
                    let start = Date()
                    let screen = RootView.render(state, theme: .dark(unicode: step % 2 == 0), context: .forTests)
                    let took = Date().timeIntervalSince(start)
                    slowest = max(slowest, took)
                    frames += 1
                    for (row, line) in screen.lines.enumerated() where DisplayWidth.of(line) != size.width {
                        XCTFail("seed \(seed) at \(size) after \(key): row \(row) is \(DisplayWidth.of(line)) wide")
                        break
                    }
                }
            }
            for format in ExportFormat.allCases {
                XCTAssertFalse(format.render(dataset, basemap: nil).isEmpty, "seed \(seed): \(format)")
            }
            let json = CanonicalJSONWriter.write(dataset)
            let loaded = try DatasetLoader.decode(bytes: Array(json.utf8), path: "seed-\(seed).json")
            XCTAssertEqual(loaded.dataset, dataset, "seed \(seed): canonical JSON reads back the same")
        }
        // Bounded, not benchmarked: a frame that takes seconds is a hang in the making. (The
        // first map frame routes every leg once; a debug build on a busy machine takes up to
        // a second for a dataset of legs across the world. It found 5.7 s before legs were
        // capped at 80,000 cells.)
        XCTAssertLessThan(slowest, 2.0, "the slowest of \(frames) frames")
    }
}
