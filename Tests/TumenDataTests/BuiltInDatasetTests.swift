import TumenData
import XCTest

/// The built-in dataset is opened without the validator's pass on every start
/// (`DatasetLoader.decodeBuiltIn`); these tests are that pass, and check that skipping it
/// changes nothing.
final class BuiltInDatasetTests: XCTestCase {
    func testTheBuiltInDatasetPassesEveryCheckWithNoWarning() throws {
        let checked = try DatasetLoader.decode(bytes: EmbeddedFiles.dataset, path: "data/tumen.json")
        XCTAssertEqual(checked.format, .tumen)
        XCTAssertEqual(checked.warnings, [])
        XCTAssertEqual(DatasetValidator.validate(checked.dataset), [])
    }

    func testOpeningItWithoutTheChecksGivesTheSameDataset() throws {
        let checked = try DatasetLoader.decode(bytes: EmbeddedFiles.dataset, path: "data/tumen.json")
        let quick = try DatasetLoader.decodeBuiltIn(path: "data/tumen.json")
        XCTAssertEqual(quick.dataset, checked.dataset)
        XCTAssertEqual(quick.path, "data/tumen.json")
        XCTAssertEqual(quick.format, .tumen)
        XCTAssertEqual(quick.warnings, [])
        XCTAssertEqual(try DatasetLoader.decodeBuiltIn(path: "x.json", checking: true).dataset, checked.dataset)
    }
}
