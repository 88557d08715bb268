import Foundation
import XCTest

/// `tumen --version`, and the man page and completions generated from the command line
/// (scripts/generate-docs.sh) are those of the binary being tested.
final class CommandLineDocsTests: XCTestCase {
    private func committed(_ relative: String) throws -> String {
        try String(contentsOf: TumenBinary.packageRoot.appendingPathComponent(relative), encoding: .utf8)
    }

    func testVersionPrintsTheVersionAndTheDatasetsTitleAndDates() throws {
        for arguments in [["--version"], ["version"]] {
            let result = try TumenBinary.run(
                arguments, environment: ["TUMEN_DATA": ""], currentDirectory: URL(fileURLWithPath: "/"))
            XCTAssertEqual(result.status, 0, result.stderr)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 3, result.stdout)
            XCTAssertTrue(
                lines.first?.range(of: #"^tumen \d+\.\d+\.\d+$"#, options: .regularExpression) != nil, result.stdout)
            XCTAssertTrue(lines.count > 1 && lines[1].hasPrefix("dataset: Tumen: North Korean women"), result.stdout)
            XCTAssertTrue(
                lines.count > 2
                    && lines[2].range(of: #"^dates: \d{4}.* – \d{4}.*, \d+ events$"#, options: .regularExpression)
                        != nil,
                result.stdout)
        }
        let other = try TumenBinary.run([
            "version", "--data",
            TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import/timelinejs-battles.json").path,
        ])
        XCTAssertEqual(other.status, 0, other.stderr)
    }

    func testTheCompletionsAreCurrent() throws {
        for (shell, file) in [("bash", "tumen.bash"), ("zsh", "_tumen"), ("fish", "tumen.fish")] {
            let result = try TumenBinary.run(["--generate-completion-script", shell])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(
                result.stdout, try committed("docs/completions/" + file),
                "docs/completions/\(file) is out of date: run scripts/generate-docs.sh")
        }
    }

    /// The man page is made by the generate-manual plugin, which a test cannot run; it must
    /// at least name every subcommand and every option the binary has, with its help text.
    func testTheManPageNamesEveryCommandAndOption() throws {
        let page = try committed("docs/man/tumen.1")
        let dump = try TumenBinary.run(["--experimental-dump-help"])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var commands = [try XCTUnwrap(json["command"] as? [String: Any])]
        var checked = 0
        while let command = commands.popLast() {
            commands += command["subcommands"] as? [[String: Any]] ?? []
            let name = command["commandName"] as? String ?? ""
            if command["superCommands"] != nil {
                XCTAssertTrue(
                    page.contains(".It Xr \(name)") || page.contains(".It \(name)") || page.contains("\n\(name)\n")
                        || page.contains(" \(name)"),
                    "docs/man/tumen.1 lacks the subcommand \(name): run scripts/generate-docs.sh")
            }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                guard let names = argument["names"] as? [[String: Any]] else { continue }
                for entry in names where entry["kind"] as? String == "long" {
                    let option = entry["name"] as? String ?? ""
                    XCTAssertTrue(
                        page.contains("Fl -\(option)") || page.contains(", -\(option)"),
                        "docs/man/tumen.1 lacks --\(option) of \(name): run scripts/generate-docs.sh")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }
}
