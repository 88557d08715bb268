import Foundation
import TumenData
import TumenFixtures
import TumenModel
import TumenRender
import XCTest

/// Whole explorer screens, compared with Goldens/explorer-*.txt and *.styles.txt by
/// `assertScreen`. Rerecord with TUMEN_UPDATE_GOLDENS=1 swift test --filter ExplorerScreenTests
/// (the run fails, naming what it wrote), then read the diff.
enum ExplorerGolden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The sample dataset after pressing `keys` (key notation), past the content note unless asked.
    static func state(_ width: Int, _ height: Int, keys: String = "", note: Bool = false) throws -> ExplorerState {
        var state = ExplorerState(
            dataset: SampleDataset.dataset, size: Size(width: width, height: height), showContentNote: note)
        for step in try KeyNotation.parse(keys, source: "test") { state.apply(step) }
        return state
    }

    /// Goldens/explorer-NAME.txt, with its style layer beside it (see TumenTestSupport).
    static func file(named name: String) -> URL {
        directory.appendingPathComponent("explorer-\(name).txt")
    }
}
