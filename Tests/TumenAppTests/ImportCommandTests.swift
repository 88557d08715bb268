import Foundation
import TumenData
import TumenFiles
import TumenModel
import XCTest

/// `tumen import` as a shell sees it: files written, warnings, refusals and exit codes.
final class ImportCommandTests: XCTestCase {
    private var folder: URL!
    static let fixtures = TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import")

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Import → load the output as Tumen's own format → the same dataset.
    func testEveryFixtureRoundTripsThroughImport() throws {
        for name in [
            "timelinejs-battles.json", "timelinejs-cosmos.json", "timelinejs-sheet.csv", "storymap-lewis-clark.json",
        ] {
            let input = Self.fixtures.appendingPathComponent(name).path
            let output = folder.appendingPathComponent(name + ".tumen.json").path
            let result = try TumenBinary.run(["import", input, "-o", output])
            XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
            let imported = try DatasetLoader.load(path: input)
            let reloaded = try DatasetLoader.load(path: output)
            XCTAssertEqual(reloaded.format, .tumen, name)
            XCTAssertEqual(reloaded.warnings, [], name)
            XCTAssertEqual(reloaded.dataset, imported.dataset, name)
            XCTAssertTrue(result.stderr.hasSuffix("\n"), name)
            XCTAssertEqual(try TumenBinary.run(["validate", output]).status, 0, name)
        }
    }

    func testWarningsAndSummaryGoToStandardError() throws {
        let input = Self.fixtures.appendingPathComponent("timelinejs-sheet.csv").path
        let output = folder.appendingPathComponent("moon.json").path
        let result = try TumenBinary.run(["import", input, "-o", output])
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(
            result.stderr,
            """
            \(input): warning: 3 media items shown as links with their captions, credits and alt text
            \(input): warning: 1 era's text not shown (TimelineJS shows an era's headline only)
            \(input): warning: 1 slide background ignored (a colour or picture behind the slide)
            \(input): warning: 1 media thumbnail ignored (a small copy of the media for the time axis)
            wrote \(output) from TimelineJS spreadsheet CSV \(input): 6 events, 2 categories, 2 eras, 0 places, 0 routes, 4 warnings

            """)
    }

