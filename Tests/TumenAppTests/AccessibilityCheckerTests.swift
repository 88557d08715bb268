import Foundation
import XCTest

/// The bundled lessons' HTML handouts through two offline accessibility checkers, where
/// they are installed (README, "Accessibility"): axe-core 4 in headless Chromium
/// (scripts/axe-check.py) must find no violation of WCAG 2.2 A/AA or its best practices,
/// and HTML Tidy's `-access 3` must raise nothing beyond the three notes the README
/// explains (no table `summary`, which HTML5 dropped for `<caption>`; no `abbr` on short
/// headers; "style sheets require testing"). Skipped, saying why, where a checker is missing.
final class AccessibilityCheckerTests: XCTestCase {
    static let accepted = [
        "[5.5.1.1]: <table> missing summary.", "[5.6.1.1]: <table> may require header abbreviations.",
        "[6.1.1.2]: style sheets require testing (style element).",
    ]

    func handout(_ lesson: String) throws -> URL {
        let result = try TumenBinary.run(
            ["export", "--format", "html", "--lesson", lesson], currentDirectory: TumenBinary.packageRoot)
        XCTAssertEqual(result.status, 0, result.stderr)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tumen-\(lesson)-\(UUID().uuidString).html")
        try Data(result.stdout.utf8).write(to: url)
        return url
    }

    /// Runs a program to completion, output to a file; nil when it cannot be started.
    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String)? {
        guard FileManager.default.isExecutableFile(atPath: executable) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = TumenBinary.packageRoot
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-check-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    func testAxeFindsNoViolationInTheBundledHandouts() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver"),
            let probe = try run("/usr/bin/env", ["python3", "-c", "import selenium, axe_playwright_python"]),
            probe.status == 0
        else {
            throw XCTSkip(
                "axe-core's checker needs chromium, chromium-driver, selenium and axe-playwright-python "
                    + "(docs/accessibility.md)"
            )
        }
        for lesson in ["escape-route", "policy-and-border"] {
            let file = try handout(lesson)
            defer { try? FileManager.default.removeItem(at: file) }
            let result = try XCTUnwrap(try run("/usr/bin/env", ["python3", "scripts/axe-check.py", file.path]))
            XCTAssertEqual(result.status, 0, "\(lesson): axe found violations or could not run:\n\(result.output)")
            XCTAssertTrue(result.output.contains("violations: 0"), result.output)
        }
    }

    func testTidysAccessibilityChecksRaiseOnlyTheExplainedNotes() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tidy") else {
            throw XCTSkip("HTML Tidy is not installed (apt-get install tidy)")
        }
        for lesson in ["escape-route", "policy-and-border"] {
            let file = try handout(lesson)
            defer { try? FileManager.default.removeItem(at: file) }
            let result = try XCTUnwrap(try run("/usr/bin/tidy", ["-q", "-e", "-access", "3", file.path]))
            let findings = result.output.split(separator: "\n").map { line in
                line.replacingOccurrences(
                    of: #"^line \d+ column \d+ - (Access|Warning|Error): "#, with: "", options: .regularExpression)
            }
            let unexpected = findings.filter { !Self.accepted.contains($0) }
            XCTAssertEqual(unexpected, [], "\(lesson): Tidy reports\n\(result.output)")
        }
    }
}
