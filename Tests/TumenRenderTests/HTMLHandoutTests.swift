import Foundation
import TumenData
import TumenFiles
import TumenFixtures
import TumenModel
import XCTest

@testable import TumenRender

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The HTML handout of every lesson of the bundled data, the sample dataset and the import
/// corpus: well-formed (a strict XML parser reads it whole), self-contained (no scripts, no
/// outside resources), headings in order, every id unique and every reference to one
/// resolved, and each route stage's map an SVG picture with a name and a description in
/// words; a print stylesheet for A4 and Letter.
final class HTMLHandoutTests: XCTestCase {
    static let root = MapTestSupport.repositoryRoot
    static let context = RenderContext(basemap: BasemapLoader.load(path: root + "/data/basemap/basemap.bin"))

    /// Every lesson we can find, with a name for messages.
    func lessons() throws -> [(name: String, deck: PresenterDeck)] {
        var datasets: [(String, Dataset)] = [("sample", SampleDataset.dataset)]
        let bundled = Self.root + "/data/tumen.json"
        if FileManager.default.fileExists(atPath: bundled) {
            datasets.append(("tumen.json", try DatasetLoader.load(path: bundled).dataset))
        }
        let importFolder = Self.root + "/Tests/Fixtures/import"
        for file in try FileManager.default.contentsOfDirectory(atPath: importFolder).sorted()
        where !file.hasPrefix(".") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: importFolder + "/" + file, isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            datasets.append((file, try DatasetLoader.load(path: importFolder + "/" + file).dataset))
        }
        var out: [(String, PresenterDeck)] = []
        for (name, dataset) in datasets {
            for lesson in dataset.lessons {
                out.append(("\(name) \(lesson.id)", try PresenterDeck(dataset: dataset, lesson: lesson.id)))
            }
        }
        XCTAssertGreaterThanOrEqual(out.count, 4, "the sample, the two bundled lessons and the StoryMap import")
        return out
    }

    func testEveryLessonsHandoutIsWellFormedSelfContainedAndDescribesEveryMap() throws {
        for (name, deck) in try lessons() {
            let html = HTMLHandoutWriter(withNotes: true, context: Self.context).write(deck)
            let document = try XCTUnwrap(StrictHTML.parse(html), "\(name): the handout is not well-formed")
            XCTAssertEqual(document.root?.name, "html")
            XCTAssertEqual(document.root?.attributes["lang"], "en", name)
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n"), name)
            // Self-contained and script-free.
            for forbidden in ["script", "iframe", "object", "embed", "link", "img"] {
                XCTAssertTrue(document.elements(named: forbidden).isEmpty, "\(name): <\(forbidden)>")
            }
            for element in document.all {
                XCTAssertNil(element.attributes["src"], "\(name): <\(element.name) src>")
                if let href = element.attributes["href"] {
                    XCTAssertTrue(href.hasPrefix("#"), "\(name): a link out of the file: \(href)")
                }
                XCTAssertFalse(
                    element.attributes.keys.contains { $0.lowercased().hasPrefix("on") },
                    "\(name): an event handler on <\(element.name)>")
            }
            let style = document.elements(named: "style").map(\.text).joined()
            XCTAssertFalse(
                style.contains("url(") || style.contains("@import"), "\(name): the stylesheet fetches something")
            XCTAssertTrue(style.contains("@media print") && style.contains("@page"), "\(name): no print stylesheet")
            // Headings: one h1, then no level skipped.
            let levels = document.all.compactMap {
                $0.name.count == 2 && $0.name.hasPrefix("h") ? Int($0.name.dropFirst()) : nil
            }
            XCTAssertEqual(levels.first, 1, name)
            XCTAssertEqual(levels.filter { $0 == 1 }.count, 1, name)
            for (before, after) in zip(levels, levels.dropFirst()) {
                XCTAssertLessThanOrEqual(after, before + 1, "\(name): heading h\(before) then h\(after)")
            }
            XCTAssertEqual(document.elements(named: "main").count, 1, name)
            // Ids unique; every ARIA reference points at one.
            let ids = document.all.compactMap { $0.attributes["id"] }
            XCTAssertEqual(ids.count, Set(ids).count, "\(name): duplicate ids")
            for element in document.all {
                for attribute in ["aria-labelledby", "aria-describedby"] {
                    for reference in (element.attributes[attribute] ?? "").split(separator: " ") {
                        XCTAssertTrue(
                            ids.contains(String(reference)), "\(name): \(attribute)=\(reference) points nowhere")
                    }
                }
            }
            // One map per route stage, each a named picture described by its caption in words.
            let stageSteps = deck.steps.filter { $0.stage != nil }
            let pictures = document.elements(named: "svg")
            XCTAssertEqual(pictures.count, stageSteps.count, "\(name): one map for each stage step")
            let words = MapDescription(dataset: deck.dataset, basemap: Self.context.basemap.basemap)
            for (picture, step) in zip(pictures, stageSteps) {
                XCTAssertEqual(picture.attributes["role"], "img", name)
                XCTAssertFalse((picture.attributes["aria-label"] ?? "").isEmpty, "\(name): a map without a name")
                XCTAssertEqual(picture.children.first?.name, "title", "\(name): the SVG names itself first")
                let caption = try XCTUnwrap(document.element(id: picture.attributes["aria-describedby"] ?? ""), name)
                XCTAssertEqual(caption.name, "figcaption", name)
                let stage = try XCTUnwrap(step.stage)
                let route = try XCTUnwrap(deck.dataset.routes.first { $0.id == stage.routeID })
                for sentence in words.geography(stage: stage.index, of: route) {
                    XCTAssertTrue(caption.text.contains(sentence), "\(name): the caption lacks “\(sentence)”")
                }
            }
            // Tables have a caption and headers for their columns and rows.
            for table in document.elements(named: "table") {
                XCTAssertEqual(table.children.first?.name, "caption", name)
                XCTAssertTrue(
                    table.descendants.filter { $0.name == "th" }.allSatisfy { $0.attributes["scope"] != nil }, name)
            }
        }
    }

    func testTheBundledEscapeRouteHandoutSaysItsStagesInWords() throws {
        let path = Self.root + "/data/tumen.json"
        try XCTSkipUnless(FileManager.default.fileExists(atPath: path))
        let deck = try PresenterDeck(dataset: try DatasetLoader.load(path: path).dataset, lesson: "escape-route")
        let html = HTMLHandoutWriter(context: Self.context).write(deck)
        XCTAssertTrue(
            html.contains("<li>3,150 km south-west of stage 5, Yanji, in a straight line.</li>"),
            "the leg across China in words")
        XCTAssertTrue(
            html.contains("The sources disagree on how: by road and by rail (CNN)"), "the sources' disagreement on how")
        XCTAssertFalse(html.contains("Teacher"), "notes only when asked for")
        XCTAssertEqual(
            html.components(separatedBy: "<figure class=\"map\">").count - 1, 12, "a map for each of the twelve stages")
    }

    func testTheCheckRejectsMalformedMarkup() {
        XCTAssertNil(StrictHTML.parse("<!DOCTYPE html><html><body><p>open</body></html>"))
        XCTAssertNil(StrictHTML.parse("<html><p>a & b</p></html>"))
        XCTAssertNotNil(StrictHTML.parse("<!DOCTYPE html><html><body><p>a &amp; b</p></body></html>"))
    }
}

/// A strict reader for the handouts: Foundation's XMLParser (libxml2), which stops at the
/// first malformed tag, unescaped ampersand or unclosed element, building a small tree.
final class StrictHTML: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }
        var descendants: [Element] { children.flatMap { [$0] + $0.descendants } }
    }

    private var stack: [Element] = []
    private(set) var root: Element?
    private(set) var all: [Element] = []

    static func parse(_ text: String) -> StrictHTML? {
        let reader = StrictHTML()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        return parser.parse() && reader.stack.isEmpty ? reader : nil
    }

    func elements(named name: String) -> [Element] { all.filter { $0.name == name } }
    func element(id: String) -> Element? { all.first { $0.attributes["id"] == id } }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let element = Element(name: name, attributes: attributes)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
        all.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for element in stack { element.text += string }
    }
}
