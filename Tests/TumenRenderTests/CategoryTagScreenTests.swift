import Foundation
import TumenData
import TumenFiles
import TumenFixtures
import TumenModel
import TumenRender
import TumenTestSupport
import XCTest

/// Issue 14: a category is never told by colour alone. In the mono theme (a monochrome
/// projector, or a reader who cannot tell the lane colours apart) every row of the event
/// list still says its category: the text before the date is the same for two events
/// exactly when their categories are, and the lane names spell that text out.
final class CategoryTagScreenTests: XCTestCase {
    func testTheListNamesEachEventsCategoryWithoutColour() throws {
        let bundled = try DatasetLoader.load(path: XCTUnwrap(BundledData.path)).dataset
        for (name, dataset) in [
            ("bundled", bundled), ("dense", DenseTimelineDataset.dataset), ("sample", SampleDataset.dataset),
        ] {
            for (width, height) in [(40, 12), (80, 24), (120, 40), (200, 60)] {
                var tagOfCategory: [String: String] = [:]
                var categoryOfTag: [String: String] = [:]
                var state = ExplorerState(
                    dataset: dataset, size: Size(width: width, height: height), showContentNote: false)
                // Several pages, so every category of the bundled data shows up.
                for _ in 0..<6 {
                    let screen = RootView.render(state, theme: .mono(), context: .forTests)
                    let layout = ExplorerLayout(state: state)
                    let lines = screen.lines.map { Array($0) }
                    for row in layout.list.row..<layout.list.maxRow {
                        guard let index = layout.eventIndex(atColumn: layout.list.column, row: row, in: state) else {
                            continue
                        }
                        let category = state.events[index].category
                        // The cells between the selection pointer and the date.
                        let tag = String(lines[row][1..<4])
                        XCTAssertEqual(
                            tagOfCategory[category, default: tag], tag, "\(name) \(width)x\(height): \(category)")
                        XCTAssertEqual(
                            categoryOfTag[tag, default: category], category,
                            "\(name) \(width)x\(height): '\(tag)' stands for two categories")
                        tagOfCategory[category] = tag
                        categoryOfTag[tag] = category
                    }
                    state.apply(.pageDown)
                }
                if name == "bundled" {
                    XCTAssertEqual(tagOfCategory.count, 7, "\(width)x\(height): \(tagOfCategory)")
                }
                // Each lane name starts with its category's tag.
                let start = ExplorerState(
                    dataset: dataset, size: Size(width: width, height: height), showContentNote: false)
                let screen = RootView.render(start, theme: .mono(), context: .forTests)
                let layout = ExplorerLayout(state: start)
                let firstLane = layout.timeline.row + (layout.showsEraBand ? 1 : 0)
                for (offset, lane) in layout.lanes.enumerated() {
                    guard case .category(let id) = lane, let tag = tagOfCategory[id] else { continue }
                    let label = String(screen.lines[firstLane + offset].prefix(4))
                    XCTAssertEqual(label, tag + " ", "\(name) \(width)x\(height): the lane of \(id)")
                }
            }
        }
    }
}
