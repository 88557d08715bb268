import Foundation
import TumenData
import TumenFiles
import TumenFixtures
import TumenModel
import TumenRender
import TumenTestSupport
import XCTest

/// Issue 14: a count on a lane must never run into another count or a marker (`6` and
/// `3` side by side read as `63`). Checked as a rule, on whole rendered screens, for many
/// sizes, every zoom, several selections, and three datasets: in every lane row each run
/// of digits has, on both sides, a cell that is neither a digit nor a marker, and the
/// counts and markers add up to the events the lane has in view.
final class TimelineCountRuleTests: XCTestCase {
    static let sizes = [
        (40, 12), (41, 15), (52, 16), (64, 20), (80, 24), (97, 31), (100, 30), (120, 40),
        (133, 37), (160, 44), (181, 50), (200, 60), (256, 70), (300, 100),
    ]

    func datasets() throws -> [(String, Dataset)] {
        let bundled = try DatasetLoader.load(path: XCTUnwrap(BundledData.path)).dataset
        return [("bundled", bundled), ("dense", DenseTimelineDataset.dataset), ("sample", SampleDataset.dataset)]
    }

    func testCountsNeverTouchAndAddUpToTheirEvents() throws {
        var screens = 0
        var countsSeen = 0
        var multiDigit = 0
        for (name, dataset) in try datasets() {
            let opened = ExplorerState(dataset: dataset, size: Size(width: 80, height: 24), showContentNote: false)
            for (sizeIndex, (width, height)) in Self.sizes.enumerated() {
                for zoom in 0...2 {  // presses of +: the whole history, then two steps finer
                    for selection in [0, 1, 2, 3] {
                        // (Resized from one state: opening 4,000 events 500 times would dominate the test.)
                        var state = opened
                        state.apply(Action.resize(Size(width: width, height: height)))
                        // First, a quarter in, the middle, the last.
                        let target = selection == 3 ? state.events.count - 1 : state.events.count * selection / 4
                        state.apply(.selectEvent(id: state.events[target].id))
                        for _ in 0..<zoom { state.apply(.zoomIn) }
                        let theme = Theme.dark(unicode: sizeIndex % 2 == 1)
                        let screen = RootView.render(state, theme: theme, context: .forTests)
                        let context = "\(name) \(width)x\(height) \(zoom) selection \(target)"
                        guard let timeline = TimelineRows(state, screen: screen) else { continue }
                        screens += 1
                        for lane in timeline.lanes {
                            let seen = check(lane, in: timeline, context: context)
                            countsSeen += seen.counts
                            multiDigit += seen.multiDigit
                        }
                    }
                }
            }
        }
        // The rule was exercised, not vacuously true.
        XCTAssertGreaterThan(screens, 400)
        XCTAssertGreaterThan(countsSeen, 1000)
        XCTAssertGreaterThan(multiDigit, 100)
    }

    /// Checks one lane row; returns how many counts it held, and how many of two digits or more.
    func check(
        _ lane: TimelineRows.Lane, in timeline: TimelineRows, context: String,
        file: StaticString = #filePath, line: UInt = #line
    ) -> (counts: Int, multiDigit: Int) {
        let row = timeline.row(lane)
        let text = String(row)
        var total = 0
        let counts = timeline.counts(lane)
        for run in counts {
            for side in [run.first - 1, run.last + 1] {
                let cell = row[side]
                XCTAssertFalse(
                    TimelineRows.markers.contains(cell) || (cell.isASCII && cell.isNumber),
                    "\(context): count \(run.value) touches '\(cell)' in\n\(text)", file: file, line: line)
            }
            XCTAssertGreaterThan(run.value, 1, "\(context): a count below 2 in\n\(text)", file: file, line: line)
            total += run.value
        }
        let plot = row[timeline.plotColumn..<timeline.plotColumn + timeline.plotWidth]
        total += plot.filter { $0 == "o" || $0 == "●" }.count
        let selectionDrawn = plot.contains { TimelineRows.selectionMarkers.contains($0) }
        XCTAssertEqual(
            selectionDrawn, lane.selectionColumn != nil, "\(context): selection marker in\n\(text)", file: file,
            line: line)
        if let column = lane.selectionColumn {
            XCTAssertTrue(
                TimelineRows.selectionMarkers.contains(row[timeline.plotColumn + column]),
                "\(context): the selection is not at its column \(column) in\n\(text)", file: file, line: line)
            if lane.selectionIsPoint { total += 1 }
        }
        XCTAssertEqual(
            total, lane.points.count, "\(context): marks add up to \(total), lane has \(lane.points.count) in\n\(text)",
            file: file, line: line)
        return (counts.count, counts.filter { $0.value > 9 }.count)
    }
}
