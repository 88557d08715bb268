import TumenData
import TumenFixtures
import TumenModel
import XCTest

/// `tumen notes --screen-reader`: each step is said once as the presenter reaches it, a
/// stage in words; the clock is not news; the end is said.
final class NotesAnnouncerTests: XCTestCase {
    func snapshot(_ state: PresenterState, ended: Bool = false) -> NotesSnapshot {
        state.notesSnapshot(session: "s", ended: ended)
    }

    func testStepsAreSaidOnceAsThePresenterMoves() throws {
        let deck = try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey")
        var state = PresenterState(deck: deck, size: Size(width: 80, height: 24), now: 0)
        let announcer = NotesAnnouncer(
            deck: NotesAnnouncer.deck(for: deck.title, in: SampleDataset.dataset),
            words: MapDescription(dataset: SampleDataset.dataset, basemap: nil))
        XCTAssertEqual(
            announcer.announce(from: nil, to: nil), ["No presentation is running yet: waiting for one to start."])
        let first = snapshot(state)
        XCTAssertEqual(
            announcer.announce(from: nil, to: first),
            [
                "Step 1 of 3 of The journey: The river bank. c. Oct 2018.",
                "Place: North Bank. Its position on the map is approximate.",
                "The route starts here.",
                "In the sources' words: on foot.",
                "Waiting for the right night to cross.",
                "Question: Why wait for winter?",
                "Teacher's notes: Start at the river.",
                "Next: Fences and cameras along the river.",
            ])
        var ticked = first
        ticked.timerAccumulated += 30
        XCTAssertEqual(announcer.announce(from: first, to: ticked), [], "the clock moving is not news")
        state.press(.character("l"), at: 1)
        let second = snapshot(state)
        XCTAssertNotEqual(second.step, first.step, "l moves to the next step")
        let said = announcer.announce(from: first, to: second)
        XCTAssertEqual(said.first, "Step 2 of 3 of The journey: Fences and cameras along the river. 2011.")
        XCTAssertTrue(
            said.contains("Security along the river is tightened with fences, cameras and patrols."), "\(said)")
        XCTAssertEqual(
            announcer.announce(from: second, to: snapshot(state, ended: true)), ["The presentation has ended."])
    }

    func testWithoutTheDatasetTheSnapshotsOwnWordsAreSaid() throws {
        let deck = try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey")
        let state = PresenterState(deck: deck, size: Size(width: 80, height: 24), now: 0)
        let said = NotesAnnouncer(deck: nil, words: nil).announce(from: nil, to: snapshot(state))
        XCTAssertEqual(said.first, "Step 1 of 3 of The journey: The river bank. c. Oct 2018.")
        XCTAssertFalse(said.contains("Waiting for the right night to cross."))
        XCTAssertTrue(said.contains("Question: Why wait for winter?"))
    }
}
