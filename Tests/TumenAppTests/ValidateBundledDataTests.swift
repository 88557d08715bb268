import Foundation
import TumenData
import TumenFiles
import TumenModel
import TumenRender
import TumenTestSupport
import XCTest

/// The bundled dataset, data/tumen.json: it validates, it is found from anywhere,
/// every citation resolves, and it survives a round trip through canonical JSON.
final class ValidateBundledDataTests: XCTestCase {
    static let path = TumenBinary.packageRoot.appendingPathComponent("data/tumen.json").path

    private func bundled() throws -> Dataset {
        do {
            return try DatasetLoader.load(path: Self.path).dataset
        } catch {
            XCTFail("data/tumen.json does not load:\n\(error)")
            throw error
        }
    }

    func testTheBundledDatasetValidatesFromThePackageRoot() throws {
        _ = try bundled()
        let result = try TumenBinary.run(["validate"], currentDirectory: TumenBinary.packageRoot)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("data/tumen.json: "), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix(" — valid\n"), result.stdout)
        XCTAssertEqual(result.stderr, "", "the bundled data has no warnings")
    }

    func testTheBundledDatasetIsFoundFromElsewhereThroughTheExecutable() throws {
        _ = try bundled()
        let result = try TumenBinary.run(
            ["validate"], environment: ["TUMEN_DATA": ""],
            currentDirectory: FileManager.default.temporaryDirectory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("data/tumen.json: "), result.stdout)
    }

    func testEverySourceReferenceResolvesAndNamesAPassage() throws {
        let dataset = try bundled()
        let sources = Set(dataset.sources.map(\.id))
        var references: [(String, SourceReference)] = []
        for event in dataset.events {
            XCTAssertFalse(event.sources.isEmpty, "event \(event.id) cites no source")
            references += event.sources.map { ("event \(event.id)", $0) }
            references += (event.contested?.claims ?? []).map { ("claim in \(event.id)", $0.source) }
        }
        for route in dataset.routes {
            references += route.sources.map { ("route \(route.id)", $0) }
            for stage in route.stages { references += stage.sources.map { ("stage \(route.id)/\(stage.id)", $0) } }
        }
        XCTAssertFalse(references.isEmpty)
        for (owner, reference) in references {
            XCTAssertTrue(sources.contains(reference.source), "\(owner) cites unknown source \(reference.source)")
            XCTAssertFalse(reference.passage.trimmingCharacters(in: .whitespaces).isEmpty, "\(owner) names no passage")
        }
    }

    /// What the loaded file opens on: its own title and content note, then, after any key,
    /// the timeline at its first event of all of them. (Its load time is a figure for
    /// tumen-bench and docs/PERFORMANCE.md, not a test: a 500 ms bound on a load of a few
    /// milliseconds could not fail.)
    func testTheBundledDatasetOpensOnItsContentNoteThenTheTimeline() throws {
        let dataset = try bundled()
        let note = try XCTUnwrap(dataset.contentNote)
        var state = ExplorerState(dataset: dataset, size: Size(width: 80, height: 24), showContentNote: true)
        let first = RootView.render(state, theme: .mono(), context: .forTests).text
        XCTAssertTrue(first.contains(dataset.title), first)
        XCTAssertTrue(first.contains("Content note"), first)
        XCTAssertTrue(first.contains(String(note.prefix(40))), first)
        XCTAssertTrue(first.contains("Press any key to continue."), first)
        state.press(.character("x"))
        let timeline = RootView.render(state, theme: .mono(), context: .forTests).lines
        let status = " timeline (decades)  event 1 of \(dataset.events.count) "
        XCTAssertTrue(timeline.last!.hasPrefix(status), timeline.last!)
    }

    func testTheBundledDatasetRoundTripsThroughCanonicalJSON() throws {
        let dataset = try bundled()
        let json = CanonicalJSONWriter.write(dataset)
        let reloaded = try DatasetLoader.decode(bytes: Array(json.utf8), path: "export.json").dataset
        XCTAssertEqual(reloaded, dataset)
    }
}
