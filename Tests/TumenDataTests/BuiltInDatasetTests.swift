import Foundation
import TumenBuiltIn
import TumenData
import TumenFiles
import XCTest

/// The bundled dataset is built into the binary twice: as text (EmbeddedFiles.dataset, for
/// `tumen validate`) and already decoded (BuiltInDataset, generated Swift, what every other
/// start uses without parsing or checking). These tests are the check it skips, and they
/// hold the generated file to data/tumen.json.
final class BuiltInDatasetTests: XCTestCase {
    private func decoded() throws -> LoadedDataset {
        try DatasetLoader.decode(bytes: EmbeddedFiles.dataset, path: "data/tumen.json")
    }

    func testTheBuiltInDatasetPassesEveryCheckWithNoWarning() throws {
        let checked = try decoded()
        XCTAssertEqual(checked.format, .tumen)
        XCTAssertEqual(checked.warnings, [])
        XCTAssertEqual(DatasetValidator.validate(checked.dataset), [])
    }

    func testTheAlreadyDecodedDatasetIsDataTumenJSONDecoded() throws {
        let built = BuiltInDataset.make()
        let checked = try decoded().dataset
        // Field by field first, so a difference names where it is.
        XCTAssertEqual(built.title, checked.title)
        XCTAssertEqual(built.categories, checked.categories)
        XCTAssertEqual(built.sources, checked.sources)
        XCTAssertEqual(built.places, checked.places)
        XCTAssertEqual(built.events.count, checked.events.count)
        for (mine, theirs) in zip(built.events, checked.events) { XCTAssertEqual(mine, theirs, theirs.id) }
        XCTAssertEqual(built.routes, checked.routes)
        XCTAssertEqual(built.lessons, checked.lessons)
        XCTAssertEqual(built.eras, checked.eras)
        XCTAssertEqual(built, checked, "data/tumen.json changed: run scripts/embed-data.sh")
    }

    /// The package root (EmbeddedDataTests finds it from its own path).
    private let root = URL(fileURLWithPath: EmbeddedDataTests.root)

    private func basemap() throws -> Basemap {
        try XCTUnwrap(BasemapLoader.load(path: root.appendingPathComponent("data/basemap/basemap.bin").path).basemap)
    }

    func testTheRouteLegsAreWhatTheSearchFindsToday() throws {
        let worked = RouteGeometry(dataset: try decoded().dataset, basemap: try basemap())
        let built = BuiltInDataset.routeGeometry()
        XCTAssertEqual(built.legs.count, worked.legs.count)
        for (mine, theirs) in zip(built.legs, worked.legs) {
            XCTAssertEqual(mine, theirs, "\(theirs.routeID) \(theirs.fromPlace)–\(theirs.toPlace)")
        }
        XCTAssertEqual(built, worked, "the route legs changed: run scripts/embed-data.sh")
        XCTAssertEqual(BasemapLoad.builtIn.basemap, try basemap(), "worked out over the basemap built in")
    }

    func testTheGeneratedFileIsWhatTheGeneratorWritesToday() throws {
        let committed = try String(
            contentsOf: root.appendingPathComponent("Sources/TumenBuiltIn/BuiltInDataset.swift"), encoding: .utf8)
        let dataset = try decoded().dataset
        let fresh = DatasetSwiftSource.file(
            for: dataset, routeGeometry: RouteGeometry(dataset: dataset, basemap: try basemap()),
            from: "data/tumen.json")
        XCTAssertTrue(
            committed == fresh, "Sources/TumenBuiltIn/BuiltInDataset.swift is out of date: run scripts/embed-data.sh")
    }

    func testStringsNumbersAndDatesSurviveTheGeneratedSource() {
        XCTAssertEqual(DatasetSwiftSource.literal("a \"b\" \\ c\nd\te"), #""a \"b\" \\ c\nd\te""#)
        XCTAssertEqual(DatasetSwiftSource.literal("\u{301}e\u{200B}\u{1B}[2J"), #""\u{301}e\u{200B}\u{1B}[2J""#)
        XCTAssertEqual(DatasetSwiftSource.literal("Tumen 두만강 图们"), "\"Tumen 두만강 图们\"")
        XCTAssertEqual(DatasetSwiftSource.literal(nil as String?), "nil")
        XCTAssertEqual(DatasetSwiftSource.literal(42.0), "42.0")
        XCTAssertEqual(DatasetSwiftSource.literal(-126.978), "-126.978")
        XCTAssertEqual(DatasetSwiftSource.literal(0.00001), "1e-05")
    }
}
