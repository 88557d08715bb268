import TumenData
import TumenModel

/// `tumen notes`: the speaker's screen. The current step's title, the teacher's notes and
/// the question, the next step's title, and the clock; or, before a presenter has started
/// (or after it ended), a line saying what the window is waiting for.
public enum NotesView {
    /// `session`: the one joined (nil before any presenter has published). `hint` adds
    /// the keys.
    public static func render(
        _ snapshot: NotesSnapshot?, session: String?, size: Size, now: Double, theme: Theme,
        hint: Bool = true
    ) -> Screen {
        var screen = Screen(size: size, fill: Cell(" ", style: theme.normal))
        guard size.width > 0, size.height > 0 else { return screen }
        let width = max(1, size.width - 4)
        var row = 2
        func put(_ text: String, _ style: Style) {
            for line in PresenterText.wrap(text, width: width) where row < size.height - 1 {
                screen.put(line, column: 2, row: row, style: style, limit: width)
                row += 1
            }
        }

        screen.fill(column: 0, row: 0, width: size.width, height: 1, style: theme.statusBar)
        var right = ""
        if let snapshot {
            if snapshot.stepCount > 0 { right = "step \(snapshot.step) / \(snapshot.stepCount)   " }
            right +=
                PresenterState.clockText(seconds: snapshot.elapsedSeconds(at: now))
                + (snapshot.timerRunningSince == nil ? " paused" : "") + " "
        }
        let rightColumn = max(0, size.width - DisplayWidth.of(right))
        let title = " Notes: " + (snapshot?.lessonTitle ?? session ?? "any presenter")
        screen.put(title, column: 0, row: 0, style: theme.statusBar, limit: max(0, rightColumn - 1))
        screen.put(right, column: rightColumn, row: 0, style: theme.statusBar)

        guard let snapshot, !snapshot.ended else {
            let which = session.map { "the presenter (session \($0))" } ?? "a presenter on this machine"
            let message =
                snapshot == nil
                ? "Waiting for \(which). Start tumen present in another terminal; this window follows it."
                : "The presentation has ended. Waiting for it to start again (session \(snapshot!.session))."
            put(message, theme.dim)
            if hint { drawHint(&screen, size: size, theme: theme) }
            theme.settle(&screen)
            return screen
        }
        if let title = snapshot.title {
            put("Now: " + title + (snapshot.date.map { " (\($0))" } ?? ""), theme.title)
            row += 1
            put(snapshot.notes ?? "(no notes for this step)", snapshot.notes == nil ? theme.dim : theme.normal)
            if let question = snapshot.question {
                row += 1
                put("Question: " + question, theme.title)
            }
            row += 1
            put("Next: " + (snapshot.nextTitle ?? "nothing; this is the last step"), theme.dim)
        } else {
            put("This lesson has no steps.", theme.dim)
        }
        if hint { drawHint(&screen, size: size, theme: theme) }
        theme.settle(&screen)
        return screen
    }

    private static func drawHint(_ screen: inout Screen, size: Size, theme: Theme) {
        guard size.height >= 4 else { return }
        screen.put(
            "q quit   s switch to the newest presentation", column: 2, row: size.height - 1, style: theme.dim,
            limit: size.width - 2)
    }
}
