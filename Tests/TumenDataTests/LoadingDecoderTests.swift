import Foundation
import TumenFiles
import TumenFixtures
import XCTest

@testable import TumenData

/// Decoding Tumen's format and the semantic checks, on in-memory text.
final class LoadingDecoderTests: XCTestCase {
    private func load(_ text: String) throws(DatasetLoadError) -> LoadedDataset {
        try DatasetLoader.decode(bytes: Array(text.utf8), path: "t.json")
    }

    private func problems(_ text: String) -> [String] {
        do {
            _ = try load(text)
            return []
        } catch {
            XCTAssertEqual(error.exitCode, 65)
            return error.problems.map(\.description)
        }
    }

    /// A valid dataset with `events` replaced, for focused cases.
    private func dataset(events: String = LoadingDecoderTests.event, extra: String = "") -> String {
        """
        {"format": "tumen-dataset", "version": 1, "title": "T",
        "categories": [{"id": "policy", "name": "Policy"}],
        "sources": [{"id": "s", "title": "S"}],
        "places": [{"id": "p", "name": "P", "kind": "city", "lat": 1, "lon": 2, "precision": "city"}],
        "events": [\(events)]\(extra)}
        """
    }

    static let event =
        #"{"id": "e", "date": {"start": "1986"}, "title": "E", "summary": "S", "category": "policy", "sources": []}"#

    func testTheSampleDatasetRoundTripsThroughCanonicalJSON() throws {
        let json = CanonicalJSONWriter.write(SampleDataset.dataset)
        let loaded = try load(json)
        XCTAssertEqual(loaded.dataset, SampleDataset.dataset)
        XCTAssertEqual(loaded.warnings, [])
        XCTAssertEqual(loaded.format, .tumen)
        XCTAssertEqual(CanonicalJSONWriter.write(loaded.dataset), json, "writing is deterministic")
    }

    func testTheSampleDatasetIsValid() {
        XCTAssertEqual(DatasetValidator.validate(SampleDataset.dataset), [])
    }

    func testMinimalDatasetLoads() throws {
        let loaded = try load(dataset())
        XCTAssertEqual(loaded.dataset.events.map(\.id), ["e"])
        XCTAssertEqual(loaded.dataset.places.first?.importance, 2)
        XCTAssertEqual(loaded.dataset.places.first?.precision, .city)
    }

    func testAllProblemsAreCollectedInFileOrder() {
        let events = """
            {"id": "e", "date": {"start": "1986-02-30"}, "title": "", "summary": "S", "category": "nope", "sources": []},
            {"id": "e", "date": {"start": "1990", "end": "1989"}, "title": "T", "summary": "S", "category": "policy", "places": ["q"], "sources": [{"source": "z", "passage": "1"}]}
            """
        XCTAssertEqual(
            problems(dataset(events: events)),
            [
                "t.json:5:42: day 30 does not exist in February 1986 (\"1986-02-30\") (events[0].date.start)",
                "t.json:5:66: empty text (events[0].title)",
                "t.json:5:98: unknown category \"nope\" (events[0].category)",
                "t.json:6:8: duplicate event id \"e\" (first used at events[0].id) (events[1].id)",
                "t.json:6:46: end 1989 is before start 1990 (events[1].date.end)",
                "t.json:6:118: unknown place \"q\" (events[1].places[0])",
                "t.json:6:147: unknown source \"z\" (events[1].sources[0].source)",
            ])
    }

    func testAPlaceholderForABadFieldIsNotReportedTwice() {
        // A missing title is one problem, not also "empty text"; a bad start date
        // does not also make "end before start".
        let events =
            #"{"id": "e", "date": {"start": "19x6", "end": "1900"}, "summary": "S", "category": "policy", "sources": []}"#
        XCTAssertEqual(
            problems(dataset(events: events)),
            [
                "t.json:5:12: missing required field \"title\" (events[0].title)",
                "t.json:5:42: \"19x6\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (a leading - for BCE) "
                    + "(events[0].date.start)",
            ])
    }

    func testAnEndLessPreciseThanItsStartIsNotBeforeIt() throws {
        let events =
            #"{"id": "e", "date": {"start": "2018-10", "end": "2018"}, "title": "T", "summary": "S", "category": "policy", "sources": []}"#
        XCTAssertEqual(problems(dataset(events: events)), [])
    }

