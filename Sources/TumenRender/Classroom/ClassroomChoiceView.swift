import TumenData
import TumenModel

/// The screen after the content note: follow the teacher, or explore alone.
enum ClassroomChoiceView {
    static func render(_ state: ClassroomState, theme: Theme) -> Screen {
        var screen = Screen(size: state.size, fill: Cell(" ", style: theme.normal))
        let full = Rect(state.size)
        guard full.width > 0, full.height > 0 else { return screen }
        let width = min(66, max(1, full.width - 4))
        var lines: [(String, Style)] = WordWrap.lines(state.explorer.dataset.title, width: width).map {
            ($0, theme.title)
        }
        let choices = [
            (
                "f",
                "Follow the teacher: your screen shows the step the teacher is on, and moves when the teacher "
                    + "moves. " + teacherStatus(state)
            ),
            ("e", "Explore on your own: the timeline and the map, at your own pace. F comes back to following."),
            ("q", "Leave."),
        ]
        for (key, text) in choices {
            lines.append(("", theme.normal))
            // The key, then its text in a column of its own.
            for (index, line) in WordWrap.lines(text, width: max(1, width - 3)).enumerated() {
                lines.append(((index == 0 ? key + "  " : "   ") + line, theme.normal))
            }
        }
        let area = Box.centred(width: width, height: lines.count, in: full)
        for (index, line) in lines.prefix(area.height).enumerated() {
            screen.put(line.0, column: area.column, row: area.row + index, style: line.1, limit: area.width)
        }
        theme.settle(&screen)
        return screen
    }

    static func teacherStatus(_ state: ClassroomState) -> String {
        guard let teacher = state.teacher, !teacher.ended else { return "(The teacher has not started yet.)" }
        guard state.teacherMatchesLesson else { return "(The teacher is presenting another lesson.)" }
        return "(Now on step \(teacher.step) of \(teacher.stepCount).)"
    }
}
