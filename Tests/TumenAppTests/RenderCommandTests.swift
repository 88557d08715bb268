import Foundation
import XCTest

/// `tumen render` as a tester's shell sees it: keys in, screens out, exact errors.
final class RenderCommandTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var folder: URL { scratch.url }

    override func setUpWithError() throws { scratch = try ScratchFolder("render") }
    override func tearDownWithError() throws { scratch.remove() }

    private func write(_ name: String, _ text: String) throws -> String { try scratch.write(name, text) }

    private func render(_ arguments: [String]) throws -> TumenBinary.Result {
        try TumenBinary.run(["render"] + arguments, currentDirectory: TumenBinary.packageRoot)
    }

    func testTheSameInputsGiveTheSameBytes() throws {
        for format in ["text", "ansi", "svg"] {
            let arguments = ["--size", "90x25", "--keys", "jj<Enter>m", "--format", format]
            let first = try render(arguments)
            let second = try render(arguments)
            XCTAssertEqual(first.status, 0, first.stderr)
            XCTAssertFalse(first.stdout.isEmpty)
            XCTAssertEqual(first.stdout, second.stdout, format)
        }
        // Nothing from the environment leaks in: NO_COLOR, TERM and the locale change nothing.
        let plain = try render(["--keys", "j", "--format", "ansi"])
        let odd = try TumenBinary.run(
            ["render", "--keys", "j", "--format", "ansi"],
            environment: ["NO_COLOR": "1", "TERM": "dumb", "LANG": "C", "COLUMNS": "20", "LINES": "5"],
            currentDirectory: TumenBinary.packageRoot)
        XCTAssertEqual(odd.stdout, plain.stdout)
    }

    /// Zooming out is "-": a script may start with it, or be nothing but dashes.
    func testAKeyScriptMayStartWithADash() throws {
        for keys in ["-+", "-------", "--------", "-- --"] {
            let spaced = try render(["--size", "80x24", "--keys", keys])
            XCTAssertEqual(spaced.status, 0, "--keys \(keys): \(spaced.stderr)")
            let joined = try render(["--size", "80x24", "--keys=" + keys])
            XCTAssertEqual(spaced.stdout, joined.stdout, keys)
        }
        let zoomedOut = try render(["--size", "80x24", "--keys", "--------"])
        let zoomedIn = try render(["--size", "80x24", "--keys", "++++++++"])
        XCTAssertNotEqual(zoomedOut.stdout, zoomedIn.stdout, "the dashes were read as keys")
    }

    func testTheScreenHasTheRequestedSize() throws {
        let result = try render(["--size", "70x12"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, 12)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 70 })
    }

    func testEveryPrintsEachScreenAfterALineNamingTheStep() throws {
        let keysFile = try write("walk.keys", "# down twice\nj j\n<Resize 60x8> # smaller\n")
        let every = try render(["--size", "80x10", "--keys-file", keysFile, "--every"])
        XCTAssertEqual(every.status, 0, every.stderr)
        let separators = every.stdout.split(separator: "\n").filter { $0.hasPrefix("\u{1E}") }
        XCTAssertEqual(
            separators,
            [
                "\u{1E}--- start ---", "\u{1E}--- after j (1/3) ---", "\u{1E}--- after j (2/3) ---",
                "\u{1E}--- after <Resize 60x8> (3/3) ---",
            ])
        // Split on the mark, each frame is its heading and a whole screen.
        let frames = every.stdout.split(separator: "\u{1E}")
        XCTAssertEqual(frames.count, 4)
        XCTAssertTrue(frames.allSatisfy { $0.hasPrefix("--- ") })
        // The last screen of --every is the screen without it.
        let last = try render(["--size", "80x10", "--keys", "jj<Resize 60x8>"])
        XCTAssertTrue(every.stdout.hasSuffix("\u{1E}--- after <Resize 60x8> (3/3) ---\n" + last.stdout))
        XCTAssertEqual(
            last.stdout.split(separator: "\n", omittingEmptySubsequences: false).count, 9,
            "8 rows and the final newline")
    }

    func testStartsPastTheContentNoteUnlessAskedAndTheFirstKeyDismissesIt() throws {
        let past = try render(["--size", "80x24"])
        let note = try render(["--size", "80x24", "--with-note"])
        XCTAssertEqual(note.status, 0, note.stderr)
        let dismissed = try render(["--size", "80x24", "--with-note", "--keys", "x"])
        XCTAssertEqual(dismissed.stdout, past.stdout)
    }

    func testKeysAndKeysFileMeanTheSame() throws {
        let keysFile = try write("walk.keys", "j\nj # again\n<Enter>\n")
        let fromFile = try render(["--keys-file", keysFile])
        let fromOption = try render(["--keys", "jj<Enter>"])
        XCTAssertEqual(fromFile.status, 0, fromFile.stderr)
        XCTAssertEqual(fromFile.stdout, fromOption.stdout)
    }

    func testAnUnknownKeyNameIsAUsageErrorNamingItsPlace() throws {
        let keysFile = try write("walk.keys", "jj\n\n  k <Entr>\n")
        let result = try render(["--keys-file", keysFile])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "\(keysFile):3:5: unknown key name <Entr>\n")
        let inline = try render(["--keys", "j<Enter"])
        XCTAssertEqual(inline.status, 64)
        XCTAssertEqual(inline.stderr, "--keys:1:2: unclosed < (write <lt> for a literal <)\n")
    }

    func testKeysFromStandardInput() throws {
        let piped = try TumenBinary.run(
            ["render", "--keys-file", "-"], stdin: Data("jj # two down\n<Enter>".utf8),
            currentDirectory: TumenBinary.packageRoot)
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertEqual(piped.stdout, try render(["--keys", "jj<Enter>"]).stdout)
        let bad = try TumenBinary.run(["render", "--keys-file", "-"], stdin: Data("<Entr>".utf8))
        XCTAssertEqual(bad.status, 64)
        XCTAssertEqual(bad.stderr, "stdin:1:1: unknown key name <Entr>\n")
    }

    func testAMissingKeyFileExits66() throws {
        let path = folder.appendingPathComponent("nowhere.keys").path
        let result = try render(["--keys-file", path])
        XCTAssertEqual(result.status, 66)
        XCTAssertEqual(result.stderr, "tumen: key file \(path): no such file\n")
        let directory = try render(["--keys-file", folder.path])
        XCTAssertEqual(directory.status, 66)
        XCTAssertEqual(directory.stderr, "tumen: key file \(folder.path): cannot be read\n")
    }

    func testBadOptionsAreUsageErrors() throws {
        for arguments in [
            ["--size", "100"], ["--size", "0x30"], ["--size", "axb"], ["--format", "png"],
            ["--keys", "j", "--keys-file", "x"], ["--every", "--format", "svg"], ["--theme", "pink"],
        ] {
            let result = try render(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "")
        }
        XCTAssertTrue(try render(["--size", "100"]).stderr.contains("Bad --size '100': write WIDTHxHEIGHT"))
    }

    func testBadDataExitsWithTheLoadersCodes() throws {
        let missing = try render(["--data", folder.appendingPathComponent("none.json").path])
        XCTAssertEqual(missing.status, 66)
        let broken = try write("broken.json", "{\"format\": ")
        let bad = try render(["--data", broken])
        XCTAssertEqual(bad.status, 65)
        XCTAssertTrue(bad.stderr.hasPrefix(broken + ":"), bad.stderr)
        XCTAssertEqual(bad.stdout, "")
    }

    func testQuitEndsTheScript() throws {
        let quit = try render(["--keys", "jq"])
        let afterQuit = try render(["--keys", "jqjjj"])
        XCTAssertEqual(afterQuit.stdout, quit.stdout)
        XCTAssertEqual(afterQuit.stderr, "tumen: warning: q ended the script; the 3 later keys were not pressed\n")
        XCTAssertEqual(quit.stderr, "")
        XCTAssertEqual(quit.stdout, try render(["--keys", "j"]).stdout)
    }

    func testAnotherDatasetIsRendered() throws {
        let mini = try write("mini.json", ValidateCommandTests.minimal)
        let result = try render(["--data", mini, "--size", "60x12"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Agreement"), result.stdout)
    }

    func testPresenterModeIsRenderedWithItsClockAtZero() throws {
        let first = try render(["--present", "--lesson", "escape-route", "--size", "100x30"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let lines = first.stdout.split(separator: "\n")
        XCTAssertTrue(lines.last.map { $0.contains("00:00") && $0.hasSuffix(" 1 / 12") } ?? false, first.stdout)
        let third = try render([
            "--present", "--lesson", "escape-route", "--size", "100x30", "--keys", "<Space><Right>",
        ])
        XCTAssertTrue(third.stdout.split(separator: "\n").last?.hasSuffix(" 3 / 12") ?? false, third.stdout)
        let unknown = try render(["--present", "--lesson", "no-such-lesson"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertEqual(try render(["--lesson", "escape-route"]).status, 64, "--lesson needs --present")
    }
}
