import Foundation
import TumenData
import TumenFiles
import TumenFixtures
import TumenModel
import TumenRender
import TumenTestSupport
import XCTest

/// Issue 14: "Famine" showed as `F…`. An era's title is shown whole or not at all: every
/// word on the era band is a whole word of an era's title or dates. From 80 columns, on
/// the bundled and sample data, every era with a cell of its own on the band is named
/// (where eras overlap, the later one is drawn over the earlier).
final class TimelineEraTitleTests: XCTestCase {
    static let fills: Set<Character> = [".", ":", "░", "▒"]

    func testEraTitlesAreNeverCutShort() throws {
        let bundled = try DatasetLoader.load(path: XCTUnwrap(BundledData.path)).dataset
        var named = 0
        for (name, dataset) in [
            ("bundled", bundled), ("sample", SampleDataset.dataset), ("dense", DenseTimelineDataset.dataset),
        ] {
            let words = Set(dataset.eras.flatMap { era in Self.words(era.title + " " + era.date.label) })
            let opened = ExplorerState(dataset: dataset, size: Size(width: 80, height: 24), showContentNote: false)
            for (sizeIndex, (width, height)) in TimelineCountRuleTests.sizes.enumerated() {
                for zoom in 0...2 {  // presses of +: the whole history, then two steps finer
                    for selection in [0, 1, 2, 3] {
                        // (Resized from one state: opening 4,000 events 500 times would dominate the test.)
                        var state = opened
                        state.apply(Action.resize(Size(width: width, height: height)))
                        let target = selection == 3 ? state.events.count - 1 : state.events.count * selection / 4
                        state.apply(.selectEvent(id: state.events[target].id))
                        for _ in 0..<zoom { state.apply(.zoomIn) }
                        let screen = RootView.render(
                            state, theme: .dark(unicode: sizeIndex % 2 == 1),
                            context: .forTests)
                        guard let timeline = TimelineRows(state, screen: screen), let eraRow = timeline.eraRow else {
                            continue
                        }
                        let band = String(
                            timeline.cells[eraRow][timeline.plotColumn..<timeline.plotColumn + timeline.plotWidth])
                        let context = "\(name) \(width)x\(height) \(zoom) selection \(target):\n\(band)"
                        for token in Self.words(band) {
                            XCTAssertTrue(words.contains(token), "'\(token)' is not a whole word of an era: \(context)")
                        }
                        guard name != "dense", width >= 80 else { continue }
                        for era in Self.erasWithACellOfTheirOwn(dataset.eras, state: state, width: timeline.plotWidth) {
                            XCTAssertTrue(band.contains(era.title), "\(era.title) is in view but not named: \(context)")
                            named += 1
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(named, 50)
    }

    static func erasWithACellOfTheirOwn(_ eras: [Era], state: ExplorerState, width: Int) -> [Era] {
        let scale = TimeScale(state: state, columns: width)
        var owner = [Int?](repeating: nil, count: width)
        let order = eras.indices.sorted {
            (scale.column(of: eras[$0].date.start), $0) < (scale.column(of: eras[$1].date.start), $1)
        }
        for index in order {
            let era = eras[index]
            let first = max(0, scale.column(of: era.date.start))
            let last = min(width - 1, scale.endColumn(of: era.date.end ?? era.date.start))
            if first <= last { for x in first...last { owner[x] = index } }
        }
        return Set(owner.compactMap { $0 }).sorted().map { eras[$0] }
    }

    /// Words split at spaces and at the era fills (a title is followed by its fill).
    static func words(_ text: String) -> [String] {
        text.split { $0 == " " || fills.contains($0) }.map(String.init)
    }
}
