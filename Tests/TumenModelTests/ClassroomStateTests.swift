import TumenFixtures
import XCTest

@testable import TumenData
@testable import TumenModel

/// A student's connection to `tumen serve`, without a network: the content note, the
/// choice, following the teacher's snapshots and exploring, and every way of leaving.
final class ClassroomStateTests: XCTestCase {
    private let size = Size(width: 90, height: 28)

    private func classroom() throws -> ClassroomState {
        ClassroomState(
            dataset: SampleDataset.dataset, deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey"),
            size: size)
    }

    private func snapshot(step: Int, of state: ClassroomState, ended: Bool = false, running: Double? = nil)
        -> NotesSnapshot
    {
        var teacher = PresenterState(deck: state.follower.deck, size: size)
        for _ in 1..<step { teacher.apply(.next, at: 0) }
        var snapshot = teacher.notesSnapshot(session: "s", ended: ended)
        snapshot.timerRunningSince = running
        return snapshot
    }

    func testTheContentNoteComesFirstThenTheChoice() throws {
        var state = try classroom()
        XCTAssertEqual(state.mode, .contentNote)
        XCTAssertEqual(state.explorer.overlay, .contentNote)
        // e on the note only dismisses it: a student reads the note before choosing.
        state.press(.character("e"))
        XCTAssertEqual(state.mode, .choosing)
        XCTAssertNil(state.explorer.overlay)
        state.press(.character("x"))
        XCTAssertEqual(state.mode, .choosing, "other keys do nothing on the choice screen")
        state.press(.character("f"))
        XCTAssertEqual(state.mode, .following)
    }

    func testFollowingMovesWithTheTeachersSnapshotsOfThisLessonOnly() throws {
        var state = try classroom()
        state.press(.enter)
        state.press(.character("f"))
        XCTAssertFalse(state.teacherMatchesLesson)
        state.teacherMoved(snapshot(step: 3, of: state), at: 10)
        XCTAssertTrue(state.teacherMatchesLesson)
        XCTAssertEqual(state.follower.current, 2)
        // Keys a presenter would use do not move a follower: only the teacher does.
        state.press(.character(" "))
        state.press(.character("G"))
        XCTAssertEqual(state.follower.current, 2)
        state.teacherMoved(snapshot(step: 1, of: state, running: 4), at: 10)
        XCTAssertEqual(state.follower.current, 0)
        XCTAssertEqual(state.follower.elapsedSeconds, 6, "the teacher's clock, running since 4, read at 10")
        // Another lesson's snapshot: the follower stays, and knows it is not this lesson.
        var other = snapshot(step: 2, of: state)
        other.lessonTitle = "Another lesson"
        state.teacherMoved(other, at: 11)
        XCTAssertFalse(state.teacherMatchesLesson)
        XCTAssertEqual(state.follower.current, 0)
    }

    func testExploringUsesTheExplorerAndFOrPFollowsAgain() throws {
        var state = try classroom()
        state.press(.enter)
        state.press(.character("e"))
        XCTAssertEqual(state.mode, .exploring)
        state.press(.character("j"))
        XCTAssertEqual(state.explorer.selected, 1, "j moves the explorer's selection")
        state.press(.character("F"))
        XCTAssertEqual(state.mode, .following)
        state.press(.character("e"))
        XCTAssertEqual(state.explorer.selected, 1, "the explorer is where the student left it")
        state.press(.character("p"))
        XCTAssertEqual(state.mode, .following, "p presents: over SSH that is the teacher's presentation")
    }

    func testFIsALetterWhileTypingASearch() throws {
        var state = try classroom()
        state.press(.enter)
        state.press(.character("e"))
        state.press(.character("/"))
        state.press(.character("F"))
        XCTAssertEqual(state.mode, .exploring)
        XCTAssertEqual(state.explorer.search.draft, "F")
    }

    func testCtrlZDoesNothingOverSSH() throws {
        var state = try classroom()
        state.press(.enter)
        state.press(.character("e"))
        let before = state
        state.press(.control("z"))
        XCTAssertEqual(state.explorer, before.explorer)
        XCTAssertEqual(state.mode, .exploring)
        XCTAssertFalse(state.shouldQuit)
    }

    func testEveryWayOfLeaving() throws {
        for (keys, label) in [
            ([Key.enter, .character("q")], "q on the choice"),
            ([.enter, .character("f"), .character("q")], "q following"),
            ([.enter, .character("e"), .character("q")], "q exploring"),
            ([.enter, .character("f"), .control("c")], "Ctrl-C following"),
        ] {
            var state = try classroom()
            for key in keys { state.press(key) }
            XCTAssertTrue(state.shouldQuit, label)
        }
    }

    func testResizingReachesBothTheExplorerAndTheFollower() throws {
        var state = try classroom()
        state.resize(Size(width: 120, height: 40))
        XCTAssertEqual(state.explorer.size, Size(width: 120, height: 40))
        XCTAssertEqual(state.follower.size, Size(width: 120, height: 39), "one row is the classroom's own line")
    }
}
