import Foundation
import TumenData
import TumenFiles
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// What the timeline's marks mean is told in three places that must agree: the help
/// overlay, docs/exploring.md (generated from the same entries), and the line beside the axis
/// while a count is on screen.
final class TimelineLegendTests: XCTestCase {
    func testReadmeTableOfMarksIsTheLegend() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("docs/exploring.md"), encoding: .utf8)
        let begin = "<!-- marks: generated from TimelineLegend.markdown; TimelineLegendTests checks it -->\n"
        let end = "\n<!-- end of marks -->"
        let start = try XCTUnwrap(readme.range(of: begin), "docs/exploring.md has no table of timeline marks")
        let stop = try XCTUnwrap(readme.range(of: end, range: start.upperBound..<readme.endIndex))
        XCTAssertEqual(
            String(readme[start.upperBound..<stop.lowerBound]), TimelineLegend.markdown,
            "docs/exploring.md's table of marks is out of date; paste this:\n" + TimelineLegend.markdown)
    }

    func testHelpExplainsCountsInBothGlyphSets() throws {
        for (size, unicode) in [
            (Size(width: 80, height: 24), false), (Size(width: 120, height: 40), true),
            (Size(width: 60, height: 20), false),
        ] {
            var state = ExplorerState(dataset: try SampleTimeline.bundled(), size: size, showContentNote: false)
            state.apply(.toggleHelp)
            let text = RootView.render(state, theme: .dark(unicode: unicode), context: .forTests).text
            XCTAssertTrue(text.contains("3 = 3 events close together"), "\(size):\n\(text)")
            XCTAssertTrue(text.contains("POL category tag"), "\(size):\n\(text)")
            XCTAssertTrue(text.contains(unicode ? "├──┤ a period" : "[==] a period"), "\(size):\n\(text)")
        }
    }

    func testTheAxisSaysWhatACountIsWhileOneIsOnScreen() throws {
        let state = ExplorerState(
            dataset: try SampleTimeline.bundled(), size: Size(width: 80, height: 24), showContentNote: false)
        let lines = RootView.render(state, theme: .dark(), context: .forTests).lines
        let axis = try XCTUnwrap(lines.first { $0.contains("+---") })
        XCTAssertTrue(axis.hasPrefix("2 = 2 events"), axis)
        // Zoomed in on a quiet year there is no count, and no legend for one.
        var quiet = state
        quiet.apply(.zoomIn)
        quiet.apply(.zoomIn)
        let quietLines = RootView.render(quiet, theme: .dark(), context: .forTests).lines
        XCTAssertFalse(
            quietLines.contains { $0.contains(" = ") && $0.contains(" events") }, quietLines.joined(separator: "\n"))
    }
}

enum SampleTimeline {
    static func bundled() throws -> Dataset {
        try DatasetLoader.load(path: XCTUnwrap(BundledData.path)).dataset
    }
}
