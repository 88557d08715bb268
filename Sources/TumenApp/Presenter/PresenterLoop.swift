import FoundationEssentials
import Glibc
import TumenData
import TumenModel
import TumenRender

/// The interactive loops. They read the clock (wall-clock seconds, shared with the notes
/// window) and pass it into the pure model; everything else is the model's and the views'.
public enum PresenterLoop {
    /// Runs presenter mode until `q`. Publishes a notes snapshot whenever it changes and
    /// a final one marked ended.
    public static func present(
        _ state: inout PresenterState, theme: Theme, terminal: some KeyScreenTerminal,
        context: RenderContext, session: String,
        publish: (NotesSnapshot) -> Void, audience: () -> Int? = { nil },
        clock: () -> Double = wallClock
    ) {
        var published: NotesSnapshot?
        presenting: while true {
            state.resize(terminal.size)
            state.tick(at: clock())
            state.setAudience(audience())
            terminal.show(PresenterView.render(state, theme: theme, context: context))
            let snapshot = state.notesSnapshot(session: session)
            if snapshot != published {
                publish(snapshot)
                published = snapshot
            }
            // Wake for the next second of the clock, or the tour's next step if sooner.
            var timeout = 1 - clock().truncatingRemainder(dividingBy: 1)
            if let tour = state.secondsUntilTourAdvance { timeout = min(timeout, tour) }
            guard let key = terminal.readKey(timeout: max(0.05, timeout)) else { continue }
            switch state.press(key, at: clock()) {
            case .quit: break presenting
            case .suspend: terminal.suspend()
            case .none: break
            }
        }
        publish(state.notesSnapshot(session: session, ended: true))
    }

    /// `p` in the explorer: presents every event by date from the selected one, with notes
    /// published for `tumen notes`, until `q`; then the explorer carries on where it was.
    /// Its session is its own ("explorer-PID"), so opening and closing a presentation in
    /// some explorer never takes over a notes window that follows a teacher's lesson.
    public static func presentFromExplorer(
        _ explorer: inout ExplorerState, dataPath: String, theme: Theme,
        terminal: some KeyScreenTerminal, context: RenderContext,
        sync: NotesSync = NotesSync(directory: NotesSync.defaultDirectory()),
        clock: () -> Double = wallClock
    ) {
        var state = PresenterState(explorer: explorer, now: clock())
        let session = explorerSessionName()
        present(
            &state, theme: theme, terminal: terminal, context: context, session: session,
            publish: { try? sync.write($0) }, audience: { sync.readAudience(session: session) }, clock: clock)
        explorer.apply(Action.resize(terminal.size))
    }

    public static func explorerSessionName() -> String { "explorer-\(getpid())" }

    /// Runs the notes window until `q` or Ctrl-C, polling the session's file. Without a
    /// session name it joins the presenter that updated last when it starts (or the first
    /// to start after it) and stays with it; `s` switches to whichever updated last then.
    public static func followNotes(
        session: String?, sync: NotesSync, theme: Theme, terminal: some KeyScreenTerminal,
        pollInterval: Double = 0.25, clock: () -> Double = wallClock
    ) {
        var joined = session
        while true {
            if joined == nil { joined = sync.sessions().first }
            let snapshot = joined.flatMap { sync.read(session: $0) }
            terminal.show(NotesView.render(snapshot, session: joined, size: terminal.size, now: clock(), theme: theme))
            switch terminal.readKey(timeout: pollInterval) {
            case .character("q")?, .control("c")?, .escape?: return
            case .character("s")?: joined = sync.sessions().first ?? joined
            case .control("z")?: terminal.suspend()
            default: continue
            }
        }
    }

    @Sendable public static func wallClock() -> Double { Date().timeIntervalSince1970 }
}
