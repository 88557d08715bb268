import Foundation
import XCTest

/// The screen-reader mode without a terminal: keys as lines of standard input, output to
/// a file or pipe, TERM unset or dumb; so a script (or an editor's terminal that sends
/// lines) can drive it, where the full-screen explorer exits 69.
final class ScreenReaderPipeTests: XCTestCase {
    static let sample = ScreenReaderTmuxTests.sample

    func run(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> TumenBinary.Result {
        try TumenBinary.run(
            arguments + ["--data", Self.sample], stdin: Data(input.utf8), environment: environment,
            currentDirectory: TumenBinary.packageRoot)
    }

    func testLinesOfKeysFromAPipeAreAnsweredLineByLine() throws {
        let result = try run(
            ["--screen-reader", "--no-note"], input: "jj\n\n/river\nn\nq\n", environment: ["TERM": "dumb"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(
            result.stdout,
            """
            Tumen, screen-reader mode: one line after each key. ? lists the keys, q quits.
            Sample timeline: 10 events, 2 routes.
            Event 1 of 10. 1951. Policy. A convention is signed. Enter for details.
            Event 2 of 10. 1986. Policy. Two governments agree to return crossers. Enter for details.
            Event 3 of 10. 1996–1999. Border. Years of hunger. Enter for details.
            Details: Years of hunger.
            Date: 1996–1999.
            Category: Border.
            Places: North Bank (북쪽) and River Town (江城).
            A long food shortage drives many people across the river in search of food and work.
            Source:
            1. A sample report, paragraph 5.
            End of details. Enter closes them.
            4 matches for river. Match 2: Event 3 of 10. 1996–1999. Border. Years of hunger.
            n for the next match.
            Match 3 of 4: Event 6 of 10. 2011. Border. Fences and cameras along the river. Details follow.
            Details: Fences and cameras along the river.
            Date: 2011.
            Category: Border.
            Places: North Bank (북쪽).
            Security along the river is tightened with fences, cameras and patrols.
            Source:
            1. A sample report, paragraph 6.
            End of details. Enter closes them.
            Goodbye.

            """)
        XCTAssertFalse(result.stdout.utf8.contains(0x1B), "no escape sequences in a pipe either")
    }

    func testTheEnvironmentChoosesTheModeAndTheEndOfInputEndsIt() throws {
        let chosen = try run(
            ["explore", "--no-note"], input: "G\n", environment: ["TUMEN_SCREEN_READER": "1", "TERM": ""])
        XCTAssertEqual(chosen.status, 0, chosen.stderr)
        XCTAssertTrue(
            chosen.stdout.hasSuffix(
                "Event 10 of 10. 2019. Statistic. How many were trafficked. Contested figure. Enter for details.\n"),
            chosen.stdout)
        let refused = try run(["--no-note"], input: "q\n")
        XCTAssertEqual(refused.status, 69, "without --screen-reader a pipe is still no terminal")
    }

    func testAMistypedLineIsSaidAndSkipped() throws {
        let result = try run(["--screen-reader", "--no-note"], input: "<Nope>\nq\n")
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(
            result.stdout.contains("Not understood: unknown key name <Nope>. ? lists the keys.\nGoodbye.\n"),
            result.stdout)
    }
}
