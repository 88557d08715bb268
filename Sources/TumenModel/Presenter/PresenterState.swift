import TumenData

/// Everything presenter mode shows, as one value. The clock and the tour are driven by
/// timestamps the front end passes in (seconds on any monotonic scale), so the model never
/// reads a clock and tests can move time by hand.
public struct PresenterState: Sendable, Equatable {
    public let deck: PresenterDeck
    public var size: Size
    /// Index into `deck.steps`.
    public private(set) var current = 0
    /// Digits typed so far for `<number>G`; nil when none.
    public private(set) var count: Int?
    /// The highlighted row of the step index; nil when the index is closed.
    public private(set) var indexCursor: Int?
    /// The list of keys (`?`) is showing; the next key closes it.
    public private(set) var helpOpen = false
    public private(set) var timer = Timer()
    /// Auto-advance (`--tour SECONDS`); nil when not touring.
    public private(set) var tour: Tour?
    /// The latest timestamp seen: the clock on screen is read at this moment.
    public private(set) var now: Double
    /// Students following over SSH (`tumen serve`), when a server follows this session;
    /// nil when none does.
    public private(set) var audience: Int?

    /// The elapsed-time clock: time gathered while running, plus the running stretch.
    public struct Timer: Sendable, Equatable {
        public var accumulated: Double = 0
        /// When the running stretch began; nil while paused.
        public var runningSince: Double?

        public var isRunning: Bool { runningSince != nil }

        public func elapsed(at now: Double) -> Double {
            accumulated + (runningSince.map { max(0, now - $0) } ?? 0)
        }
    }

    public struct Tour: Sendable, Equatable {
        public var interval: Double
        public var paused = false
        /// When the current step was reached (by the tour or by a resume).
        public var lastAdvance: Double
    }

    public init(deck: PresenterDeck, size: Size, now: Double = 0, tourInterval: Double? = nil) {
        self.deck = deck
        self.size = size
        self.now = now
        if let tourInterval, tourInterval > 0 { tour = Tour(interval: tourInterval, lastAdvance: now) }
    }

    /// Presenter mode opened from the explorer (`p`): every event by date, starting at the
    /// event selected there, at the explorer's size.
    public init(explorer: ExplorerState, now: Double) {
        let deck =
            (try? PresenterDeck(dataset: explorer.dataset, lesson: nil))
            ?? PresenterDeck(dataset: explorer.dataset, title: explorer.dataset.title, lessonID: nil, steps: [])
        self.init(deck: deck, size: explorer.size, now: now)
        if let id = explorer.selectedEvent?.id, let index = deck.steps.firstIndex(where: { $0.eventID == id }) {
            current = index
        }
    }

    public var step: PresenterStep? { deck.steps.indices.contains(current) ? deck.steps[current] : nil }
    public var nextStep: PresenterStep? { deck.steps.indices.contains(current + 1) ? deck.steps[current + 1] : nil }

    /// Whole seconds on the clock now.
    public var elapsedSeconds: Int { Int(timer.elapsed(at: now)) }

    /// "mm:ss", or "h:mm:ss" past an hour.
    public static func clockText(seconds: Int) -> String {
        let s = max(0, seconds)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        if s >= 3600 { return "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" }
        return "\(two(s / 60)):\(two(s % 60))"
    }
}

// The reducer: pure and total. Every action is valid in every state.
extension PresenterState {
    @discardableResult
    public mutating func apply(_ action: PresenterAction, at now: Double) -> PresenterEffect {
        self.now = max(self.now, now)
        if case .digit(let digit) = action {
            let next = (count ?? 0) * 10 + digit
            if next <= 1_000_000 { count = next }
            return .none
        }
        let effect = applyUsingCount(action)
        count = nil
        return effect
    }

    private mutating func applyUsingCount(_ action: PresenterAction) -> PresenterEffect {
        switch action {
        case .next: go(to: current + 1)
        case .previous: go(to: current - 1)
        case .first: go(to: 0)
        case .goToCountOrLast: go(to: count.map { $0 - 1 } ?? deck.steps.count - 1)
        case .digit: break
        case .openIndex: indexCursor = deck.steps.isEmpty ? nil : current
        case .closeIndex: indexCursor = nil
        case .indexDown: if let cursor = indexCursor { indexCursor = min(cursor + 1, deck.steps.count - 1) }
        case .indexUp: if let cursor = indexCursor { indexCursor = max(cursor - 1, 0) }
        case .indexPick:
            if let cursor = indexCursor { go(to: cursor) }
            indexCursor = nil
        case .toggleTimer:
            if let since = timer.runningSince {
                timer.accumulated += max(0, now - since)
                timer.runningSince = nil
            } else {
                timer.runningSince = now
            }
        case .resetTimer:
            timer.accumulated = 0
            if timer.isRunning { timer.runningSince = now }
        case .toggleTour:
            guard var tour else { return .none }
            tour.paused.toggle()
            tour.lastAdvance = now
            self.tour = tour
        case .openHelp: helpOpen = true
        case .suspend: return .suspend
        case .quit: return .quit
        }
        return .none
    }

    /// A key press at a moment: any key pauses a running tour (a teacher taking over),
    /// then the key's action from the one command table is applied. Unknown keys only
    /// clear a half-typed count.
    @discardableResult
    public mutating func press(_ key: Key, at now: Double) -> PresenterEffect {
        if helpOpen {
            // Any key closes the list of keys (Ctrl-C still leaves).
            helpOpen = false
            self.now = max(self.now, now)
            return key == .control("c") ? .quit : .none
        }
        let action = KeyBindings.presenterAction(for: key, in: self)
        if var tour, !tour.paused, action != .toggleTour {
            tour.paused = true
            self.tour = tour
        }
        guard let action else {
            count = nil
            self.now = max(self.now, now)
            return .none
        }
        return apply(action, at: now)
    }

    /// Time passes: the clock moves on, and a running tour advances when its interval is
    /// up (from the last step back to the first, for an unattended screen). Not while the
    /// index is open.
    public mutating func tick(at now: Double) {
        self.now = max(self.now, now)
        guard var tour, !tour.paused, indexCursor == nil, deck.steps.count > 1,
            self.now - tour.lastAdvance >= tour.interval
        else { return }
        current = current + 1 < deck.steps.count ? current + 1 : 0
        tour.lastAdvance = self.now
        self.tour = tour
    }

    public mutating func resize(_ size: Size) { self.size = size }

    /// How many students a classroom server says follow this session (nil: no server).
    public mutating func setAudience(_ count: Int?) { audience = count.map { max(0, $0) } }

    /// A follower (`tumen serve`) shows the teacher's step and clock: the step index and
    /// the timer come from the teacher's published snapshot, `now` from the wall clock.
    public mutating func follow(step index: Int, timer: Timer, at now: Double) {
        self.now = max(self.now, now)
        if !deck.steps.isEmpty { current = min(max(index, 0), deck.steps.count - 1) }
        self.timer = timer
    }

    /// Seconds until the tour's next advance, for a front end choosing its key timeout.
    public var secondsUntilTourAdvance: Double? {
        guard let tour, !tour.paused else { return nil }
        return max(0, tour.interval - (now - tour.lastAdvance))
    }

    private mutating func go(to index: Int) {
        guard !deck.steps.isEmpty else { return }
        current = min(max(index, 0), deck.steps.count - 1)
        if var tour {
            tour.lastAdvance = now
            self.tour = tour
        }
    }
}
