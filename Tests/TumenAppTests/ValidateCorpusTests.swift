import Foundation
import TumenData
import TumenModel
import XCTest

/// The broken-input corpus (Tests/Fixtures/bad, expectations in EXPECTED.tsv): each
/// file gives its own message and exit code, from `validate` and from `export`,
/// with no crash, no stack trace and nothing a terminal would act on.
final class ValidateCorpusTests: XCTestCase {
    static let folder = TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/bad")

    struct Case {
        var file: String
        var status: Int32
        var firstLine: String
    }

    static func cases() throws -> [Case] {
        let table = try String(contentsOf: folder.appendingPathComponent("EXPECTED.tsv"), encoding: .utf8)
        return table.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { row in
            let columns = row.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            return Case(
                file: columns[0], status: Int32(columns[1]) ?? -1, firstLine: columns.count > 2 ? columns[2] : "")
        }
    }

    func testTheCorpusHasAtLeastFiftyCasesAndEveryFileIsListed() throws {
        let cases = try Self.cases()
        XCTAssertGreaterThanOrEqual(cases.count, 50)
        let listed = Set(cases.map(\.file))
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0 != "EXPECTED.tsv" && $0 != "make-corpus.py" }
        XCTAssertEqual(Set(present).subtracting(listed), [], "corpus files without a line in EXPECTED.tsv")
    }

    func testEachBrokenFileGivesItsMessageAndExitCode() throws {
        for test in try Self.cases() {
            let path = Self.folder.appendingPathComponent(test.file).path
            let result = try TumenBinary.run(["validate", path])
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            XCTAssertEqual(result.status, test.status, "\(test.file): \(result.stderr)")
            XCTAssertEqual(lines.first, path + test.firstLine, test.file)
            XCTAssertEqual(result.stdout, "", test.file)
            Self.assertSafe(result.stderr, test.file)
            if test.status == 65 {
                XCTAssertTrue(lines.dropLast().last?.hasSuffix("— not valid") == true, "\(test.file): \(result.stderr)")
            }
        }
    }

    /// Every fourth case is enough to show export shares validate's loading.
    func testExportRefusesBrokenFilesTheSameWay() throws {
        for test in try Self.cases().enumerated().filter({ $0.offset % 4 == 0 }).map(\.element) {
            let path = Self.folder.appendingPathComponent(test.file).path
            let result = try TumenBinary.run(["export", "--format", "markdown", path])
            XCTAssertEqual(result.status, test.status, "\(test.file): \(result.stderr)")
            XCTAssertEqual(
                result.stderr.split(separator: "\n").first.map(String.init), path + test.firstLine, test.file)
            XCTAssertEqual(result.stdout, "", test.file)
            Self.assertSafe(result.stderr, test.file)
        }
    }

    func testAFileOverTheLimitIsRefusedWithoutReadingIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-huge-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil), "cannot create \(url.path)")
        // A sparse file of 300 MB: nothing to write, and nothing the app should read.
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 300 << 20)
        try handle.close()
        let started = Date()
        let result = try TumenBinary.run(["validate", url.path])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr.split(separator: "\n").first.map(String.init),
            "\(url.path): file is too large (300.0 MB; the limit is 256.0 MB)")
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "refusing a large file should not read it")
    }

    /// Millions of tiny values fit under the size limit; the parser refuses them
    /// before their tree takes hundreds of megabytes.
    func testMillionsOfValuesAreRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tumen-values-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        var text = "["
        text += String(repeating: "0,", count: JSONParser.maximumValues)
        text += "0]"
        try Data(text.utf8).write(to: url)
        let result = try TumenBinary.run(["validate", url.path])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr.split(separator: "\n").first.map(String.init),
            "\(url.path):1:6000000: the file holds more than 3000000 JSON values, too many for a dataset")
    }

    /// Root reads anything, so as root the binary runs as `nobody` through setpriv.
    func testAnUnreadableFileExits66() throws {
        let setpriv = "/usr/bin/setpriv"
        let asRoot = getuid() == 0
        try XCTSkipIf(
            asRoot && !FileManager.default.isExecutableFile(atPath: setpriv),
            "running as root without setpriv: permissions do not stop root from reading a file")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tumen-unreadable-\(UUID().uuidString).json")
        try Data("{}".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: url.path)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        if asRoot {
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments = [
                "--reuid=65534", "--regid=65534", "--clear-groups", TumenBinary.url.path, "validate", url.path,
            ]
        } else {
            process.executableURL = TumenBinary.url
            process.arguments = ["validate", url.path]
        }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try XCTSkipIf(asRoot && stderr.contains("setpriv:"), "setpriv could not switch user: \(stderr)")
        XCTAssertEqual(process.terminationStatus, 66, stderr)
        XCTAssertEqual(stderr, "\(url.path): cannot be read (permission denied)\n")
    }

    func testADeviceIsNotReadForever() throws {
        let result = try TumenBinary.run(["validate", "/dev/zero"])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr, "/dev/zero: file is too large (over 256.0 MB)\n/dev/zero: 1 problem — not valid\n")
    }

    /// Files under /proc report a size of 0 but hold text: they are read to the end,
    /// not taken as empty (regular files are otherwise read in one go by their size).
    func testAFileThatReportsNoSizeIsStillRead() throws {
        let result = try TumenBinary.run(["validate", "/proc/self/status"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.hasPrefix("/proc/self/status:1:1: unexpected character 'N'"), result.stderr)
    }

    func testStandardInputIsRead() throws {
        let good = try TumenBinary.run(["validate", "-"], stdin: Data(ValidateCommandTests.minimal.utf8))
        XCTAssertEqual(good.status, 0, good.stderr)
        XCTAssertEqual(good.stdout, "stdin: 1 event, 1 place, 0 routes, 0 lessons, 1 source — valid\n")
        let bad = try TumenBinary.run(["validate", "-"], stdin: Data("{\"format\": ".utf8))
        XCTAssertEqual(bad.status, 65)
        XCTAssertEqual(
            bad.stderr,
            "stdin:1:12: unexpected end of file (expected a value); the file may be truncated\nstdin: 1 problem "
                + "— not valid\n"
        )
        let story = try Data(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../Fixtures/import/storymap-lewis-clark.json"))
        let imported = try TumenBinary.run(["validate", "-"], stdin: story)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(
            imported.stderr.hasPrefix(
                "stdin: warning: 8 map styling settings ignored (how the story looks in a browser)\n"),
            "warnings name stdin as errors do: \(imported.stderr)")
    }

    static func assertSafe(_ text: String, _ file: String, line: UInt = #line) {
        XCTAssertFalse(
            TextSanitizer.containsControlCharacters(text, allowingNewlines: true),
            "\(file): output holds control characters", line: line)
        XCTAssertFalse(text.contains("Fatal error") || text.contains("Stack dump"), "\(file): crashed", line: line)
    }
}
