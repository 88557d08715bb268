import TumenFixtures
import XCTest

@testable import TumenData
@testable import TumenModel

/// Presenter navigation, the index, the clock and the tour, driven by keys and timestamps.
final class PresenterStateTests: XCTestCase {
    private func state(tour: Double? = nil) throws -> PresenterState {
        PresenterState(
            deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: nil),
            size: Size(width: 80, height: 24), now: 100, tourInterval: tour)
    }

    /// The keys pressed in turn; the effect of the last.
    @discardableResult
    private func press(_ keys: String, _ state: inout PresenterState, at now: Double = 100) -> PresenterEffect {
        var effect = PresenterEffect.none
        for character in keys { effect = state.press(.character(character), at: now) }
        return effect
    }

    func testNextAndPreviousStopAtTheEnds() throws {
        var s = try state()
        s.press(.left, at: 100)
        XCTAssertEqual(s.current, 0)
        for key: Key in [.character(" "), .right, .character("l"), .pageDown] { s.press(key, at: 100) }
        XCTAssertEqual(s.current, 4)
        press("hh", &s)
        XCTAssertEqual(s.current, 2)
        press("G", &s)
        XCTAssertEqual(s.current, 9)
        press("l", &s)
        XCTAssertEqual(s.current, 9, "no step after the last")
        press("g", &s)
        XCTAssertEqual(s.current, 0)
    }

    func testANumberThenGJumpsToThatStep() throws {
        var s = try state()
        press("7", &s)
        XCTAssertEqual(s.count, 7)
        press("G", &s)
        XCTAssertEqual(s.current, 6)
        XCTAssertNil(s.count, "the count is used up")
        press("12G", &s)
        XCTAssertEqual(s.current, 9, "past the end goes to the last step")
        press("0G", &s)
        XCTAssertEqual(s.current, 0, "step 0 is the first step")
        press("3x", &s)
        XCTAssertNil(s.count, "an unknown key drops a half-typed count")
        press("l", &s)
        XCTAssertEqual(s.current, 1, "and the next key acts normally")
    }

    func testTheIndexPicksAStep() throws {
        var s = try state()
        press("ll", &s)
        press("i", &s)
        XCTAssertEqual(s.indexCursor, 2, "the index opens at the current step")
        press("jjj", &s)
        s.press(.up, at: 100)
        XCTAssertEqual(s.indexCursor, 4)
        XCTAssertEqual(s.current, 2, "moving in the index does not move the presentation")
        s.press(.enter, at: 100)
        XCTAssertNil(s.indexCursor)
        XCTAssertEqual(s.current, 4)
        press("i", &s)
        press("k", &s)
        s.press(.escape, at: 100)
        XCTAssertNil(s.indexCursor)
        XCTAssertEqual(s.current, 4, "Esc closes without moving")
        press("ikkkkkkkkkkk", &s)
        XCTAssertEqual(s.indexCursor, 0, "the cursor stops at the first step")
        XCTAssertEqual(press("q", &s), .none, "q in the index closes the index only")
        XCTAssertNil(s.indexCursor)
        XCTAssertEqual(press("q", &s), .quit)
    }

    func testTheListOfKeysClosesOnAnyKey() throws {
        var s = try state()
        press("?", &s)
        XCTAssertTrue(s.helpOpen)
        press("l", &s)
        XCTAssertFalse(s.helpOpen)
        XCTAssertEqual(s.current, 0, "the key that closes the list does nothing else")
        s.press(.function(1), at: 100)
        XCTAssertEqual(s.press(.control("c"), at: 100), .quit, "Ctrl-C still leaves")
    }

    func testTheClockStartsPausesAndResets() throws {
        var s = try state()
        s.tick(at: 130)
        XCTAssertEqual(s.elapsedSeconds, 0, "the clock waits for t")
        s.press(.character("t"), at: 130)
        s.tick(at: 195.5)
        XCTAssertEqual(s.elapsedSeconds, 65)
        XCTAssertEqual(PresenterState.clockText(seconds: s.elapsedSeconds), "01:05")
        s.press(.character("t"), at: 200)
        s.tick(at: 1000)
        XCTAssertEqual(s.elapsedSeconds, 70, "paused: time passing does not count")
        s.press(.character("t"), at: 1000)
        s.tick(at: 1010)
        XCTAssertEqual(s.elapsedSeconds, 80)
        s.press(.character("r"), at: 1010)
        XCTAssertEqual(s.elapsedSeconds, 0)
        s.tick(at: 1013)
        XCTAssertEqual(s.elapsedSeconds, 3, "reset while running keeps running")
        s.tick(at: 900)
        XCTAssertEqual(s.elapsedSeconds, 3, "a timestamp from the past does not move the clock back")
        XCTAssertEqual(PresenterState.clockText(seconds: 3725), "1:02:05")
    }

    func testTheTourAdvancesAndPausesOnAnyKey() throws {
        var s = try state(tour: 10)
        s.tick(at: 109)
        XCTAssertEqual(s.current, 0)
        XCTAssertEqual(s.secondsUntilTourAdvance, 1)
        s.tick(at: 110)
        XCTAssertEqual(s.current, 1)
        s.tick(at: 119)
        XCTAssertEqual(s.current, 1, "the interval starts again at each step")
        s.tick(at: 120)
        XCTAssertEqual(s.current, 2)
        s.press(.character("l"), at: 121)
        XCTAssertEqual(s.current, 3, "the key still does its job")
        XCTAssertEqual(s.tour?.paused, true)
        s.tick(at: 500)
        XCTAssertEqual(s.current, 3, "paused")
        XCTAssertNil(s.secondsUntilTourAdvance)
        s.press(.character("a"), at: 500)
        XCTAssertEqual(s.tour?.paused, false)
        s.tick(at: 509)
        XCTAssertEqual(s.current, 3)
        s.tick(at: 510)
        XCTAssertEqual(s.current, 4)
        press("G", &s, at: 511)
        press("a", &s, at: 511)
        s.tick(at: 521)
        XCTAssertEqual(s.current, 0, "after the last step the tour starts again")
    }

    func testAnEmptyDeckIgnoresEverything() {
        var s = PresenterState(
            deck: PresenterDeck(dataset: Dataset(title: "Empty"), title: "Empty", lessonID: nil, steps: []),
            size: Size(width: 80, height: 24))
        for key: Key in [.character("l"), .character("G"), .character("i"), .enter, .character("h")] {
            s.press(key, at: 1)
        }
        XCTAssertEqual(s.current, 0)
        XCTAssertNil(s.indexCursor)
        XCTAssertNil(s.step)
    }

    func testFromTheExplorerPresentingStartsAtTheSelectedEvent() {
        var explorer = ExplorerState(
            dataset: SampleDataset.dataset, size: Size(width: 90, height: 30), showContentNote: false)
        explorer.press(.character("j"))
        explorer.press(.character("j"))
        let state = PresenterState(explorer: explorer, now: 5)
        XCTAssertEqual(state.step?.title, "Years of hunger")
        XCTAssertEqual(state.current, 2)
        XCTAssertEqual(state.size, Size(width: 90, height: 30))
        XCTAssertNil(state.deck.lessonID)
    }

    func testEveryPresenterKeyIsInTheOneTable() {
        let presenter = KeyBindings.commands.filter { $0.context == .presenter }
        for key: Key in [
            .character(" "), .right, .character("l"), .left, .character("h"), .character("g"), .character("G"),
            .character("i"), .character("t"), .character("r"), .character("q"), .character("5"),
        ] {
            XCTAssertTrue(presenter.contains { $0.keys.contains(key) }, "\(key) missing")
        }
        XCTAssertEqual(KeyBindings.commands.first { $0.action == .present }?.keys, [.character("p")])
        var explorer = ExplorerState(
            dataset: SampleDataset.dataset, size: Size(width: 80, height: 24), showContentNote: false)
        XCTAssertEqual(explorer.press(.character("p")), .present)
    }
}
