import Foundation
import XCTest
import TumenFixtures
import TumenModel
import TumenRender

/// Whole explorer screens as plain text, compared with Goldens/explorer-*.txt.
/// Regenerate with TUMEN_UPDATE_GOLDENS=1 swift test --filter ExplorerScreenTests, then read them.
enum ExplorerGolden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The sample dataset after pressing `keys` (key notation), past the content note unless asked.
    static func state(_ width: Int, _ height: Int, keys: String = "", note: Bool = false) throws -> ExplorerState {
        var state = ExplorerState(dataset: SampleDataset.dataset, size: Size(width: width, height: height), showContentNote: note)
        for step in try KeyNotation.parse(keys, source: "test") { state.apply(step) }
        return state
    }

    static func assertScreen(_ screen: Screen, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = directory.appendingPathComponent("explorer-\(name).txt")
        let actual = screen.text
        if ProcessInfo.processInfo.environment["TUMEN_UPDATE_GOLDENS"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing golden \(url.lastPathComponent); run with TUMEN_UPDATE_GOLDENS=1", file: file, line: line)
            return
        }
        guard actual != expected else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for i in 0..<max(a.count, e.count) where (i < a.count ? a[i] : "") != (i < e.count ? e[i] : "") {
            diff.append("line \(i + 1):\n  golden: \(i < e.count ? e[i] : "(none)")\n  now:    \(i < a.count ? a[i] : "(none)")")
        }
        XCTFail("explorer-\(name).txt differs (TUMEN_UPDATE_GOLDENS=1 regenerates):\n" + diff.prefix(12).joined(separator: "\n"),
                file: file, line: line)
    }
}
