import TumenData

/// What `tumen notes` shows, as the presenter publishes it after every change: the current
/// step's notes and question, the next step's title and the clock. Plain data, written as
/// JSON to a small file (NotesSync) that the notes window polls.
///
/// The clock travels as the time gathered so far plus when the running stretch began, in
/// wall-clock seconds, so the notes window keeps the clock moving between updates.
public struct NotesSnapshot: Codable, Equatable, Sendable {
    public static let currentVersion = 1

    public var version = NotesSnapshot.currentVersion
    public var session: String
    public var lessonTitle: String
    /// 1-based step number, and how many steps there are (0 when there are none).
    public var step: Int
    public var stepCount: Int
    public var title: String?
    public var date: String?
    public var notes: String?
    public var question: String?
    public var nextTitle: String?
    public var timerAccumulated: Double
    public var timerRunningSince: Double?
    /// True once the presenter has quit; a notes window then says so.
    public var ended: Bool

    public init(
        session: String, lessonTitle: String, step: Int, stepCount: Int, title: String?, date: String?,
        notes: String?, question: String?, nextTitle: String?, timerAccumulated: Double,
        timerRunningSince: Double?, ended: Bool
    ) {
        self.session = session
        self.lessonTitle = lessonTitle
        self.step = step
        self.stepCount = stepCount
        self.title = title
        self.date = date
        self.notes = notes
        self.question = question
        self.nextTitle = nextTitle
        self.timerAccumulated = timerAccumulated
        self.timerRunningSince = timerRunningSince
        self.ended = ended
    }

    public func elapsedSeconds(at now: Double) -> Int {
        Int(timerAccumulated + (timerRunningSince.map { max(0, now - $0) } ?? 0))
    }
}

extension PresenterState {
    /// The snapshot for the notes window. The presenter's timestamps must be wall-clock
    /// seconds for the notes window's clock to agree (the app passes those in).
    public func notesSnapshot(session: String, ended: Bool = false) -> NotesSnapshot {
        NotesSnapshot(
            session: session, lessonTitle: deck.title, step: deck.steps.isEmpty ? 0 : current + 1,
            stepCount: deck.steps.count, title: step?.title, date: step?.date, notes: step?.notes,
            question: step?.question, nextTitle: nextStep?.title, timerAccumulated: timer.accumulated,
            timerRunningSince: timer.runningSince, ended: ended)
    }
}
