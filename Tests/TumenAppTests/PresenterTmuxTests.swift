import Foundation
import XCTest

/// As an educator would: `tumen present` in one terminal, `tumen notes` in another (two
/// tmux servers, so two real processes with their own terminals), walking a lesson with
/// the keyboard while the notes follow, and the notes window started before the presenter.
final class PresenterTmuxTests: XCTestCase {
    private var presenter: Tmux?
    private var notes: Tmux?
    private var runtime: URL!

    override func setUpWithError() throws {
        runtime = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true)
    }

    override func tearDown() {
        presenter?.kill()
        notes?.kill()
        try? FileManager.default.removeItem(at: runtime)
    }

    private func command(_ arguments: String) -> String {
        "XDG_RUNTIME_DIR='\(runtime.path)' '\(TumenBinary.url.path)' \(arguments)"
    }

    func testNotesFollowThePresenterInAnotherTerminal() throws {
        let notes = try Tmux.start(width: 70, height: 14)
        self.notes = notes
        // Started first: it waits for the presenter of the lesson.
        notes.type(command("notes --lesson escape-route --theme terminal"))
        XCTAssertTrue(notes.waitFor("Waiting for the presenter (session tumen-escape-route)"), notes.screenText)

        let presenter = try Tmux.start(width: 100, height: 30)
        self.presenter = presenter
        presenter.type(command("present --lesson escape-route --theme light --ascii"))
        XCTAssertTrue(presenter.waitFor("1 / 12"), presenter.screenText)
        XCTAssertTrue(
            presenter.screenText.contains("#### ### #   # ###"),
            "the headline in large letters:\n\(presenter.screenText)")
        XCTAssertTrue(notes.waitFor("Now: Finding a broker"), notes.screenText)
        XCTAssertTrue(notes.waitFor("Next: Wading the Tumen River"), notes.screenText)

        // Walk on with the keyboard; the notes catch up each time.
        presenter.send("Space")
        XCTAssertTrue(presenter.waitFor("2 / 12"), presenter.screenText)
        XCTAssertTrue(notes.waitFor("Now: Wading the Tumen River"), notes.screenText)
        presenter.send("4", "G", literal: true)
        XCTAssertTrue(presenter.waitFor("4 / 12"), presenter.screenText)
        XCTAssertTrue(notes.waitFor("step 4 / 12"), notes.screenText)
        XCTAssertTrue(notes.screenText.contains("Now: Yanji"), notes.screenText)

        // The clock: started on the presenter, running in the notes window too.
        presenter.send("t")
        XCTAssertTrue(
            presenter.waitFor(timeout: 4) { $0.contains("00:01") || $0.contains("00:02") }, presenter.screenText)
        XCTAssertTrue(notes.waitFor(timeout: 4) { $0.contains("00:02") || $0.contains("00:03") }, notes.screenText)

        // The index: pick step 10.
        presenter.send("i")
        XCTAssertTrue(presenter.waitFor("Steps: Enter go, Esc close"), presenter.screenText)
        for _ in 0..<6 { presenter.send("j") }
        presenter.send("Enter")
        XCTAssertTrue(presenter.waitFor("10 / 12"), presenter.screenText)
        XCTAssertTrue(notes.waitFor("Now: The embassy"), notes.screenText)

        presenter.send("q")
        XCTAssertTrue(
            presenter.waitFor(timeout: 5) { _ in presenter.paneVariable("alternate_on") == "0" },
            "q did not leave presenter mode")
        XCTAssertTrue(notes.waitFor("The presentation has ended."), notes.screenText)
        notes.send("q")
        XCTAssertTrue(
            notes.waitFor(timeout: 5) { _ in notes.paneVariable("alternate_on") == "0" },
            "q did not leave the notes window")
    }

    func testTheTourAdvancesByItselfAndAKeyPausesIt() throws {
        let presenter = try Tmux.start(width: 80, height: 24)
        self.presenter = presenter
        presenter.type(command("present --lesson policy-and-border --tour 1 --ascii"))
        XCTAssertTrue(presenter.waitFor(timeout: 5) { $0.contains("3 / 15") }, presenter.screenText)
        presenter.send("h")
        XCTAssertTrue(presenter.waitFor("tour paused (a)"), presenter.screenText)
        let paused = presenter.capture().last ?? ""
        usleep(1_500_000)
        XCTAssertEqual(presenter.capture().last ?? "", paused, "paused: the step stays")
        presenter.send("q")
    }
}
