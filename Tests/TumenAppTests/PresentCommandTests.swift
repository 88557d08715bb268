import Foundation
import TumenData
import TumenFixtures
import TumenModel
import TumenTestSupport
import XCTest

/// `tumen present --check-fit`, lesson errors and the lesson handout, as a shell sees them.
final class PresentCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-present-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ dataset: Dataset, name: String = "sample.json") throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(CanonicalJSONWriter.write(dataset).utf8).write(to: url)
        return url.path
    }

    /// The sample dataset plus a lesson with one step far too long for a classroom screen.
    static var oversized: Dataset {
        var dataset = SampleDataset.dataset
        dataset.events.append(
            Event(
                id: "long", date: EventDate(start: HistoricDate(year: 2020)), title: "A step with far too much to say",
                summary: String(
                    repeating: "This sentence is one of many in a summary much too long to project. ", count: 30),
                category: "policy", sources: [SourceReference(source: "report", passage: "paragraph 1")]))
        dataset.lessons.append(
            Lesson(
                id: "oversized", title: "Too much",
                steps: [
                    LessonStep(target: .event("treaty")),
                    LessonStep(target: .event("long")),
                    LessonStep(target: .stage(route: "southern", stage: "south")),
                ]))
        return dataset
    }

    func testCheckFitListsTheStepThatDoesNotFit() throws {
        let path = try write(Self.oversized)
        let result = try TumenBinary.run(["present", "--data", path, "--lesson", "oversized", "--check-fit", "100x30"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(
            result.stdout,
            """
            lesson oversized at 100x30: 1 step of 3 does not fit
              step 2: A step with far too much to say
                text needs 27 rows, the screen has 26 (30 less the margins and footer)
            headline in normal letters at this size: step 2

            """)
    }

    func testCheckFitPassesWhenEverythingFits() throws {
        let path = try write(SampleDataset.dataset)
        let result = try TumenBinary.run(["present", "--data", path, "--lesson", "journey", "--check-fit", "120x40"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "lesson journey at 120x40: all 3 steps fit\n")
        let small = try TumenBinary.run(["present", "--data", path, "--lesson", "journey", "--check-fit", "60x16"])
        XCTAssertEqual(small.status, 1)
        XCTAssertTrue(small.stdout.contains("no room for the route map"), small.stdout)
    }

    /// The bar: the bundled lessons read well at 100x30 (and on a small 80x24).
    func testTheBundledLessonsFitAClassroomScreen() throws {
        for lesson in ["escape-route", "policy-and-border"] {
            for size in ["100x30", "80x24"] {
                let result = try TumenBinary.run(
                    ["present", "--lesson", lesson, "--check-fit", size],
                    currentDirectory: TumenBinary.packageRoot)
                XCTAssertEqual(result.status, 0, "\(lesson) at \(size):\n\(result.stdout)\(result.stderr)")
            }
        }
    }

    func testAnUnknownLessonIsAUsageError() throws {
        let path = try write(SampleDataset.dataset)
        let result = try TumenBinary.run(["present", "--data", path, "--lesson", "jurney", "--check-fit", "100x30"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stderr, "tumen: \(path): no lesson named 'jurney'; lessons: journey\n")
        XCTAssertEqual(result.stdout, "")
    }

    func testBadOptionsAreUsageErrors() throws {
        for arguments in [["--check-fit", "100by30"], ["--tour", "0"], ["--session", "../x"], ["--theme", "neon"]] {
            let result = try TumenBinary.run(["present"] + arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.isEmpty)
        }
    }

    func testTheLessonHandout() throws {
        let path = try write(SampleDataset.dataset)
        let handout = try TumenBinary.run(["export", "--format", "markdown", "--lesson", "journey", path])
        XCTAssertEqual(handout.status, 0, handout.stderr)
        assertFixture(handout.stdout, named: "sample-lesson-handout.md")
        XCTAssertFalse(handout.stdout.contains("Start at the river."), "notes are private by default")
        let withNotes = try TumenBinary.run([
            "export", "--format", "markdown", "--lesson", "journey", "--with-notes", path,
        ])
        XCTAssertEqual(withNotes.status, 0, withNotes.stderr)
        assertFixture(withNotes.stdout, named: "sample-lesson-handout-notes.md")
        XCTAssertTrue(withNotes.stdout.contains("> **Teacher's notes.** Start at the river."))
    }

    func testHandoutOptionsAreChecked() throws {
        let path = try write(SampleDataset.dataset)
        let csv = try TumenBinary.run(["export", "--format", "csv", "--lesson", "journey", path])
        XCTAssertEqual(csv.status, 64)
        XCTAssertTrue(csv.stderr.contains("--format markdown"), csv.stderr)
        let notes = try TumenBinary.run(["export", "--format", "markdown", "--with-notes", path])
        XCTAssertEqual(notes.status, 64)
        let unknown = try TumenBinary.run(["export", "--format", "markdown", "--lesson", "nope", path])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.contains("lessons: journey"), unknown.stderr)
    }

    private func assertFixture(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        assertGoldenText(
            text, golden: TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/export/\(name)"),
            file: file, line: line)
    }
}
