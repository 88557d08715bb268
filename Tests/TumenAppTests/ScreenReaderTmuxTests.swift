import Foundation
import XCTest

/// The screen-reader mode in a real terminal (tmux), as a screen reader hears it: the raw
/// bytes the program writes hold no cursor addressing, erasing, colour or any other escape
/// sequence, only lines; and after each key the lines are exactly the documented ones
/// (Tests/Fixtures/screen-reader/sample-walk.txt, the table the model tests read too).
/// Run with the terminal's own TERM and with TERM=dumb, which the full-screen explorer refuses.
final class ScreenReaderTmuxTests: XCTestCase {
    private var tmux: Tmux!
    private var recording = ""

    override func tearDown() {
        tmux?.kill()
        tmux = nil
        if !recording.isEmpty { unlink(recording) }
    }

    static let sample = TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/export/sample-canonical.json")
        .path

    /// The documented walk: keys (nil for the opening) and their lines.
    static func walk() throws -> [(keys: String?, lines: [String])] {
        let url = TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/screen-reader/sample-walk.txt")
        var steps: [(String?, [String])] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init) {
            if line.hasPrefix("#") && steps.isEmpty { continue }
            if line == "start" {
                steps.append((nil, []))
            } else if line.hasPrefix("key ") {
                steps.append((String(line.dropFirst(4)), []))
            } else {
                steps[steps.count - 1].1.append(line)
            }
        }
        return steps
    }

    /// tmux's name for a key in the walk's notation.
    static func tmuxKey(_ notation: String) -> (String, literal: Bool) {
        switch notation {
        case "<Enter>": return ("Enter", false)
        case "<Esc>": return ("Escape", false)
        case "<Space>": return ("Space", false)
        default: return (notation, true)
        }
    }

    func walkThrough(environment: String) throws {
        tmux = try Tmux.start(width: 100, height: 40)
        recording = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-sr-\(UUID().uuidString)").path
        try tmux.recordOutput(to: recording)
        let steps = try Self.walk()
        tmux.type("\(environment) '\(TumenBinary.url.path)' --screen-reader --data '\(Self.sample)'")
        var expected = ""
        for step in steps {
            if let keys = step.keys {
                let (key, literal) = Self.tmuxKey(keys)
                tmux.send(key, literal: literal)
            }
            expected += step.lines.map { $0 + "\r\n" }.joined()
            let target = Data(expected.utf8)
            let said = tmux.waitForOutput(at: recording) { $0.range(of: target) != nil }
            if !said {
                let got = String(decoding: FileManager.default.contents(atPath: recording) ?? Data(), as: UTF8.self)
                XCTFail(
                    "after \(step.keys ?? "start") the terminal was not "
                        + "sent:\n\(step.lines.joined(separator: "\n"))\n--- it was sent ---\n\(got.suffix(1500))"
                )
                return
            }
        }
        let raw = FileManager.default.contents(atPath: recording) ?? Data()
        let start = try XCTUnwrap(raw.range(of: Data("Tumen, screen-reader mode".utf8)), "the opening line")
        let output = raw[start.lowerBound...]
        // Exactly the documented lines, and then only the shell's prompt coming back.
        XCTAssertEqual(String(decoding: output.prefix(expected.utf8.count), as: UTF8.self), expected)
        let ended = tmux.waitForOutput(at: recording) {
            let text = String(decoding: $0, as: UTF8.self)
            return text.hasSuffix("Goodbye.\r\n$ ") || text.hasSuffix("Goodbye.\r\n# ")  // the shell's prompt is back
        }
        XCTAssertTrue(
            ended,
            "q did not end the program: "
                + "\(String(decoding: (FileManager.default.contents(atPath: recording) ?? Data()).suffix(80), as: UTF8.self).debugDescription)"
        )
        // The shell's modes are back: what is typed is echoed again.
        tmux.type("echo modes-restored")
        XCTAssertTrue(tmux.waitFor("echo modes-restored\nmodes-restored"), tmux.screenText)
        // No escape sequence at all (cursor addressing, erase, colour, modes), no other control bytes.
        let after = raw[start.lowerBound...]
        XCTAssertFalse(after.contains(0x1B), "an escape sequence was sent to the screen reader")
        let controls = after.filter { $0 < 0x20 && $0 != 0x0D && $0 != 0x0A }
        XCTAssertTrue(controls.isEmpty, "control bytes sent: \(Array(Set(controls)).sorted())")
        let longest = String(decoding: after, as: UTF8.self).split(separator: "\r\n").map(\.count).max() ?? 0
        XCTAssertLessThanOrEqual(longest, 100, "the documented longest line")
    }

    func testEachKeySaysItsDocumentedLineWithNoEscapeSequence() throws {
        try walkThrough(environment: "")
    }

    func testItWorksWithTermDumb() throws {
        try walkThrough(environment: "TERM=dumb")
    }
}