    func testRefusesToOverwriteUnlessForced() throws {
        let input = Self.fixtures.appendingPathComponent("timelinejs-cosmos.json").path
        let output = folder.appendingPathComponent("exists.json")
        try Data("keep me".utf8).write(to: output)
        let refused = try TumenBinary.run(["import", input, "-o", output.path])
        XCTAssertEqual(refused.status, 73)
        XCTAssertEqual(refused.stderr, "tumen: \(output.path) already exists; use --force to overwrite it\n")
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "keep me")
        let forced = try TumenBinary.run(["import", input, "-o", output.path, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(
            try String(contentsOf: output, encoding: .utf8).contains("\"title\": \"The history of the universe\""))
    }

    /// A device node, a FIFO and a symbolic link made in the scratch folder, never system
    /// paths: the device is written through and stays a device, the FIFO's reader gets the
    /// dataset, the link's target is written and the link stays a link.
    func testDevicesFifosAndLinksAreWrittenThroughNeverReplaced() throws {
        let input = Self.fixtures.appendingPathComponent("timelinejs-cosmos.json").path
        let null = folder.appendingPathComponent("null").path
        // Device 1,3 is the null device, so writing to it harms nothing. Where mknod is not
        // permitted (no root) the FIFO and the link still show the rule.
        if mknod(null, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 {
            var before = stat()
            XCTAssertEqual(stat(null, &before), 0)
            for arguments in [["-o", null], ["-o", null, "--force"]] {
                let result = try TumenBinary.run(["import", input] + arguments)
                XCTAssertEqual(result.status, 0, result.stderr)
                var info = stat()
                XCTAssertEqual(stat(null, &info), 0)
                XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "still a character device after \(arguments)")
                XCTAssertEqual(info.st_mode, before.st_mode, "its permissions untouched")
                XCTAssertEqual(info.st_rdev, before.st_rdev)
            }
        }

        let fifo = folder.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        // A reader at the other end, as a shell's `cat < pipe` would be.
        let received = folder.appendingPathComponent("received.json")
        FileManager.default.createFile(atPath: received.path, contents: nil)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        reader.standardOutput = try FileHandle(forWritingTo: received)
        try reader.run()
        let piped = try TumenBinary.run(["import", input, "-o", fifo])
        XCTAssertEqual(piped.status, 0, piped.stderr)
        reader.waitUntilExit()
        XCTAssertTrue(try String(contentsOf: received, encoding: .utf8).contains("The history of the universe"))
        var info = stat()
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO)

        let target = folder.appendingPathComponent("target.json")
        let link = folder.appendingPathComponent("link.json").path
        XCTAssertEqual(symlink(target.path, link), 0)
        let created = try TumenBinary.run(["import", input, "-o", link])
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(try String(contentsOf: target, encoding: .utf8).contains("The history of the universe"))
        let again = try TumenBinary.run(["import", input, "-o", link])
        XCTAssertEqual(again.status, 73, "the link now leads to a file: replacing it needs --force")
        let forced = try TumenBinary.run(["import", input, "-o", link, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(lstat(link, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")

        let refused = try TumenBinary.run(["import", input, "-o", folder.path, "--force"])
        XCTAssertEqual(refused.status, 73)
        XCTAssertEqual(refused.stderr, "tumen: \(folder.path) is a directory\n")
    }

    func testExitCodesForMissingFileBadContentAndBadFlags() throws {
        let output = folder.appendingPathComponent("out.json").path
        let missing = try TumenBinary.run(["import", folder.appendingPathComponent("nope.json").path, "-o", output])
        XCTAssertEqual(missing.status, 66)
        XCTAssertTrue(missing.stderr.contains("nope.json: no such file"), missing.stderr)

        let bad = folder.appendingPathComponent("bad.csv")
        try Data("Year,Headline\r\n1990,\"open\r\n".utf8).write(to: bad)
        let badResult = try TumenBinary.run(["import", bad.path, "-o", output])
        XCTAssertEqual(badResult.status, 65)
        XCTAssertEqual(badResult.stderr, "\(bad.path):2:6: quoted field is never closed (a missing \")\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output), "nothing written on failure")

        let flag = try TumenBinary.run(["import", bad.path, "-o", output, "--format", "excel"])
        XCTAssertEqual(flag.status, 64)
        XCTAssertTrue(flag.stderr.contains("Unknown dataset format 'excel' for --format"), flag.stderr)
        XCTAssertEqual(try TumenBinary.run(["import", bad.path]).status, 64, "-o is required")
    }

    func testForcedFormatAndStandardOutput() throws {
        // A TimelineJS file with a .txt name and Tumen-like "title" string still reads when forced.
        let file = folder.appendingPathComponent("slides.txt")
        try Data(
            #"{"title": {"text": {"headline": "Forced"}}, "events": [{"start_date": {"year": "-753"}, "text": {"headline": "Rome"}}]}"#
                .utf8
        ).write(to: file)
        let result = try TumenBinary.run(["import", file.path, "-o", "-", "--format", "timelinejs"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(#""start": "-753""#), result.stdout)
        XCTAssertTrue(result.stdout.hasPrefix("{\n  \"format\": \"tumen-dataset\""))
    }

    func testValidatePrintsConversionWarnings() throws {
        let input = Self.fixtures.appendingPathComponent("timelinejs-battles.json").path
        let result = try TumenBinary.run(["validate", input])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(
            result.stdout,
            "\(input) (TimelineJS JSON): 22 events, 0 places, 0 routes, 0 lessons, 0 sources, 4 warnings — valid\n")
        XCTAssertTrue(
            result.stderr.contains(
                "\(input): warning: 6 media items shown as links with their captions, credits and alt text\n"),
            result.stderr)
        XCTAssertTrue(
            result.stderr.contains(
                "\(input): warning: 2 slide backgrounds ignored (colours or pictures behind the slides)\n"),
            result.stderr)
    }
}

/// Malformed variants of each importable format, with the first problem each must report.
final class ImportMalformedFilesTests: XCTestCase {
    func testEachMalformedFileGivesItsPositionedProblem() throws {
        let folder = TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import/bad")
        let table = try String(contentsOf: folder.appendingPathComponent("EXPECTED.tsv"), encoding: .utf8)
        let rows = table.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", maxSplits: 2).map(String.init)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "EXPECTED.tsv" }
            .sorted()
        XCTAssertEqual(rows.map { $0[0] }.sorted(), files, "every malformed file has a line in EXPECTED.tsv")
        for row in rows {
            let path = "Tests/Fixtures/import/bad/\(row[0])"
            let result = try TumenBinary.run(["validate", path], currentDirectory: TumenBinary.packageRoot)
            XCTAssertEqual(String(result.status), row[1], row[0])
            XCTAssertEqual(result.stderr.split(separator: "\n").first.map(String.init), path + row[2], row[0])
            XCTAssertTrue(result.stderr.contains("\(path): "), row[0])
            XCTAssertEqual(result.stdout, "", row[0])
        }
    }
}
