import TumenData
import TumenModel
import XCTest

@testable import TumenRender

/// The map's panel and shading describe the current selection, and the map is as the user
/// left it on coming back: whole screens of the bundled data, keys as `tumen render --keys`.
final class MapSelectionScreenTests: XCTestCase {
    func render(_ keys: String, _ width: Int, _ height: Int, theme: Theme = .mono()) throws -> (ExplorerState, Screen) {
        try MapTestSupport.bundled(keys, width: width, height: height, theme: theme)
    }

    // MARK: The panel follows the selection

    func testThePanelDescribesTheSelectedEventNotAStageLeftBehind() throws {
        // Stage 9, then the first event and two on: "event 3" in the status bar, no stage.
        let (_, screen) = try render("m]]]]]]]]]gjj", 80, 24)
        let text = screen.text
        XCTAssertTrue(text.contains("event 3 of"), text)
        XCTAssertFalse(text.contains("Stage 9"), "a stale stage:\n\(text)")
        XCTAssertTrue(text.contains("1986: A deal to send them back"), "which event:\n\(text)")
        XCTAssertTrue(text.contains("Where: China (中国), North Korea (조선)."), "where, by name:\n\(text)")
    }

    func testTheSidePanelListsTheStagesWithNoneMarkedAndSaysWhereTheEventHappened() throws {
        let (_, screen) = try render("m]]]]]]]]]gjj", 120, 40)
        let lines = screen.lines
        XCTAssertFalse(screen.text.contains("Stage 9:"), screen.text)
        XCTAssertTrue(screen.text.contains("1986: A deal to send them back"), screen.text)
        XCTAssertTrue(lines.contains { $0.contains("Where: China (中国), North") }, screen.text)
        // No row of the stage list is in the selection's reverse video.
        let stageRow = try XCTUnwrap(lines.firstIndex { $0.contains(" 9 To the capital") })
        let selectedCells = (0..<120).filter { screen[$0, stageRow].style == Theme.mono().selected }
        XCTAssertEqual(selectedCells, [], "stage 9 still marked")
    }

    func testTheMapUnderTheTimelineFollowsTheSelectionToo() throws {
        // The split view from 160x45: the selection moves in the timeline, the map's panel follows.
        let (state, screen) = try render("m]]]]]]]]]tgjj", 200, 60)
        XCTAssertEqual(state.view, .timeline)
        XCTAssertFalse(screen.text.contains("Stage 9:"), screen.text)
        XCTAssertTrue(screen.text.contains("1986: A deal to send them back"), screen.text)
    }

    func testAStageEventStillShowsItsStage() throws {
        let (_, screen) = try render("m]]]]]]]]]", 80, 24)
        XCTAssertTrue(screen.text.contains("Stage 9 of 12: To the capital"), screen.text)
    }

    // MARK: Leaving the map and coming back

    func testComingBackToTheMapShowsItAsItWasLeft() throws {
        let (_, before) = try render("m++<Right>]]", 80, 24)
        for away in ["tm", "<Tab><Tab>", "t+<Enter>m"] {
            let (_, after) = try render("m++<Right>]]" + away, 80, 24)
            XCTAssertEqual(after.text, before.text, "after \(away)")
        }
    }

    func testComingBackAfterTheSelectionChangedShowsTheNewSelection() throws {
        // Stage 2, then in the timeline the next event (stage 3 tells none: Tumen city's
        // stage has no event, so j goes to the next in time).
        let (state, screen) = try render("m++<Right>]]tjm", 80, 24)
        let event = try XCTUnwrap(state.selectedEvent)
        XCTAssertFalse(screen.text.contains("Stage 2 of 12"), screen.text)
        if case .stage(let route, let index, _) = state.mapSelection {
            XCTAssertTrue(screen.text.contains("Stage \(route.stages[index].number) of"), screen.text)
        } else {
            XCTAssertTrue(screen.text.contains("\(event.date.label): \(event.title)"), screen.text)
        }
    }
}