    func testUnknownFieldsAreWarningsNotProblems() throws {
        let loaded = try load(dataset(extra: #", "colour": "red""#))
        XCTAssertEqual(loaded.warnings, ["t.json:5:120: warning: unknown field \"colour\" ignored (colour)"])
    }

    func testNewlinesAreAllowedOnlyInParagraphFields() {
        let events =
            #"{"id": "e", "date": {"start": "1986"}, "title": "A\nB", "summary": "One.\n\nTwo.", "category": "policy", "sources": []}"#
        XCTAssertEqual(
            problems(dataset(events: events)),
            [
                "t.json:5:60: text contains the control character U+000A (a line break) (events[0].title)"
            ])
    }

    func testLessonAndRouteReferencesResolve() {
        let extra = """
            , "routes": [{"id": "r", "name": "R", "status": "open", "stages": [
              {"id": "a", "number": 1, "place": "p", "title": "A", "description": "D", "event": "e"},
              {"id": "b", "number": 1, "place": "p", "title": "B", "description": "D"}]}],
            "lessons": [{"id": "l", "title": "L", "steps": [{"event": "e"}, {"route": "r", "stage": "c"}, {"route": "x", "stage": "a"}]}]
            """
        XCTAssertEqual(
            problems(dataset(extra: extra)),
            [
                "t.json:7:25: stage number 1 does not follow 1: numbers must increase along the route "
                    + "(routes[0].stages[1].number)",
                "t.json:8:89: unknown stage \"c\" in route \"r\" (lessons[0].steps[1].stage)",
                "t.json:8:105: unknown route \"x\" (lessons[0].steps[2].route)",
            ])
    }

    func testTravelModesAndPlaceCountriesAreReadAndChecked() throws {
        let good = """
            , "routes": [{"id": "r", "name": "R", "status": "open", "stages": [
              {"id": "a", "number": 1, "place": "p", "title": "A", "description": "D"},
              {"id": "b", "number": 2, "place": "p", "title": "B", "description": "D", "travelModes": [
                {"mode": "road", "source": {"source": "s", "passage": "p. 1"}}, {"mode": "rail", "source": {"source": "s", "passage": "p. 1"}}]}]}]
            """
        let stage = try load(dataset(extra: good)).dataset.routes[0].stages[1]
        XCTAssertEqual(stage.travelModes.map(\.mode), [.road, .rail])
        XCTAssertEqual(stage.drawnMode, .road)
        XCTAssertFalse(stage.travelModesDisagree, "one source naming two ways is not a disagreement")
        let bad = """
            , "routes": [{"id": "r", "name": "R", "status": "open", "stages": [
              {"id": "a", "number": 1, "place": "p", "title": "A", "description": "D", "travelModes": [{"mode": "camel"}]},
              {"id": "b", "number": 2, "place": "p", "title": "B", "description": "D", "travelModes": [
                {"mode": "air"}, {"mode": "foot", "source": {"source": "nobody", "passage": "x"}}]}]}]
            """
        let text = dataset(extra: bad).replacingOccurrences(
            of: #""precision": "city"}"#,
            with: #""precision": "city", "countries": ["China"]}"#)
        XCTAssertEqual(
            problems(text),
            [
                "t.json:4:108: \"China\" is not a three-letter country code such as \"CHN\" (places[0].countries[0])",
                "t.json:6:101: \"camel\" is not one of: foot, road, rail, boat, air, unknown "
                    + "(routes[0].stages[0].travelModes[0].mode)",
                "t.json:8:5: travel mode \"air\" needs a \"source\" (only \"unknown\" may have none) "
                    + "(routes[0].stages[1].travelModes[0].source)",
                "t.json:8:60: unknown source \"nobody\" (routes[0].stages[1].travelModes[1].source.source)",
            ])
    }

    /// Another program's JSON gets one message that says what it is not, not a
    /// "missing required field" for each of Tumen's fields.
    func testJSONOfAnotherKindIsNamedOnce() {
        XCTAssertEqual(
            problems(#"{"type": "module", "source": "x.md", "modules": []}"#),
            [
                #"t.json:1:1: this is not a dataset Tumen can read: no member of a Tumen dataset ("format": "tumen-dataset"), a TimelineJS file ("events") or a StoryMapJS story ("storymap"); it has "type", "source", "modules""#
            ])
        // A file that looks like Tumen's but lacks fields still gets each field named.
        XCTAssertTrue(problems(#"{"title": "T"}"#).contains { $0.contains(#"missing required field "format""#) })
    }

    func testDateDiagnosisMessages() {
        func message(_ text: String) -> String? {
            if case .failure(let failure) = DateDiagnosis.parse(text) { return failure.message }
            return nil
        }
        XCTAssertNil(message("2000-02-29"))
        XCTAssertNil(message("-500"))
        XCTAssertEqual(message("1900-02-29"), "day 29 does not exist in February 1900 (\"1900-02-29\")")
        XCTAssertEqual(message("2018-13"), "month 13 does not exist in \"2018-13\"")
        XCTAssertEqual(message("2018-04-31"), "day 31 does not exist in April 2018 (\"2018-04-31\")")
        XCTAssertEqual(message("2018-1-05"), "\"2018-1-05\" is not a date: the month needs two digits (YYYY-MM)")
        XCTAssertEqual(message(""), "\"\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (a leading - for BCE)")
    }

    func testFormatDetection() throws {
        let timeline = try JSONParser.parse(Array(#"{"title": {"text": {"headline": "H"}}, "events": []}"#.utf8))
        XCTAssertEqual(DatasetLoader.detectJSONFormat(timeline), .timelineJSON)
        let story = try JSONParser.parse(Array(#"{"storymap": {"slides": []}}"#.utf8))
        XCTAssertEqual(DatasetLoader.detectJSONFormat(story), .storyMap)
        let tumen = try JSONParser.parse(Array(dataset().utf8))
        XCTAssertEqual(DatasetLoader.detectJSONFormat(tumen), .tumen)
        let bare = try JSONParser.parse(Array(#"{"title": "x"}"#.utf8))
        XCTAssertEqual(DatasetLoader.detectJSONFormat(bare), .tumen)
    }

    func testBundledDataCandidates() {
        let override = BundledData.candidates(
            environment: ["TUMEN_DATA": "/x/y.json"], currentDirectory: "/a", executable: "/b/c")
        XCTAssertEqual(override, ["/x/y.json"])
        let walk = BundledData.candidates(
            environment: [:], currentDirectory: "/work/clone/sub",
            executable: "/work/clone/.build/debug/tumen")
        XCTAssertEqual(walk.first, "/work/clone/sub/data/tumen.json")
        XCTAssertTrue(walk.contains("/work/clone/data/tumen.json"))
        XCTAssertLessThan(
            walk.firstIndex(of: "/work/clone/.build/debug/data/tumen.json")!,
            walk.lastIndex(of: "/work/clone/data/tumen.json")!)
        XCTAssertEqual(
            BundledData.displayPath("/work/clone/data/tumen.json", currentDirectory: "/work/clone"), "data/tumen.json")
        XCTAssertEqual(
            BundledData.displayPath("/elsewhere/x.json", currentDirectory: "/work/clone"), "/elsewhere/x.json")
        XCTAssertEqual(
            BundledData.displayPath("/work/clone/data/tumen.json", currentDirectory: "/"),
            "/work/clone/data/tumen.json", "from / a path stays absolute")
    }

    func testFieldPaths() {
        let path = FieldPath.root["events"][12]["date"]["start"]
        XCTAssertEqual(path.description, "events[12].date.start")
        XCTAssertEqual(path, FieldPath([.key("events"), .index(12), .key("date"), .key("start")]))
        XCTAssertNotEqual(path, FieldPath.root["events"][13]["date"]["start"])
        XCTAssertEqual(Set([path, FieldPath.root["events"][12]["date"]["start"]]).count, 1)
        XCTAssertTrue(path.hasPrefix(FieldPath.root["events"][12]))
        XCTAssertFalse(path.hasPrefix(FieldPath.root["events"][1]))
        XCTAssertEqual(
            path.prefixes.map(\.description), ["events[12].date.start", "events[12].date", "events[12]", "events", ""])
    }

    /// A teacher's 10,000-event file loads, and in reasonable time even in a debug build.
    func testTenThousandEventsLoad() throws {
        var dataset = SampleDataset.dataset
        let originals = dataset.events
        dataset.events =
            originals
            + (originals.count..<10_000).map { index in
                var event = SampleDataset.dataset.events[index % SampleDataset.dataset.events.count]
                event.id = "event-\(index)"
                return event
            }
        let bytes = Array(CanonicalJSONWriter.write(dataset).utf8)
        let started = Date()
        let loaded = try DatasetLoader.decode(bytes: bytes, path: "big.json")
        let seconds = Date().timeIntervalSince(started)
        XCTAssertEqual(loaded.dataset.events.count, 10_000)
        XCTAssertLessThan(seconds, 20, "10,000 events took \(seconds) s")
        print("LoadingDecoderTests: 10,000 events, \(bytes.count / 1024) KB, loaded in \(Int(seconds * 1000)) ms")
    }
}
