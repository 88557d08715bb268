import TumenData
import TumenModel

/// A student's screen over SSH (`tumen serve`). The content note and the explorer are the
/// local explorer's own screens (RootView); following shows the presenter's screen for the
/// teacher's step (PresenterView) above one line saying what is followed and the keys.
public enum ClassroomView {
    public static func render(_ state: ClassroomState, theme: Theme, context: RenderContext) -> Screen {
        switch state.mode {
        case .contentNote, .exploring: return RootView.render(state.explorer, theme: theme, context: context)
        case .choosing: return ClassroomChoiceView.render(state, theme: theme)
        case .following: return renderFollowing(state, theme: theme, context: context)
        }
    }

    static func renderFollowing(_ state: ClassroomState, theme: Theme, context: RenderContext) -> Screen {
        var screen = Screen(size: state.size, fill: Cell(" ", style: theme.normal))
        guard state.size.width > 0, state.size.height > 0 else { return screen }
        if state.teacherMatchesLesson, state.teacher?.ended == false {
            let presenter = PresenterView.render(state.follower, theme: theme, context: context)
            for row in 0..<presenter.size.height {
                for column in 0..<presenter.size.width { screen[column, row] = presenter[column, row] }
            }
        } else {
            let lines = ClassroomText.waitingLines(state)
            for (index, line) in lines.enumerated() where 1 + index < state.size.height - 1 {
                screen.put(
                    line, column: 2, row: 1 + index, style: index == 0 ? theme.title : theme.normal,
                    limit: state.size.width - 4)
            }
        }
        // In the title style on the screen's own background, not a second status bar: the
        // presenter's status line above it is the teacher's, this one is the student's.
        let bottom = state.size.height - 1
        screen.fill(column: 0, row: bottom, width: state.size.width, height: 1, style: theme.normal)
        screen.put(
            " " + ClassroomText.followingLine(state), column: 0, row: bottom, style: theme.title,
            limit: state.size.width)
        theme.settle(&screen)
        return screen
    }
}

/// The words of the classroom screens, kept apart from where they are drawn.
enum ClassroomText {
    static func followingLine(_ state: ClassroomState) -> String {
        "Following the teacher · e explore on your own · q leave"
    }

    /// What a follower sees while there is no step of this lesson to show.
    static func waitingLines(_ state: ClassroomState) -> [String] {
        guard let teacher = state.teacher else {
            return [
                "Waiting for the teacher.",
                "The presentation appears here as soon as the teacher starts it.",
                "Meanwhile, press e to explore the timeline and the map on your own.",
            ]
        }
        if teacher.ended {
            return [
                "The teacher has finished presenting.",
                "Press e to explore on your own, or q to leave.",
            ]
        }
        return [
            "The teacher is presenting another lesson: \(teacher.lessonTitle).",
            "This server shows \(state.follower.deck.title); press e to explore it on your own.",
        ]
    }
}
