import Foundation
import TumenFiles
import XCTest

@testable import TumenData
@testable import TumenModel

/// `tumen export --format timelinejs|storymap`: the files follow the rules TimelineJS's and
/// StoryMapJS's own code applies, and a file read, written and read again is the same dataset.
final class ExportKnightLabTests: XCTestCase {
    static var corpus: [URL] {
        ((try? ImportCorpusReaderTests.files("")) ?? []).filter { $0.lastPathComponent != "EXPECTED.tsv" }
    }

    static func bundled() throws -> Dataset {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/tumen.json").path
        return try DatasetLoader.load(path: path).dataset
    }

    static func trip(_ dataset: Dataset, storymap: Bool) throws -> Dataset {
        let text = storymap ? StoryMapWriter.write(dataset) : TimelineJSWriter.write(dataset)
        return try DatasetLoader.decode(bytes: Array(text.utf8), path: "out.json").dataset
    }

    func testEveryCorpusFileReadsBackAsTheSameDataset() throws {
        XCTAssertGreaterThanOrEqual(Self.corpus.count, 30)
        for url in Self.corpus {
            let dataset = try DatasetLoader.load(path: url.path).dataset
            let storymap = url.lastPathComponent.hasPrefix("sm-")
            XCTAssertEqual(try Self.trip(dataset, storymap: storymap), dataset, url.lastPathComponent)
        }
    }

    /// The bundled dataset holds what neither format has a field for: one trip puts it in
    /// the text, and from then on the file is stable (a second trip changes nothing).
    func testTheBundledDataKeepsItsEventsAndBecomesStable() throws {
        let original = try Self.bundled()
        for storymap in [false, true] {
            let once = try Self.trip(original, storymap: storymap)
            XCTAssertEqual(try Self.trip(once, storymap: storymap), once, storymap ? "storymap" : "timelinejs")
            XCTAssertEqual(once.events.count, original.events.count)
            XCTAssertEqual(once.title, original.title)
        }
        let timeline = try Self.trip(original, storymap: false)
        XCTAssertEqual(timeline.events.map(\.id), original.events.map(\.id))
        XCTAssertEqual(timeline.events.map(\.title), original.events.map(\.title))
        XCTAssertEqual(timeline.events.map(\.date.start), original.events.map(\.date.start))
        XCTAssertEqual(timeline.events.map(\.date.end), original.events.map(\.date.end))
        // TimelineJS orders its lanes itself (first use along the axis): the same lanes, in its order.
        XCTAssertEqual(Set(timeline.categories.map(\.name)), Set(original.categories.map(\.name)))
        XCTAssertEqual(
            timeline.events.map { e in timeline.categories.first { $0.id == e.category }?.name },
            original.events.map { e in original.categories.first { $0.id == e.category }?.name })
        XCTAssertEqual(timeline.eras, original.eras)
        XCTAssertTrue(
            timeline.description?.contains(original.contentNote ?? "") == true,
            "the content note goes into the title slide")
        // Sources and contested figures are in the text, every claim with its source.
        for (before, after) in zip(original.events, timeline.events) {
            XCTAssertTrue(after.summary.hasPrefix(before.summary), before.id)
            for reference in before.sources {
                XCTAssertTrue(after.summary.contains(reference.passage), "\(before.id): \(reference.passage)")
            }
            for claim in before.contested?.claims ?? [] {
                XCTAssertTrue(after.summary.contains(claim.figure), "\(before.id): \(claim.figure)")
            }
        }
        // Every route's stages become slides in stage order, at their places.
        let story = try Self.trip(original, storymap: true)
        XCTAssertEqual(story.routes.flatMap(\.stages).map(\.title), original.routes.flatMap(\.stages).map(\.title))
        let placeOf = { (dataset: Dataset, stage: RouteStage) in
            dataset.places.first { $0.id == stage.place }.map { [$0.latitude, $0.longitude] }
        }
        XCTAssertEqual(
            story.routes.flatMap(\.stages).map { placeOf(story, $0) },
            original.routes.flatMap(\.stages).map { placeOf(original, $0) })
        XCTAssertEqual(
            story.routes.count, original.routes.count, "each route starts without a line from the one before")
    }

