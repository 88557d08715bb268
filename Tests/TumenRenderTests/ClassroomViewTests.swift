import TumenData
import TumenFixtures
import TumenModel
import XCTest

@testable import TumenRender

/// A student's screens over SSH compared with Goldens/classroom-*.txt, text and styles:
/// following the teacher's step (the presenter's screen, the teacher's status line, then
/// the student's own line in the title style on the screen's background), waiting for a
/// teacher, and the choice after the content note.
/// Rerecord with TUMEN_UPDATE_GOLDENS=1 swift test --filter ClassroomViewTests.
final class ClassroomViewTests: XCTestCase {
    private func student(size: Size, teacherSteps: Int?) throws -> ClassroomState {
        let deck = try PresenterDeck(dataset: SampleDataset.dataset, lesson: "journey")
        var student = ClassroomState(dataset: SampleDataset.dataset, deck: deck, size: size)
        student.press(.character(" "))
        if let teacherSteps {
            student.apply(.follow)
            var teacher = PresenterState(deck: deck, size: size)
            for _ in 0..<teacherSteps { teacher.press(.character("l"), at: 0) }
            student.teacherMoved(teacher.notesSnapshot(session: "test"), at: 0)
        }
        return student
    }

    func testFollowingShowsTheTeachersStepAboveTheStudentsOwnLine() throws {
        for theme in [Theme.dark(), Theme.light()] {
            let screen = ClassroomView.render(
                try student(size: Size(width: 80, height: 24), teacherSteps: 1), theme: theme,
                context: .forTestsWithoutBasemap)
            PresenterGolden.assert(screen, named: "classroom-following-\(theme.name)-80x24")
            // The student's line is not drawn as a second status bar.
            let bottom = screen.size.height - 1
            XCTAssertEqual(screen[1, bottom].style, theme.title)
            XCTAssertNotEqual(screen[1, bottom].style, screen[1, bottom - 1].style)
        }
    }

    func testWaitingForATeacherAndChoosing() throws {
        var waiting = try student(size: Size(width: 80, height: 24), teacherSteps: nil)
        PresenterGolden.assert(
            ClassroomView.render(waiting, theme: .dark(), context: .forTestsWithoutBasemap),
            named: "classroom-choosing-dark-80x24")
        waiting.apply(.follow)
        PresenterGolden.assert(
            ClassroomView.render(waiting, theme: .dark(), context: .forTestsWithoutBasemap),
            named: "classroom-waiting-dark-80x24")
    }
}
