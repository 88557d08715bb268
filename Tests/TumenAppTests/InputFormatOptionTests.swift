import Foundation
import XCTest

/// One name, one meaning: --input-format names the input's format in every command and
/// --format an output format (render, export); the old --format for the input still works
/// for one release, with a note on standard error.
final class InputFormatOptionTests: XCTestCase {
    let bundled = TumenBinary.packageRoot.appendingPathComponent("data/tumen.json").path
    let timeline = TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import/timelinejs-battles.json").path
    let note = "--format for the input's format is deprecated; use --input-format"

    func testInputFormatIsReadEverywhereWithoutANote() throws {
        let validate = try TumenBinary.run(["validate", "--input-format", "tumen", bundled])
        XCTAssertEqual(validate.status, 0, validate.stderr)
        XCTAssertEqual(validate.stderr, "")
        let render = try TumenBinary.run([
            "render", "--data", timeline, "--input-format", "timelinejs", "--size", "80x24",
        ])
        XCTAssertEqual(render.status, 0, render.stderr)
        XCTAssertFalse(render.stderr.contains(note))
        let imported = try TumenBinary.run(["import", timeline, "-o", "-", "--input-format", "timelinejs"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertFalse(imported.stderr.contains(note), imported.stderr)
        let version = try TumenBinary.run(["version", "--data", timeline, "--input-format", "timelinejs"])
        XCTAssertEqual(version.status, 0, version.stderr)
        XCTAssertTrue(version.stdout.contains("dataset: "), version.stdout)
    }

    func testTheOldSpellingStillWorksWithADeprecationNote() throws {
        let validate = try TumenBinary.run(["validate", "--format", "tumen", bundled])
        XCTAssertEqual(validate.status, 0, validate.stderr)
        XCTAssertTrue(validate.stderr.contains(note), validate.stderr)
        let imported = try TumenBinary.run(["import", timeline, "-o", "-", "--format", "timelinejs"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stderr.contains(note), imported.stderr)
        // Forcing the wrong format through the old spelling fails as the new one does.
        XCTAssertEqual(
            try TumenBinary.run(["validate", "--format", "timelinejs", bundled]).status,
            try TumenBinary.run(["validate", "--input-format", "timelinejs", bundled]).status)
    }

    func testTheTwoSpellingsMustAgreeAndTheOldOneIsNotAdvertised() throws {
        let both = try TumenBinary.run(["validate", "--format", "tumen", "--input-format", "timelinejs", bundled])
        XCTAssertEqual(both.status, 64, both.stderr)
        XCTAssertTrue(both.stderr.contains("disagree"), both.stderr)
        for command in ["explore", "present", "validate", "import"] {
            let help = try TumenBinary.run(["help", command])
            XCTAssertTrue(help.stdout.contains("--input-format"), "\(command): \(help.stdout)")
            XCTAssertFalse(help.stdout.contains("--format"), "\(command) still advertises --format: \(help.stdout)")
        }
        // In render and export --format is the output.
        XCTAssertTrue(try TumenBinary.run(["help", "render"]).stdout.contains("--format <format>"))
    }
}
