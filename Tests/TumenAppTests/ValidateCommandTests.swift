import Foundation
import XCTest

/// `tumen validate` as a shell sees it: summary line, problems on stderr, exit codes.
final class ValidateCommandTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var folder: URL { scratch.url }

    override func setUpWithError() throws { scratch = try ScratchFolder("validate") }
    override func tearDownWithError() throws { scratch.remove() }

    private func write(_ name: String, _ text: String) throws -> String { try scratch.write(name, text) }

    static let minimal = """
        {"format": "tumen-dataset", "version": 1, "title": "Mini",
         "categories": [{"id": "policy", "name": "Policy"}],
         "sources": [{"id": "s1", "title": "Source one"}],
         "places": [{"id": "tumen", "name": "Tumen", "kind": "city", "lat": 42.96, "lon": 129.84, "precision": "city"}],
         "events": [{"id": "e1", "date": {"start": "1986"}, "title": "Agreement", "summary": "Text.",
                     "category": "policy", "places": ["tumen"], "sources": [{"source": "s1", "passage": "p1"}]}]}
        """

    func testAValidFileGivesASummaryAndExitsZero() throws {
        let path = try write("mini.json", Self.minimal)
        let result = try TumenBinary.run(["validate", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "\(path): 1 event, 1 place, 0 routes, 0 lessons, 1 source — valid\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testEveryProblemIsListedWithItsPosition() throws {
        let text = Self.minimal
            .replacingOccurrences(of: "\"1986\"", with: "\"1986-13\"")
            .replacingOccurrences(of: "\"places\": [\"tumen\"]", with: "\"places\": [\"yanji\"]")
        let path = try write("bad.json", text)
        let result = try TumenBinary.run(["validate", path])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(
            result.stderr,
            """
            \(path):5:44: month 13 does not exist in "1986-13" (events[0].date.start)
            \(path):6:47: unknown place "yanji" (events[0].places[0])
            \(path): 2 problems — not valid

            """)
    }

    func testAMissingFileExits66() throws {
        let path = folder.appendingPathComponent("nowhere.json").path
        let result = try TumenBinary.run(["validate", path])
        XCTAssertEqual(result.status, 66)
        XCTAssertEqual(result.stderr, "\(path): no such file\n")
    }

    func testTheDataOptionAndTheEnvironmentOverride() throws {
        let path = try write("mini.json", Self.minimal)
        let viaOption = try TumenBinary.run(["validate", "--data", path])
        XCTAssertEqual(viaOption.status, 0, viaOption.stderr)
        let viaEnvironment = try TumenBinary.run(["validate"], environment: ["TUMEN_DATA": path])
        XCTAssertEqual(viaEnvironment.status, 0, viaEnvironment.stderr)
        XCTAssertTrue(viaEnvironment.stdout.hasSuffix("— valid\n"), viaEnvironment.stdout)
    }

    func testAnUnknownFormatNameIsAUsageError() throws {
        let result = try TumenBinary.run(["validate", "--format", "xml", "x.json"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("Unknown dataset format 'xml'"), result.stderr)
    }
}
