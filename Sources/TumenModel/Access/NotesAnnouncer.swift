import TumenData

/// `tumen notes --screen-reader`: what to say as the presenter moves, so a reader who
/// cannot see the projector (or the notes window) follows the class. Pure, like the
/// explorer's voice: two notes snapshots in, paragraphs out; the clock ticking is not news.
public struct NotesAnnouncer: Sendable {
    /// The lesson being presented, resolved from the same dataset, for the step's text and
    /// the map in words; nil when it cannot be found (then only the snapshot's words are said).
    public var deck: PresenterDeck?
    public var words: MapDescription?

    public init(deck: PresenterDeck?, words: MapDescription?) {
        self.deck = deck
        self.words = words
    }

    public func announce(from old: NotesSnapshot?, to new: NotesSnapshot?) -> [String] {
        guard let new else {
            return old == nil
                ? ["No presentation is running yet: waiting for one to start."]
                : ["The presentation can no longer be found."]
        }
        if new.ended {
            if old == nil { return ["No presentation is running: the last one has ended. Waiting for one to start."] }
            return old?.ended == true ? [] : ["The presentation has ended."]
        }
        if let old, !old.ended, old.session == new.session, old.step == new.step, old.title == new.title { return [] }
        return step(new)
    }

    /// "Step 3 of 12 of The escape route: Wading the Tumen River. 2011." then what the
    /// screen shows (a stage in words), the question, the teacher's notes and what is next.
    public func step(_ snapshot: NotesSnapshot) -> [String] {
        guard snapshot.stepCount > 0 else {
            return [Spoken.sentence("\(Spoken.line(snapshot.lessonTitle)) has no steps")]
        }
        var head = "Step \(snapshot.step) of \(snapshot.stepCount) of \(Spoken.line(snapshot.lessonTitle))"
        if let title = snapshot.title { head += ": " + Spoken.line(title) }
        var out = [Spoken.sentence(head) + (snapshot.date.map { " " + Spoken.sentence(Spoken.line($0)) } ?? "")]
        if let step = resolved(snapshot) {
            if let stage = step.stage, let words,
                let route = deck?.dataset.routes.first(where: { $0.id == stage.routeID })
            {
                out += words.stage(stage.index, of: route).dropFirst()
            } else {
                out += step.summary.split(whereSeparator: \.isNewline).map { Spoken.line(String($0)) }
            }
        }
        if let question = snapshot.question { out.append(Spoken.sentence("Question: " + Spoken.line(question))) }
        if let notes = snapshot.notes { out.append(Spoken.sentence("Teacher's notes: " + Spoken.line(notes))) }
        if let next = snapshot.nextTitle {
            out.append(Spoken.sentence("Next: " + Spoken.line(next)))
        } else {
            out.append("This is the last step.")
        }
        return out
    }

    /// The deck's step for the snapshot, if the deck is the lesson being shown.
    func resolved(_ snapshot: NotesSnapshot) -> PresenterStep? {
        guard let deck, deck.title == snapshot.lessonTitle, deck.steps.count == snapshot.stepCount,
            deck.steps.indices.contains(snapshot.step - 1)
        else { return nil }
        let step = deck.steps[snapshot.step - 1]
        return step.title == snapshot.title ? step : nil
    }

    /// The deck a snapshot's lesson title names in a dataset: the lesson with that title,
    /// or every event by date when it is the dataset's own title (`tumen present` alone).
    public static func deck(for lessonTitle: String, in dataset: Dataset, lesson: String? = nil) -> PresenterDeck? {
        if let lesson { return try? PresenterDeck(dataset: dataset, lesson: lesson) }
        if let match = dataset.lessons.first(where: { $0.title == lessonTitle }) {
            return try? PresenterDeck(dataset: dataset, lesson: match.id)
        }
        return lessonTitle == dataset.title ? try? PresenterDeck(dataset: dataset, lesson: nil) : nil
    }
}
