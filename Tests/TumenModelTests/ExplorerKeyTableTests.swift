import Foundation
import TumenData
import TumenModel
import XCTest

/// The "Keys" table in docs/exploring.md (the guide moved out of the README) is generated from
/// KeyBindings.commands: it must be the same text, so the README, the help overlay and the dispatch
/// cannot disagree.
final class ExplorerKeyTableTests: XCTestCase {
    func testReadmeKeyTableIsTheCommandTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("docs/exploring.md"), encoding: .utf8)
        let begin = "<!-- keys: generated from KeyBindings.commands; ExplorerKeyTableTests checks it -->\n"
        let end = "\n<!-- end of keys -->"
        let start = try XCTUnwrap(readme.range(of: begin), "docs/exploring.md has no generated key table")
        let stop = try XCTUnwrap(readme.range(of: end, range: start.upperBound..<readme.endIndex))
        let table = String(readme[start.upperBound..<stop.lowerBound])
        XCTAssertEqual(
            table, KeyBindings.markdownKeyTable,
            "docs/exploring.md key table is out of date; paste KeyBindings.markdownKeyTable (printed below):\n"
                + KeyBindings.markdownKeyTable)
    }

    func testHelpListsEveryExplorerCommandOnce() {
        let listed = KeyBindings.helpSections.flatMap(\.entries).count
        let explorer = KeyBindings.commands.filter { c in KeyBindings.explorerContexts.contains { $0.0 == c.context } }
        XCTAssertEqual(listed, explorer.count)
        XCTAssertTrue(KeyBindings.helpSections[0].entries.contains { $0.keys == "<PageDown>" })
        XCTAssertTrue(KeyBindings.helpSections[0].entries.contains { $0.keys == "q <C-c>" })
    }
}
