import Foundation
import TumenFiles
import XCTest

@testable import TumenData

/// StoryMapJS stories on the map, and the HTML-to-text conversion every importer uses.
final class ImportStoryMapAndHTMLTests: XCTestCase {
    func testStoryBecomesPlacesARouteAndDatedEvents() throws {
        let path = ImportTimelineJSTests.fixture("storymap-lewis-clark.json")
        let loaded = try DatasetLoader.load(path: path)
        XCTAssertEqual(loaded.format, .storyMap)
        let d = loaded.dataset
        XCTAssertEqual(d.title, "The Corps of Discovery")
        XCTAssertEqual(
            d.places.map(\.id),
            [
                "camp-dubois", "fort-mandan", "great-falls-of-the-missouri", "lemhi-pass",
                "fort-clatsop", "pompeys-pillar", "st-louis",
            ])
        XCTAssertEqual(d.places[3].latitude, 44.974)
        XCTAssertEqual(d.places[3].longitude, -113.445)
        // The story hides the line to Pompeys Pillar, so the route breaks there.
        XCTAssertEqual(
            d.routes.map { $0.stages.map(\.place) },
            [
                ["camp-dubois", "fort-mandan", "great-falls-of-the-missouri", "lemhi-pass", "fort-clatsop"],
                ["pompeys-pillar", "st-louis"],
            ])
        XCTAssertEqual(
            d.routes.map(\.name), ["The Corps of Discovery, part 1 of 2", "The Corps of Discovery, part 2 of 2"])
        XCTAssertEqual(
            d.events.map(\.date.start),
            [
                HistoricDate(year: 1804, month: 5, day: 14), HistoricDate(year: 1804, month: 11),
                HistoricDate(year: 1805, month: 6),
                HistoricDate(year: 1805, month: 8, day: 12), HistoricDate(year: 1805, month: 12),
                HistoricDate(year: 1806, month: 7, day: 25),
            ])
        XCTAssertEqual(d.events[0].places, ["camp-dubois"])
        XCTAssertEqual(d.routes[0].stages[0].event, "camp-dubois")
        XCTAssertNil(d.routes[1].stages[1].event, "the undated last slide is a stage only")
        XCTAssertEqual(
            d.routes[1].stages[1].description,
            "The Corps returns on 23 September 1806.\n\nMedia (not shown): St. Louis "
                + "riverfront\nhttps://upload.wikimedia.org/wikipedia/commons/st-louis-1806.jpg"
        )
        XCTAssertEqual(d.lessons.map(\.id), ["story"])
        XCTAssertEqual(
            d.lessons[0].steps.map(\.target),
            [
                .stage(route: "story", stage: "stage-1"), .stage(route: "story", stage: "stage-2"),
                .stage(route: "story", stage: "stage-3"),
                .stage(route: "story", stage: "stage-4"), .stage(route: "story", stage: "stage-5"),
                .stage(route: "story-part-2", stage: "stage-6"), .stage(route: "story-part-2", stage: "stage-7"),
            ],
            "the story in its own order, the undated last slide included; stages numbered along the story, not by slide"
        )
        XCTAssertEqual(
            loaded.warnings,
            [
                "\(path): warning: 8 map styling settings ignored (how the story looks in a browser)",
                "\(path): warning: 3 media items shown as links with their captions, credits and alt text",
                "\(path): warning: 7 zoom levels ignored (the map fits the story's places)",
                "\(path): warning: 1 place where the story hides its line: the route is split there",
            ])
    }

    /// StoryMapJS hides the lines, but the stops keep their order (and their texts) as a route.
    func testStoryWithoutLinesKeepsItsStopsInOrder() throws {
        let text = """
            {"storymap": {"show_lines": false, "slides": [
              {"type": "overview", "text": {"headline": "Markets of Marrakesh"}},
              {"text": {"headline": "Jemaa el-Fnaa"}, "location": {"lat": 31.6258, "lon": -7.9891}},
              {"text": {"headline": "Souk Semmarine"}, "location": {"lat": 31.6295, "lon": -7.9870}}
            ]}}
            """
        let loaded = try DatasetLoader.decode(bytes: Array(text.utf8), path: "m.json")
        XCTAssertEqual(loaded.dataset.places.map(\.name), ["Jemaa el-Fnaa", "Souk Semmarine"])
        XCTAssertEqual(loaded.dataset.routes.map { $0.stages.map(\.title) }, [["Jemaa el-Fnaa", "Souk Semmarine"]])
        XCTAssertEqual(
            loaded.dataset.lessons.map(\.id), ["story"], "the undated slides are presented in the story's order")
        XCTAssertEqual(
            loaded.warnings,
            [
                "m.json: warning: 1 map styling setting ignored (how the story looks in a browser)",
                "m.json: warning: 1 story drawn without lines (show_lines: false): Tumen still joins its stops "
                    + "in order",
            ])
    }