    func testEveryExportFollowsTimelineJSsRules() throws {
        // Every dataset with events can be a timeline, the stories' included.
        var datasets = try Self.corpus.map { try DatasetLoader.load(path: $0.path).dataset }.filter {
            !$0.events.isEmpty
        }
        datasets.append(try Self.bundled())
        for dataset in datasets {
            let problems = TimelineJSRules.problems(TimelineJSWriter.write(dataset))
            XCTAssertEqual(problems, [], dataset.title)
        }
        XCTAssertEqual(
            TimelineJSRules.problems(
                #"{"events": [{"start_date": {"year": "1,815"}}], "eras": [{"start_date": {"year": 1}}]}"#),
            ["events[0].start_date.year \"1,815\" is not a whole number", "eras[0] has no end_date"],
            "the checker itself catches what TimelineJS refuses")
    }

    func testEveryExportFollowsStoryMapJSsRules() throws {
        // Any dataset can be a story: the timelines' media (alt text, links) included.
        var datasets = try Self.corpus.map { try DatasetLoader.load(path: $0.path).dataset }
        datasets.append(try Self.bundled())
        for dataset in datasets {
            XCTAssertEqual(StoryMapRules.problems(StoryMapWriter.write(dataset)), [], dataset.title)
        }
        let media = try DatasetLoader.load(
            path: ImportCorpusReaderTests.folder.appendingPathComponent("tl3-media.json").path
        ).dataset
        XCTAssertTrue(
            StoryMapWriter.write(media).contains("Alt text: A crowd of men in caps"),
            "alt text, which StoryMapJS has no field for, is in the caption")
        XCTAssertEqual(
            StoryMapRules.problems(#"{"storymap": {"slides": [{"location": {"lat": "x", "lon": 1}}]}}"#),
            ["slides[0] comes before the overview slide", "slides[0].location.lat is not a number"])
    }

    /// A slide TimelineJS showed without a headline is written back without one, not with
    /// the date Tumen titles it by.
    func testSlidesWithoutHeadlinesStayWithoutOne() throws {
        let dataset = try DatasetLoader.load(
            path: ImportCorpusReaderTests.folder.appendingPathComponent("tl3-no-headlines.json").path
        ).dataset
        let root = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(TimelineJSWriter.write(dataset).utf8)) as? [String: Any])
        let texts = (root["events"] as? [[String: Any]])?.map { $0["text"] as? [String: Any] }
        XCTAssertEqual(texts?.map { $0?["headline"] as? String }, [nil, nil, nil, "The year of the landing"])
    }

    func testADatasetWithoutEventsIsNoTimeline() {
        XCTAssertNotNil(ExportFormat.timelinejs.refusal(Dataset(title: "Empty")))
        XCTAssertNil(
            ExportFormat.timelinejs.refusal(
                Dataset(
                    title: "One",
                    events: [
                        Event(
                            id: "a", date: EventDate(start: HistoricDate(year: 1)),
                            title: "A", summary: "A", category: "c")
                    ])))
    }

    /// Property: any text with numbered references, written as HTML and read back, is the
    /// same text with the same links; a number beyond the links stays plain text.
    func testTextAndReferencesSurviveHTML() {
        var generator = SystemRandomNumberGenerator()
        let words = ["river", "&", "<b>", "a>b", "“quoted”", "1,815", "[x]", "[0]", "Tumen", "한국", "—", "50%"]
        for _ in 0..<500 {
            let linkCount = Int.random(in: 0...4, using: &generator)
            let links = (0..<linkCount).map { "https://example.org/\($0)?a=1&b=\"2\"" }
            var next = 1
            var paragraphs: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                var lines: [String] = []
                for _ in 0..<Int.random(in: 1...2, using: &generator) {
                    var line: [String] = []
                    for _ in 0..<Int.random(in: 1...6, using: &generator) {
                        line.append(words.randomElement(using: &generator)!)
                        // References appear in the order first used, as the importers number them.
                        if Bool.random(using: &generator), linkCount > 0 {
                            let number =
                                next <= linkCount && Bool.random(using: &generator)
                                ? next : Int.random(in: 1...next, using: &generator)
                            line.append("[\(min(number, linkCount))]")
                            if number == next { next += 1 }
                        }
                    }
                    lines.append(line.joined(separator: " "))
                }
                paragraphs.append(lines.joined(separator: "\n"))
            }
            let text = paragraphs.joined(separator: "\n\n")
            let read = HTMLText(html: ExportHTML.paragraphs(text, links: links))
            XCTAssertEqual(read.text, text)
            let used = (1...max(1, linkCount)).filter { text.contains("[\($0)]") && $0 <= linkCount }.map {
                links[$0 - 1]
            }
            XCTAssertEqual(read.links, used, text)
        }
    }
}

/// The rules TimelineJS 3's own code applies to a JSON file (TimelineConfig, TLDate
/// `_getDateData`, the documented fields), as a checker for Tumen's exports.
enum TimelineJSRules {
    static let top: Set<String> = ["title", "events", "eras", "scale"]
    static let slide: Set<String> = [
        "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id",
    ]
    static let date: Set<String> = [
        "year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format",
    ]
    static let text: Set<String> = ["headline", "text"]
    static let media: Set<String> = ["url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target"]

