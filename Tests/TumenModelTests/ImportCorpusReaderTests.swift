import Foundation
import TumenFiles
import XCTest

@testable import TumenData
@testable import TumenModel

/// What a reader of the web page sees of each corpus slide, worked out from the raw file
/// with Foundation and a few regular expressions (not with Tumen's importer), must be in
/// what Tumen shows: the detail pane for an event, the stage's text for an undated stop,
/// the introduction for the title slide and for slides Tumen cannot place.
final class ImportCorpusReaderTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/import-corpus")

    static func files(_ prefix: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(prefix) }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    static func raw(_ url: URL) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// HTML as a browser shows its words: tags dropped, common entities decoded.
    static func words(_ html: String?) -> [String] {
        guard var text = html else { return [] }
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [
            ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&mdash;", "—"), ("&nbsp;", " "),
        ] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Tumen's text as words, without its reference numbers and the quotation marks it
    /// puts around a quotation.
    static func shownWords(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\\[[0-9]+\\]", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "“", with: " ").replacingOccurrences(of: "”", with: " ")
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Every word of `expected` appears in `shown`, in order.
    static func assertShows(
        _ shown: String, _ expected: [String], _ message: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        var words = shownWords(shown)[...]
        for word in expected where !word.isEmpty {
            guard let index = words.firstIndex(of: word) else {
                XCTFail("\(message): \"\(word)\" is not shown in:\n\(shown)", file: file, line: line)
                return
            }
            words = words[(index + 1)...]
        }
    }

    /// Every link a reader can click, with the text it sits on: `[(text, href)]`.
    static func anchors(_ html: String?) -> [(text: String, href: String)] {
        guard let html,
            let pattern = try? NSRegularExpression(
                pattern: "<a[^>]*href=[\"']([^\"']*)[\"'][^>]*>(.*?)</a>", options: [.caseInsensitive])
        else { return [] }
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            guard let href = Range(match.range(at: 1), in: html), let text = Range(match.range(at: 2), in: html) else {
                return nil
            }
            let target = String(html[href]).replacingOccurrences(of: "&amp;", with: "&")
            guard !target.isEmpty, !target.hasPrefix("#"), !target.lowercased().hasPrefix("javascript:") else {
                return nil
            }
            return (words(String(html[text])).joined(separator: " "), target)
        }
    }

    /// Each link shows as "text [n]" with the n-th listed link its address: no number
    /// points nowhere or at another link.
    static func assertLinks(
        _ shown: String, links: [String], anchors: [(text: String, href: String)], _ message: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        for anchor in anchors {
            guard let number = links.firstIndex(of: anchor.href).map({ $0 + 1 }) else {
                XCTFail("\(message): \(anchor.href) is not listed", file: file, line: line)
                continue
            }
            XCTAssertTrue(
                shown.contains("[\(number)] \(anchor.href)"), "\(message): [\(number)] \(anchor.href) not listed",
                file: file, line: line)
            if !anchor.text.isEmpty {
                XCTAssertTrue(
                    shown.contains("\(anchor.text) [\(number)]") || shown.contains("[\(number)]"),
                    "\(message): \(anchor.text) is not followed by [\(number)]", file: file, line: line)
            }
        }
        for match in shown.matches(of: /\[([0-9]+)\]/) {
            let number = Int(match.1)!
            XCTAssertTrue(
                (1...max(1, links.count)).contains(number) && !links.isEmpty, "\(message): [\(number)] points nowhere",
                file: file, line: line)
        }
    }

    /// The detail pane's text, unwrapped.
    static func detail(_ event: Event, _ dataset: Dataset) -> String {
        DetailContent.lines(for: event, in: dataset, width: 10_000, unicode: true).map(\.text).joined(separator: "\n")
    }

    /// What the media shows a reader, in the order Tumen lists it: a quotation's words, or
    /// the caption, credit and alt text, then the address (an embed's: the one it points at).
    static func mediaWords(_ media: [String: Any]?) -> [String] {
        guard let media, let url = (media["url"] as? String), !url.isEmpty else { return [] }
        let described = ["caption", "credit"].flatMap { words(media[$0] as? String) }
        if url.lowercased().hasPrefix("<blockquote") { return words(url) + described }
        var result = described + words(media["alt"] as? String)
        if url.hasPrefix("<") {
            if let src = url.firstMatch(of: /src="([^"]*)"/) {
                result.append(String(src.1).replacingOccurrences(of: "&amp;", with: "&"))
            }
        } else {
            result.append(url)
        }
        if let link = media["link"] as? String, !link.isEmpty { result.append(link) }
        return result
    }

    func testDetailPaneShowsWhatATimelineJSReaderSees() throws {
        for url in try Self.files("tl3-") {
            let raw = try Self.raw(url)
            let dataset = try DatasetLoader.load(path: url.path).dataset
            let slides = raw["events"] as? [[String: Any]] ?? []
            XCTAssertEqual(slides.count, dataset.events.count, url.lastPathComponent)
            for (slide, event) in zip(slides, dataset.events) {
                let name = "\(url.lastPathComponent) \(event.id)"
                let text = slide["text"] as? [String: Any]
                let media = slide["media"] as? [String: Any]
                let shown = Self.detail(event, dataset)
                Self.assertShows(
                    shown,
                    Self.words(text?["headline"] as? String) + Self.words(text?["text"] as? String)
                        + Self.mediaWords(media), name)
                let display =
                    (slide["display_date"] as? String)
                    ?? ((slide["start_date"] as? [String: Any])?["display_date"] as? String)
                if let display, !display.isEmpty, (slide["end_date"] as? [String: Any])?["display_date"] == nil {
                    XCTAssertEqual(event.date.label, display, "\(name): display_date wins")
                }
                let anchors =
                    ["headline", "text"].flatMap { Self.anchors(text?[$0] as? String) }
                    + ["caption", "credit"].flatMap { Self.anchors(media?[$0] as? String) }
                Self.assertLinks(shown, links: event.links, anchors: anchors, name)
            }
            if let title = raw["title"] as? [String: Any] {
                let text = title["text"] as? [String: Any]
                let shown = dataset.titleSlide ?? ""
                Self.assertShows(
                    shown, Self.words(text?["text"] as? String) + Self.mediaWords(title["media"] as? [String: Any]),
                    "\(url.lastPathComponent) title")
                let titleText = Self.words(text?["headline"] as? String).joined(separator: " ")
                if !titleText.isEmpty { XCTAssertEqual(dataset.title, titleText, url.lastPathComponent) }
            }
        }
    }

    func testDetailPaneShowsWhatATimelineJS2ReaderSees() throws {
        for url in try Self.files("tl2-") {
            let timeline = try XCTUnwrap(Self.raw(url)["timeline"] as? [String: Any])
            let dataset = try DatasetLoader.load(path: url.path).dataset
            let dates = timeline["date"] as? [[String: Any]] ?? []
            XCTAssertEqual(dates.count, dataset.events.count)
            for (entry, event) in zip(dates, dataset.events) {
                let asset = (entry["asset"] as? [String: Any]).map {
                    ["url": $0["media"] ?? "", "caption": $0["caption"] ?? "", "credit": $0["credit"] ?? ""]
                }
                Self.assertShows(
                    Self.detail(event, dataset),
                    Self.words(entry["headline"] as? String) + Self.words(entry["text"] as? String)
                        + Self.mediaWords(asset),
                    "\(url.lastPathComponent) \(event.id)")
            }
        }
    }

    /// A StoryMapJS slide is an event (dated), a stop (placed) or part of the introduction:
    /// wherever it went, its words are there.
    func testEverySlideOfAStoryIsShownSomewhere() throws {
        for url in try Self.files("sm-") {
            let slides = try XCTUnwrap((Self.raw(url)["storymap"] as? [String: Any])?["slides"] as? [[String: Any]])
            let dataset = try DatasetLoader.load(path: url.path).dataset
            let stages = dataset.routes.flatMap(\.stages)
            for (index, slide) in slides.enumerated() {
                let text = slide["text"] as? [String: Any]
                let headline = Self.words(text?["headline"] as? String)
                let expected = Self.words(text?["text"] as? String) + Self.mediaWords(slide["media"] as? [String: Any])
                let name = "\(url.lastPathComponent) slide \(index)"
                if slide["type"] as? String == "overview" {
                    XCTAssertEqual(dataset.title, headline.joined(separator: " "), name)
                    Self.assertShows(dataset.description ?? "", expected, name)
                    continue
                }
                let title = headline.joined(separator: " ")
                let event = dataset.events.first { $0.title == title }
                let stage = stages.first { $0.title == title }
                let shown = [event.map { Self.detail($0, dataset) }, stage?.description].compactMap { $0 }.joined(
                    separator: "\n")
                if event == nil && stage == nil {
                    Self.assertShows(dataset.description ?? "", headline + expected, "\(name) kept in the introduction")
                } else {
                    Self.assertShows(shown, expected, name)
                }
                if let date = slide["date"] as? String, !date.isEmpty {
                    XCTAssertTrue(
                        event?.date.label == date || event?.date.start.description == date || shown.contains(date),
                        "\(name): its date \"\(date)\" is shown as written")
                }
            }
        }
    }

    func testSheetsReadAsTimelineJSReadsThem() throws {
        let template = try DatasetLoader.load(path: Self.folder.appendingPathComponent("sheet-template-2024.csv").path)
            .dataset
        XCTAssertEqual(
            template.events.map(\.date.start.year), [1215, 1640, 1815, 1905],
            "\"1,815\" is 1815, as TimelineJS cleans it")
        XCTAssertEqual(template.events[1].date.end?.year, 1642)
        XCTAssertEqual(
            template.events[1].media.first?.alt, "A handwritten licence with a wax seal", "the Alt Text column")
        XCTAssertTrue(template.titleSlide?.contains("Alt text: A flat wooden ferry tied to a jetty") == true)
        XCTAssertEqual(template.events[2].date.label, "18 Jun 1815 14:30")
        XCTAssertEqual(template.eras.first?.date.label, "1900s")
        XCTAssertEqual(template.categories, [GroupLanes.ungrouped], "a blank Group column is one lane, not one per row")
        let blank = try DatasetLoader.load(path: Self.folder.appendingPathComponent("sheet-groups-blank.csv").path)
            .dataset
        XCTAssertEqual(Set(blank.events.map(\.category)), ["events"])
        let semicolons = try DatasetLoader.load(path: Self.folder.appendingPathComponent("sheet-semicolon.csv").path)
        XCTAssertEqual(semicolons.dataset.events[1].summary, "Die Mühle brennt; das Dach stürzt ein.")
        XCTAssertTrue(semicolons.warnings.first?.contains("separated by semicolons") == true)
        let twoTitles = try DatasetLoader.load(path: Self.folder.appendingPathComponent("sheet-two-titles.csv").path)
        XCTAssertEqual(twoTitles.dataset.title, "Lighthouses")
        XCTAssertEqual(
            twoTitles.dataset.events.first?.title, "The first rock lighthouse",
            "a second title row is an event, as in TimelineJS")
        let first = try DatasetLoader.load(path: Self.folder.appendingPathComponent("sheet-v1-start-date.csv").path)
            .dataset
        XCTAssertEqual(
            first.events.map(\.date.start),
            [
                HistoricDate(year: 1901, month: 1, day: 1), HistoricDate(year: 1976, month: 7, day: 4),
                HistoricDate(year: 1969),
            ])
        XCTAssertEqual(first.events[2].date.end, HistoricDate(year: 1972))
    }

    /// TimelineJS draws a lane per group in the order groups first appear along the time
    /// axis, the slides without a group last (TimeScale `_computePositionInfo`). The groups
    /// are read from the raw file; the dates are the events' own.
    func testLanesAreInTimelineJSOrder() throws {
        for url in try Self.files("tl") {
            let raw = try Self.raw(url)
            let slides =
                (raw["events"] as? [[String: Any]])
                ?? ((raw["timeline"] as? [String: Any])?["date"] as? [[String: Any]]) ?? []
            let key = raw["timeline"] == nil ? "group" : "tag"  // TimelineJS 2 called groups tags
            let groups = slides.map { slide -> String? in
                let name = Self.words(slide[key] as? String).joined(separator: " ")
                return name.isEmpty ? nil : name
            }
            let dataset = try DatasetLoader.load(path: url.path).dataset
            var lanes: [String] = []
            for index in EventOrder.sorted(dataset.events) {
                if let group = groups[index], !lanes.contains(group) { lanes.append(group) }
            }
            if groups.contains(where: { $0 == nil }) {
                lanes.append(lanes.contains("Events") ? "Other events" : "Events")
            }
            XCTAssertEqual(dataset.categories.map(\.name), lanes, url.lastPathComponent)
            XCTAssertEqual(
                dataset.events.map { event in dataset.categories.first { $0.id == event.category }?.name },
                groups.map { $0 ?? lanes.last }, url.lastPathComponent)
        }
    }

    func testCosmologicalDatesAreLabelledAsTimelineJSLabelsThem() throws {
        let d = try DatasetLoader.load(path: Self.folder.appendingPathComponent("tl3-cosmological.json").path).dataset
        XCTAssertEqual(
            d.events.map(\.date.label),
            [
                "13.80 billion years ago", "4.60 billion years ago", "4.54 billion years ago",
                "About 3.8 billion years ago", "540.0–485.0 million years ago", "66.0 million years ago",
                "300.0 thousand years ago", "10.0 thousand years ago",
            ])
        XCTAssertEqual(d.eras.map(\.date.label), ["4.60–4.00 billion years ago", "541.0–252.0 million years ago"])
        // No "scale", but years beyond a JavaScript date: TimelineJS switches to its cosmological scale.
        let unscaled = try DatasetLoader.load(
            path: Self.folder.appendingPathComponent("tl3-deep-time-no-scale.json").path
        ).dataset
        XCTAssertEqual(unscaled.events.first?.date.label, "252.0 million years ago")
        XCTAssertEqual(unscaled.events.last?.date.label, "2.5 million years ago")
        let bce = try DatasetLoader.load(path: Self.folder.appendingPathComponent("tl3-bce.json").path).dataset
        XCTAssertEqual(bce.events[2].date.label, "15 Mar 44 BCE", "human-scale years keep Tumen's own labels")
    }

    func testBigYearLabelsFollowTimelineJSsFormats() {
        XCTAssertEqual(BigYearLabel.label(-13_800_000_000), "13.80 billion years ago")
        XCTAssertEqual(
            BigYearLabel.label(-1_000_000_000), "1000.0 million years ago",
            "a unit is used above one of it, as in TimelineJS")
        XCTAssertEqual(BigYearLabel.label(-540_000_000), "540.0 million years ago")
        XCTAssertEqual(BigYearLabel.label(-2_500), "2.5 thousand years ago")
        XCTAssertEqual(BigYearLabel.label(-500), "500 years ago")
        XCTAssertEqual(BigYearLabel.label(2_020), "2020", "no \"years ago\" after year 0")
        XCTAssertEqual(
            BigYearLabel.range(-4_600_000_000, -66_000_000), "4.60 billion years ago – 66.0 million years ago")
    }

    func testWarningsAreCountedOneLinePerKind() throws {
        let path = Self.folder.appendingPathComponent("tl3-unknown-fields.json").path
        XCTAssertEqual(
            try DatasetLoader.load(path: path).warnings,
            [
                "\(path):17:4: warning: 35 events: unknown field \"classname\" ignored (first: events[0].classname)",
                "\(path):18:4: warning: 35 events: unknown field \"tag\" ignored (first: events[0].tag)",
            ])
    }

    func testTimelineJS2FilesOpen() throws {
        let loaded = try DatasetLoader.load(path: Self.folder.appendingPathComponent("tl2-date-forms.json").path)
        XCTAssertEqual(loaded.format, .timelineJSON)
        XCTAssertEqual(
            loaded.dataset.events.map(\.date.label),
            ["20 Jul 1969", "20 Jul 1969 20:17", "1969", "500 BCE", "Nov 1989", "21 Jul 1969 02:56"])
        XCTAssertTrue(loaded.warnings.contains { $0.contains("a TimelineJS 2 file") })
        let telegraph = try DatasetLoader.load(path: Self.folder.appendingPathComponent("tl2-default.json").path)
            .dataset
        XCTAssertEqual(telegraph.categories.map(\.name), ["Land lines", "Ocean cables", "Events"], "tags are groups")
        XCTAssertEqual(telegraph.eras.map(\.title), ["The building years", "The wired world"])
    }
}