    func testEmbedCodesBecomeTheirLinksAndQuotationsText() throws {
        let text = """
            {"events": [{"start_date": {"year": "2010"}, "text": {"headline": "Clip"},
              "media": {"url": "<iframe width=\\"560\\" src=\\"https://player.example/embed/42?a=1&amp;b=2\\"></iframe>", "caption": "A clip"}},
              {"start_date": {"year": "2011"}, "text": {"headline": "Quote"}, "media": {"url": "<blockquote>No link here</blockquote>"}}]}
            """
        let loaded = try DatasetLoader.decode(bytes: Array(text.utf8), path: "t.json")
        XCTAssertEqual(
            loaded.dataset.events[0].media,
            [MediaReference(url: "https://player.example/embed/42?a=1&b=2", caption: "A clip")])
        XCTAssertEqual(loaded.dataset.events[1].media, [])
        XCTAssertEqual(loaded.dataset.events[1].summary, "“No link here”", "a quotation shown as media is kept as text")
        XCTAssertEqual(
            loaded.warnings,
            [
                "t.json: warning: 1 embed code reduced to the address it shows",
                "t.json: warning: 1 media item shown as a link with its caption, credit and alt text",
                "t.json: warning: 1 quotation (blockquote media) shown in the text",
            ])
    }

    func testBadStoryIsPositioned() {
        let text = """
            {"storymap": {"slides": [
              {"type": "overview", "text": {"headline": "S"}},
              {"text": {"headline": "A"}, "location": {"lat": "north", "lon": 10}, "date": "spring 1850 (free text, not a problem)"},
              {"text": {"headline": "B"}, "location": {"lat": 95, "lon": 10}}
            ]}}
            """
        XCTAssertThrowsError(try DatasetLoader.decode(bytes: Array(text.utf8), path: "m.json")) { error in
            XCTAssertEqual(
                (error as? DatasetLoadError)?.problems.map(\.description),
                [
                    #"m.json:3:51: latitude "north" is not a number (StoryMapJS reads decimal degrees, such as "#
                        + "38.81 or -77.04) (storymap.slides[1].location.lat)",
                    "m.json:4:51: latitude 95.0 is outside -90…90; latitude and longitude look swapped (lat is "
                        + "north–south, lon east–west) (storymap.slides[2].location.lat)",
                ])
        }
    }

    func testHTMLTextKeepsParagraphsDecodesEntitiesAndNumbersLinks() {
        let html = HTMLText(
            html: """
                <h2>Heading</h2><p>One &amp; <b>two</b>,
                three&hellip; <a href="https://a.example/">A</a> and <a href='https://b.example/'>B</a>.</p>
                <p>Line<br>break &#233;&#x263A; <a href="https://a.example/">again</a> &unknown;</p>
                <script>alert(1)</script><p>&lt;b&gt; stays text</p>
                """)
        XCTAssertEqual(
            html.text,
            """
            Heading

            One & two, three… A [1] and B [2].

            Line
            break é☺ again [1] &unknown;

            <b> stays text
            """)
        XCTAssertEqual(html.links, ["https://a.example/", "https://b.example/"])
        XCTAssertEqual(HTMLText(html: "Plain\ntext\n\nSecond").text, "Plain\ntext\n\nSecond")
        XCTAssertEqual(
            HTMLText(html: "<p>Steps:</p><ol><li>one</li><li>two <em>too</em></li></ol><ul>\n<li>dot</li>\n</ul>").text,
            "Steps:\n\n1. one\n2. two too\n\n- dot")
        XCTAssertEqual(HTMLText(html: "<p>Headline<br>on two lines</p>").singleLine, "Headline on two lines")
    }
}

/// Files built to be slow: each must still load (or fail) in a moment.
final class ImportHostileInputTests: XCTestCase {
    func testManyOpenAnglesAndAlikeHeadlinesStayFast() throws {
        let start = Date()
        XCTAssertEqual(HTMLText(html: String(repeating: "<", count: 200_000)).text.count, 200_000)
        let rows = (0..<20_000).map { _ in "1990,Same" }.joined(separator: "\n")
        let loaded = try DatasetLoader.decode(bytes: Array(("Year,Headline\n" + rows).utf8), path: "s.csv")
        XCTAssertEqual(loaded.dataset.events.last?.id, "same-20000")
        XCTAssertLessThan(Date().timeIntervalSince(start), 20, "both are linear; quadratic work would take minutes")
    }
}
