import Foundation
import TumenFiles
import XCTest

@testable import TumenData

/// TimelineJS JSON files as Knight Lab documents them, converted to datasets.
final class ImportTimelineJSTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/import")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    private func load(_ text: String, format: DatasetFormat? = nil) throws -> LoadedDataset {
        try DatasetLoader.decode(bytes: Array(text.utf8), path: "t.json", format: format)
    }

    private func problems(_ text: String, format: DatasetFormat? = nil) -> [String] {
        do {
            _ = try DatasetLoader.decode(bytes: Array(text.utf8), path: "t.json", format: format)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    func testBattlesFileKeepsTitleGroupsErasAndBCEDates() throws {
        let loaded = try DatasetLoader.load(path: Self.fixture("timelinejs-battles.json"))
        XCTAssertEqual(loaded.format, .timelineJSON)
        let d = loaded.dataset
        XCTAssertEqual(d.title, "Battles that shaped Europe from Marathon to Waterloo")
        // Lanes in the order TimelineJS draws its groups: first use along the time axis, the
        // slides without a group last.
        XCTAssertEqual(d.categories.map(\.name), ["Antiquity", "Middle Ages & early modern", "Napoleon", "Events"])
        XCTAssertEqual(
            d.events.map(\.id),
            [
                "marathon", "gaugamela", "cannae", "siege-of-toulon", "austerlitz",
                "waterloo", "exile-to-saint-helena", "1821", "thermopylae", "salamis", "actium",
                "adrianople", "tours", "hastings", "agincourt", "lepanto", "vienna-1683", "marengo",
                "trafalgar", "jena", "borodino", "leipzig",
            ])
        XCTAssertEqual(d.events.first { $0.id == "jena" }?.title, "Jena–Auerstedt", "entities in headlines")
        XCTAssertEqual(d.events[1].date.start, HistoricDate(year: -331, month: 10, day: 1))
        XCTAssertEqual(d.events[1].date.label, "1 Oct 331 BCE")
        XCTAssertEqual(d.events[0].date.label, "September 490 BC", "display_date wins")
        XCTAssertEqual(d.events[2].date.start, HistoricDate(year: -216, month: 8, day: 2), "numbers as numbers")
        XCTAssertEqual(d.events[3].date.end, HistoricDate(year: 1793, month: 12, day: 19))
        XCTAssertEqual(d.events[5].date.label, "Sunday 18 June 1815", "display_date wins over the time of day")
        XCTAssertEqual(d.events[7].title, "1821", "a slide without a headline is titled by its date")
        XCTAssertEqual(d.events[7].category, "events")
        XCTAssertEqual(d.eras.map(\.title), ["Classical antiquity", "Napoleonic Wars"])
        XCTAssertEqual(d.eras[0].date, EventDate(start: HistoricDate(year: -800), end: HistoricDate(year: 476)))
    }

    func testHTMLBecomesParagraphsWithNumberedLinks() throws {
        let d = try DatasetLoader.load(path: Self.fixture("timelinejs-battles.json")).dataset
        let waterloo = try XCTUnwrap(d.events.first { $0.id == "waterloo" })
        XCTAssertEqual(
            waterloo.summary,
            """
            Wellington’s allied army and Blücher’s Prussians defeat Napoleon south of Brussels.

            Read the battle [1] and the Hundred Days [2]; the battle article [1] again.
            """)
        XCTAssertEqual(
            waterloo.links,
            ["https://en.wikipedia.org/wiki/Battle_of_Waterloo", "https://en.wikipedia.org/wiki/Hundred_Days"])
        let austerlitz = try XCTUnwrap(d.events.first { $0.id == "austerlitz" })
        XCTAssertEqual(
            austerlitz.media,
            [
                MediaReference(
                    url:
                        "https://upload.wikimedia.org/wikipedia/commons/f/f6/La_bataille_d%27Austerlitz._2_decembre_1805_%28Fran%C3%A7ois_G%C3%A9rard%29.jpg",
                    caption: "La bataille d'Austerlitz, by François Gérard", credit: "Palace of Versailles")
            ])
        XCTAssertEqual(d.events[0].media.first?.credit, "Photo: Wikimedia Commons", "tags stripped from credits")
        XCTAssertEqual(
            d.description,
            """
            Battles, twenty-three centuries apart. Built with TimelineJS [1] & exported for class.

            Media (not shown): The Battle of Waterloo, by William Sadler
            Credit: Wikimedia Commons
            https://upload.wikimedia.org/wikipedia/commons/5/5f/Battle_of_Waterloo_1815.PNG

            [1] https://timeline.knightlab.com/
            """)
    }

    func testWhatCannotBeShownIsCountedInWarnings() throws {
        let path = Self.fixture("timelinejs-battles.json")
        XCTAssertEqual(
            try DatasetLoader.load(path: path).warnings,
            [
                "\(path): warning: 6 media items shown as links with their captions, credits and alt text",
                "\(path): warning: 1 media thumbnail ignored (a small copy of the media for the time axis)",
                "\(path): warning: 2 slide backgrounds ignored (colours or pictures behind the slides)",
                "\(path): warning: 1 era's text not shown (TimelineJS shows an era's headline only)",
            ])
        let unknown = #"{"events": [{"start_date": {"year": "1990"}, "text": {"headline": "A"}, "colour": "red"}]}"#
        XCTAssertEqual(
            try load(unknown).warnings, [#"t.json:1:73: warning: unknown field "colour" ignored (events[0].colour)"#])
    }

    func testListsKeepOneLinePerItem() throws {
        let d = try DatasetLoader.load(path: Self.fixture("timelinejs-battles.json")).dataset
        XCTAssertEqual(
            d.events[2].summary,
            "Hannibal’s army encircles a larger Roman force.\n\n- Carthaginian centre gives way\n- Cavalry "
                + "closes the ring"
        )
    }

    func testCosmologicalScaleReadsBillionsOfYears() throws {
        let d = try DatasetLoader.load(path: Self.fixture("timelinejs-cosmos.json")).dataset
        XCTAssertEqual(d.title, "The history of the universe")
        XCTAssertEqual(d.events.first?.date.start.year, -13_800_000_000)
        XCTAssertEqual(d.events.first?.date.label, "13.8 billion years ago")
        XCTAssertEqual(
            d.events[1].date.label, "4.60 billion years ago",
            "as TimelineJS labels a year it is not given a display_date for")
        XCTAssertEqual(d.categories.map(\.id), ["cosmos", "earth", "life"])
        XCTAssertEqual(d.eras.map(\.title), ["Hadean", "Paleozoic"])
        XCTAssertEqual(d.events.map(\.date), d.events.map(\.date).sorted())
    }

    func testDetectionByContentAndForcedFormat() throws {
        let timeline = #"{"events": [{"start_date": {"year": "1990"}, "text": {"headline": "A"}}]}"#
        XCTAssertEqual(try load(timeline).format, .timelineJSON)
        let story = #"{"storymap": {"slides": [{"type": "overview", "text": {"headline": "S"}}]}}"#
        XCTAssertEqual(try load(story).format, .storyMap)
        let csvText = "Year,Month,Day,Headline,Text\r\n1990,,,A,B\r\n"
        XCTAssertEqual(try DatasetLoader.decode(bytes: Array(csvText.utf8), path: "sheet.txt").format, .timelineCSV)
        // Forced: a TimelineJS file read as Tumen's own format fails as Tumen's would.
        XCTAssertEqual(
            problems(timeline, format: .tumen).first, #"t.json:1:1: missing required field "format" (format)"#)
    }

    func testBadDatesArePositioned() {
        let text = """
            {"events": [
              {"start_date": {"year": "1990"}, "text": {"headline": "Fine"}},
              {"start_date": {"year": "nineteen"}, "text": {"headline": "Words"}},
              {"start_date": {"year": "1990", "month": "13"}, "text": {"headline": "Month"}},
              {"text": {"headline": "No date"}}
            ]}
            """
        XCTAssertEqual(
            problems(text),
            [
                #"t.json:3:27: year "nineteen" is not a whole number (events[1].start_date.year)"#,
                #"t.json:4:44: month 13 does not exist (events[2].start_date.month)"#,
                #"t.json:5:3: missing required field "start_date" (events[3].start_date)"#,
            ])
    }

    func testSyntaxErrorsHaveLineAndColumn() {
        XCTAssertEqual(
            problems("{\"events\": [\n  {\"start_date\": }\n]}").first,
            "t.json:2:18: unexpected character '}' (expected a value)")
    }

    func testEndBeforeStartIsReportedAtTheSlide() {
        let text =
            #"{"events": [{"start_date": {"year": "1990"}, "end_date": {"year": "1980"}, "text": {"headline": "Back"}}]}"#
        XCTAssertEqual(problems(text), ["t.json:1:13: end 1980 is before start 1990 (events[0].date.end)"])
    }

    func testStartAndEndDisplayDatesAreJoined() throws {
        let text = """
            {"events": [
              {"start_date": {"year": "1939", "display_date": "1 Sept 1939"}, "end_date": {"year": "1945", "display_date": "2 Sept 1945"}, "text": {"headline": "A"}},
              {"start_date": {"year": "1939", "month": "9"}, "end_date": {"year": "1945", "display_date": "late 1945"}, "text": {"headline": "B"}}
            ]}
            """
        XCTAssertEqual(
            try load(text).dataset.events.map(\.date.label), ["1 Sept 1939–2 Sept 1945", "Sep 1939–late 1945"])
    }

    func testUniqueIdsAreSluggedAndDeduplicated() throws {
        let text = """
            {"events": [
              {"unique_id": "Big Event", "start_date": {"year": 1}, "text": {"headline": "A"}},
              {"unique_id": "big-event", "start_date": {"year": 2}, "text": {"headline": "B"}},
              {"start_date": {"year": 3}, "text": {"headline": "A"}}
            ]}
            """
        XCTAssertEqual(try load(text).dataset.events.map(\.id), ["big-event", "big-event-2", "a"])
    }
}
