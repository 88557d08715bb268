import Foundation
import TumenData
import TumenModel
import XCTest

/// `tumen export` as a shell sees it.
final class ExportCommandTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var folder: URL { scratch.url }

    override func setUpWithError() throws { scratch = try ScratchFolder("export") }
    override func tearDownWithError() throws { scratch.remove() }

    private func write(_ name: String, _ text: String) throws -> String { try scratch.write(name, text) }

    func testJSONExportLoadsBackAndIsStable() throws {
        let input = try write("mini.json", ValidateCommandTests.minimal)
        let first = try TumenBinary.run(["export", "--format", "json", input])
        XCTAssertEqual(first.status, 0, first.stderr)
        let exported = try write("exported.json", first.stdout)
        let validated = try TumenBinary.run(["validate", exported])
        XCTAssertEqual(validated.status, 0, validated.stderr)
        let second = try TumenBinary.run(["export", "--format", "json", "--data", exported])
        XCTAssertEqual(second.stdout, first.stdout, "canonical JSON is a fixed point")
    }

    func testCSVAndMarkdown() throws {
        let input = try write("mini.json", ValidateCommandTests.minimal)
        let csv = try TumenBinary.run(["export", "--format", "csv", input])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        XCTAssertEqual(
            csv.stdout,
            """
            id,start,end,date,inferred,title,category,places,summary,sources,contested\r
            e1,1986,,1986,no,Agreement,Policy,Tumen,Text.,s1: p1,\r

            """)
        let markdown = try TumenBinary.run(["export", "--format", "markdown", input])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.hasPrefix("# Mini\n\n## Events\n\n### 1986 — Agreement\n"), markdown.stdout)
        XCTAssertTrue(markdown.stdout.contains("Source: *Source one*: p1."), markdown.stdout)
    }

    func testTheOutputFormatIsRequiredAndChecked() throws {
        let missing = try TumenBinary.run(["export", "x.json"])
        XCTAssertEqual(missing.status, 64)
        XCTAssertTrue(missing.stderr.contains("--format"), missing.stderr)
        let wrong = try TumenBinary.run(["export", "--format", "pdf", "x.json"])
        XCTAssertEqual(wrong.status, 64)
        XCTAssertTrue(wrong.stderr.contains("pdf"), wrong.stderr)
    }

    func testAMissingFileExits66() throws {
        let result = try TumenBinary.run(["export", "--format", "csv", "--data", "/no/such/file.json"])
        XCTAssertEqual(result.status, 66)
        XCTAssertEqual(result.stderr, "/no/such/file.json: no such file\n")
        XCTAssertEqual(result.stdout, "")
    }
}
