import Foundation
import TumenFiles
import XCTest

@testable import TumenData
@testable import TumenModel

/// What the explorer and the presenter show first of an imported file.
final class ImportOpeningTests: XCTestCase {
    static func load(_ name: String) throws -> Dataset {
        try DatasetLoader.load(path: ImportCorpusReaderTests.folder.appendingPathComponent(name).path).dataset
    }

    func testTheTitleSlideIsTheFirstScreen() throws {
        let dataset = try Self.load("tl3-title-and-groups.json")
        XCTAssertEqual(ExplorerState(dataset: dataset, size: Size(width: 80, height: 24)).overlay, .contentNote)
        let deck = try PresenterDeck(dataset: dataset, lesson: nil)
        XCTAssertEqual(deck.steps.first?.title, "Building the Grand Canal")
        XCTAssertEqual(deck.steps.first?.summary, dataset.description)
        XCTAssertEqual(deck.steps.count, dataset.events.count + 1)
        let story = try PresenterDeck(dataset: Self.load("sm-line-breaks.json"), lesson: "story")
        XCTAssertEqual(story.steps.first?.title, "Two journeys of a naturalist", "a story opens on its overview slide")
    }

    func testADatasetWithItsOwnContentNoteKeepsItsDeck() throws {
        var dataset = try Self.load("tl3-title-and-groups.json")
        dataset.contentNote = "A note."
        XCTAssertNil(dataset.titleSlide)
        XCTAssertEqual(try PresenterDeck(dataset: dataset, lesson: nil).steps.count, dataset.events.count)
    }

    func testUndatedStoriesOpenOnTheMap() throws {
        XCTAssertEqual(
            ExplorerState(dataset: try Self.load("sm-editor-undated.json"), size: Size(width: 80, height: 24)).view,
            .map)
        XCTAssertEqual(
            ExplorerState(dataset: try Self.load("sm-line-breaks.json"), size: Size(width: 80, height: 24)).view,
            .timeline)
    }
}
