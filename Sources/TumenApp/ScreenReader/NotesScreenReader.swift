import FoundationEssentials
import Glibc
import TumenData
import TumenFiles
import TumenModel
import TumenTerminal

/// `tumen notes --screen-reader`: follows a running `tumen present` as the notes window
/// does (NotesSync, polled four times a second) and says each step as the presenter moves
/// to it (NotesAnnouncer), as plain lines. `q` (or Ctrl-C, or Esc) quits; from a pipe, a
/// line `q` does. It stops by itself when the presentation it followed ends.
enum NotesScreenReader {
    static func follow(
        session: String?, sync: NotesSync, dataset: Dataset?, lesson: String?, pollInterval: Double = 0.25
    ) {
        let basemap = dataset == nil ? nil : BasemapLoad.standard.basemap
        let words = dataset.map { MapDescription(dataset: $0, basemap: basemap) }
        ScreenReaderMode.write(
            ScreenReaderLines.lines(
                ["Tumen notes, screen-reader mode: each step is read as the presenter moves to it. q quits."]))
        let keyboard = RawKeyboard.open()
        defer { keyboard?.close() }
        let lines = keyboard == nil ? StandardInputLines() : nil
        var last: NotesSnapshot?
        var first = true
        var followed = false
        var announcer = NotesAnnouncer(deck: nil, words: words)
        // Joined once, then kept: another presenter starting later does not take over.
        var joined = session
        while true {
            if joined == nil { joined = sync.sessions().first }
            let snapshot = joined.flatMap { sync.read(session: $0) }
            if let snapshot, let dataset, announcer.deck?.title != snapshot.lessonTitle {
                announcer.deck = NotesAnnouncer.deck(for: snapshot.lessonTitle, in: dataset, lesson: lesson)
            }
            if first || snapshot != last {
                ScreenReaderMode.write(
                    ScreenReaderLines.lines(announcer.announce(from: first ? nil : last, to: snapshot)))
            }
            first = false
            last = snapshot
            if snapshot?.ended == false { followed = true }
            if followed, snapshot?.ended == true { return }
            if let keyboard {
                switch keyboard.readKey(timeout: pollInterval) {
                case .character("q")?, .control("c")?, .escape?: return
                case .control("z")?: keyboard.suspend()
                default: if keyboard.atEnd { usleep(useconds_t(pollInterval * 1_000_000)) }
                }
            } else if let lines {
                if lines.atEnd { usleep(useconds_t(pollInterval * 1_000_000)) }
                if lines.read(timeout: pollInterval).contains(where: { $0.trimmingSpaces() == "q" }) {
                    return
                }
            }
        }
    }
}
