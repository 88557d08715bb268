import TumenFixtures
import XCTest

@testable import TumenData

/// Lessons resolved into steps: titles, dates, summaries and stage positions.
final class PresenterDeckTests: XCTestCase {
    func testTheSampleLessonResolvesStagesAndEvents() throws {
        let deck = try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey")
        XCTAssertEqual(deck.title, "The journey")
        XCTAssertEqual(
            deck.steps.map(\.title), ["The river bank", "Fences and cameras along the river", "The capital"])
        let first = deck.steps[0]
        // A stage takes its date from the event that tells it, and its summary leads with the stage.
        XCTAssertEqual(first.date, "c. Oct 2018")
        XCTAssertEqual(first.summary, "Waiting for the right night to cross.")
        XCTAssertEqual(first.story, "A woman crosses the frozen river and is met on the far bank.")
        XCTAssertEqual(first.stage?.number, 1)
        XCTAssertEqual(first.stage?.count, 6)
        XCTAssertEqual(first.stage?.travel, "on foot")
        XCTAssertEqual(first.notes, "Start at the river.")
        XCTAssertEqual(first.question, "Why wait for winter?")
        XCTAssertEqual(first.sources, [SourceReference(source: "article", passage: "paragraph 10")])
        XCTAssertNil(deck.steps[1].stage)
        XCTAssertEqual(deck.steps[1].date, "2011")
        XCTAssertEqual(deck.steps[2].stage?.index, 5)
    }

    func testWithoutALessonEveryEventInDateOrder() throws {
        let deck = try PresenterDeck(dataset: SampleDataset.dataset, lesson: nil)
        XCTAssertNil(deck.lessonID)
        XCTAssertEqual(deck.title, "Sample timeline")
        XCTAssertEqual(deck.steps.count, 10)
        XCTAssertEqual(deck.steps.first?.title, "A convention is signed")
        XCTAssertEqual(deck.steps.last?.title, "How many were trafficked")
        XCTAssertTrue(deck.steps.allSatisfy { $0.notes == nil && $0.stage == nil })
    }

    func testAnUnknownLessonListsTheLessons() {
        XCTAssertThrowsError(try PresenterDeck(dataset: SampleDataset.dataset, lesson: "jurney")) { error in
            XCTAssertEqual(String(describing: error), "no lesson named 'jurney'; lessons: journey")
        }
        XCTAssertThrowsError(try PresenterDeck(dataset: Dataset(title: "Empty"), lesson: "x")) { error in
            XCTAssertEqual(String(describing: error), "no lesson named 'x'; this dataset has no lessons")
        }
    }
}
