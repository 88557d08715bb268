import Foundation
import TumenData
import TumenFiles
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// Ordinary text from many scripts (Arabic, Hebrew, Persian, Hindi, Thai, CJK, Korean,
/// emoji sequences, flags, combining marks) in every view at several sizes: every row of
/// every screen is exactly as wide as the screen, so no border after such text moves.
final class ManyScriptsScreenTests: XCTestCase {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/scripts/many-scripts.timelinejs.json").standardized.path

    func testEveryRowKeepsTheScreenWidthInEveryView() throws {
        let dataset = try DatasetLoader.load(path: Self.path).dataset
        let script = "<Enter> j j J G k <Enter> m t / 한 <Enter> n f <Space> <Esc> ? <Esc> + + + - <Tab>"
        for size in [
            Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 123, height: 41),
            Size(width: 200, height: 60),
        ] {
            for unicode in [false, true] {
                var state = ExplorerState(dataset: dataset, size: size, showContentNote: true)
                for step in try KeyNotation.parse(script, source: "test") {
                    state.apply(step)
                    let screen = RootView.render(state, theme: .dark(unicode: unicode), context: .forTests)
                    for (row, line) in screen.lines.enumerated() {
                        XCTAssertEqual(
                            DisplayWidth.of(line), size.width, "\(size) after \(step.notation), row \(row): \(line)")
                    }
                }
            }
        }
        let deck = try PresenterDeck(dataset: dataset, lesson: nil)
        var presenter = PresenterState(deck: deck, size: Size(width: 100, height: 30))
        for _ in deck.steps {
            let screen = PresenterView.render(presenter, theme: .light(), context: .forTestsWithoutBasemap)
            for line in screen.lines { XCTAssertEqual(DisplayWidth.of(line), 100, line) }
            presenter.apply(.next, at: 0)
        }
    }
}
