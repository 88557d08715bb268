import TumenData

/// One student's connection to `tumen serve`, as a value: the content note first, then a
/// choice between following the teacher's presentation and exploring on their own. The
/// server feeds it keys, sizes, the teacher's published snapshots and the wall clock; it
/// reads no clock and does no I/O, so the whole flow is tested without a network.
public struct ClassroomState: Sendable {
    public enum Mode: Sendable, Equatable {
        case contentNote, choosing, following, exploring
    }

    public private(set) var mode: Mode
    /// The student's own explorer (also the content note, as the local explorer shows it).
    public private(set) var explorer: ExplorerState
    /// The teacher's lesson at the teacher's step, at this student's size (less the
    /// classroom's own bottom line).
    public private(set) var follower: PresenterState
    /// The teacher's latest snapshot; nil until a presenter has published one.
    public private(set) var teacher: NotesSnapshot?
    public private(set) var size: Size
    public private(set) var shouldQuit = false

    public init(dataset: Dataset, deck: PresenterDeck, size: Size, now: Double = 0) {
        explorer = ExplorerState(dataset: dataset, size: size, showContentNote: true)
        mode = explorer.overlay == .contentNote ? .contentNote : .choosing
        follower = PresenterState(deck: deck, size: Self.followerSize(size), now: now)
        self.size = size
    }

    /// Rows the presenter's screen gets when following: all but the classroom's line.
    public static func followerSize(_ size: Size) -> Size {
        Size(width: size.width, height: max(0, size.height - 1))
    }

    /// True when the teacher's snapshot is of the lesson this server presents (same
    /// title and number of steps), so its step number means the same step here.
    public var teacherMatchesLesson: Bool {
        guard let teacher else { return false }
        return teacher.stepCount == follower.deck.steps.count && teacher.lessonTitle == follower.deck.title
    }

    public mutating func press(_ key: Key) {
        if let action = KeyBindings.classroomAction(for: key, in: self) {
            apply(action)
            return
        }
        switch mode {
        case .contentNote:
            if explorer.press(key) == .quit {
                shouldQuit = true
            } else if explorer.overlay != .contentNote {
                mode = .choosing
            }
        case .choosing, .following:
            break
        case .exploring:
            switch explorer.press(key) {
            case .quit: shouldQuit = true
            // Over SSH there is no shell to suspend to, and the presentation to open is
            // the teacher's: `p` follows it.
            case .present: apply(.follow)
            case .suspend, .none: break
            }
        }
    }

    public mutating func apply(_ action: ClassroomAction) {
        switch action {
        case .follow: mode = .following
        case .explore: mode = .exploring
        case .leave: shouldQuit = true
        }
    }

    public mutating func resize(_ size: Size) {
        self.size = size
        explorer.apply(Action.resize(size))
        follower.resize(Self.followerSize(size))
    }

    /// The teacher published a snapshot (or none is there: nil). The follower moves to
    /// the teacher's step when it is of this lesson.
    public mutating func teacherMoved(_ snapshot: NotesSnapshot?, at now: Double) {
        teacher = snapshot
        if let snapshot, teacherMatchesLesson, snapshot.step >= 1 {
            let timer = PresenterState.Timer(
                accumulated: snapshot.timerAccumulated,
                runningSince: snapshot.timerRunningSince)
            follower.follow(step: snapshot.step - 1, timer: timer, at: now)
        } else {
            follower.tick(at: now)
        }
    }

    /// The clock moves on (the follower's clock shows the teacher's running time).
    public mutating func tick(at now: Double) { follower.tick(at: now) }
}