    static func problems(_ json: String) -> [String] {
        guard let root = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return ["not a JSON object"]
        }
        var problems: [String] = []
        func keys(_ object: [String: Any], _ allowed: Set<String>, _ path: String) {
            for key in object.keys.sorted() where !allowed.contains(key) {
                problems.append("\(path).\(key) is not a TimelineJS field")
            }
        }
        keys(root, top, "")
        guard let events = root["events"] as? [[String: Any]], !events.isEmpty else { return problems + ["no events"] }
        var years: [Int] = []
        func dateObject(_ value: Any?, _ path: String) {
            guard let d = value as? [String: Any] else {
                problems.append("\(path) is missing")
                return
            }
            keys(d, date, path)
            for part in ["year", "month", "day"] {
                guard let raw = d[part] else {
                    if part == "year" { problems.append("\(path).year is missing") }
                    continue
                }
                let text = "\(raw)".trimmingCharacters(in: .whitespaces)
                guard text.range(of: #"^-?\d+$"#, options: .regularExpression) != nil, let number = Int(text) else {
                    problems.append("\(path).\(part) \"\(text)\" is not a whole number")
                    continue
                }
                if part == "year" { years.append(number) }
                if part == "month", !(1...12).contains(number) { problems.append("\(path).month \(number)") }
                if part == "day", !(1...31).contains(number) { problems.append("\(path).day \(number)") }
            }
        }
        func slideObject(_ s: [String: Any], _ path: String, needsDate: Bool) {
            keys(s, slide, path)
            if needsDate { dateObject(s["start_date"], path + ".start_date") }
            if let end = s["end_date"] { dateObject(end, path + ".end_date") }
            if let t = s["text"] as? [String: Any] { keys(t, text, path + ".text") }
            if let m = s["media"] as? [String: Any] {
                keys(m, media, path + ".media")
                if (m["url"] as? String)?.isEmpty != false { problems.append("\(path).media has no url") }
            }
        }
        if let title = root["title"] as? [String: Any] { slideObject(title, "title", needsDate: false) }
        var ids: Set<String> = []
        for (index, event) in events.enumerated() {
            slideObject(event, "events[\(index)]", needsDate: true)
            if let id = event["unique_id"] as? String, !ids.insert(id).inserted {
                problems.append("events[\(index)].unique_id \(id) is used twice")
            }
        }
        for (index, era) in (root["eras"] as? [[String: Any]] ?? []).enumerated() {
            slideObject(era, "eras[\(index)]", needsDate: true)
            if era["end_date"] == nil { problems.append("eras[\(index)] has no end_date") }
        }
        if years.contains(where: { !(-271_820...275_759).contains($0) }), root["scale"] as? String != "cosmological" {
            problems.append("years beyond a JavaScript date without \"scale\": \"cosmological\"")
        }
        return problems
    }
}

/// The fields StoryMapJS reads (StoryMap.js options, Slide.js, Map.js) and what Leaflet
/// needs of a location, as a checker for Tumen's exports.
enum StoryMapRules {
    static let slide: Set<String> = ["type", "date", "text", "location", "media", "background"]
    static let location: Set<String> = ["lat", "lon", "name", "line", "zoom", "icon"]
    static let media: Set<String> = ["url", "caption", "credit"]

    static func problems(_ json: String) -> [String] {
        guard let root = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let story = root["storymap"] as? [String: Any], let slides = story["slides"] as? [[String: Any]]
        else { return ["no storymap.slides"] }
        var problems: [String] = []
        if let type = story["map_type"] as? String,
            !["stamen", "osm", "mapbox", "zoomify", "http", "https"].contains(
                type.split(separator: ":").first.map(String.init) ?? "")
        {
            problems.append("map_type \(type) is not one StoryMapJS knows")
        }
        for (index, s) in slides.enumerated() {
            let path = "slides[\(index)]"
            for key in s.keys.sorted() where !slide.contains(key) {
                problems.append("\(path).\(key) is not a StoryMapJS field")
            }
            if (s["type"] as? String == "overview") != (index == 0) {
                problems.append(index == 0 ? "\(path) comes before the overview slide" : "\(path) is a second overview")
            }
            if let date = s["date"], !(date is String) { problems.append("\(path).date is not text") }
            if let m = s["media"] as? [String: Any] {
                for key in m.keys.sorted() where !media.contains(key) {
                    problems.append("\(path).media.\(key) is not a StoryMapJS field")
                }
            }
            guard let l = s["location"] as? [String: Any] else { continue }
            for key in l.keys.sorted() where !location.contains(key) {
                problems.append("\(path).location.\(key) is not a StoryMapJS field")
            }
            for (key, range) in [("lat", -90.0...90.0), ("lon", -180.0...180.0)] {
                guard let value = l[key] as? Double, !(l[key] is String) else {
                    problems.append("\(path).location.\(key) is not a number")
                    continue
                }
                if !range.contains(value) { problems.append("\(path).location.\(key) \(value) is out of range") }
            }
        }
        return problems
    }
}
