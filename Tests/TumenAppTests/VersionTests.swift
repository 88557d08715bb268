import XCTest

final class HelpTests: XCTestCase {
    func testHelpNamesTheCommandAndExitsZero() throws {
        let result = try TumenBinary.run(["--help"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("USAGE: tumen"), result.stdout)
    }

    func testAnUnknownOptionIsAUsageError() throws {
        let result = try TumenBinary.run(["--no-such-option"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("--no-such-option"), result.stderr)
    }
}
