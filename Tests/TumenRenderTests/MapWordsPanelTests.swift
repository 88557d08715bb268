import TumenData
import TumenFiles
import TumenFixtures
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// `w` in the map view: the same words the screen-reader mode says, in a panel over the
/// map; `w` again (or leaving the map view) takes it away.
final class MapWordsPanelTests: XCTestCase {
    func screen(_ keys: String, size: Size = Size(width: 100, height: 30)) throws -> (ExplorerState, Screen) {
        var state = ExplorerState(dataset: SampleDataset.dataset, size: size, showContentNote: false)
        for case .key(let key) in try KeyNotation.parse(keys, source: "test") { state.press(key) }
        return (state, RootView.render(state, theme: .dark(unicode: false), context: .forTests))
    }

    func testThePanelShowsTheSelectedStageInWords() throws {
        let (state, shown) = try screen("m]]w")
        XCTAssertTrue(state.mapWordsOpen)
        let text = shown.text
        XCTAssertTrue(text.contains("The map in words (w closes)"), text)
        let words = MapDescription(dataset: state.dataset, basemap: BasemapLoad.standard.basemap).describe(state)
        XCTAssertTrue(words[0].hasPrefix("Stage 2 of 6 of The southern route"), words[0])
        for sentence in words.prefix(4) {
            XCTAssertTrue(text.contains(sentence), "the panel lacks “\(sentence)”:\n\(text)")
        }
        XCTAssertTrue(text.contains("in a straight line"), text)
    }

    func testWithoutAStageItDescribesTheRouteAndWAgainClosesIt() throws {
        let (_, overview) = try screen("mw")
        XCTAssertTrue(overview.text.contains("The southern route: open, 2018. 6 stages"), overview.text)
        let (closed, again) = try screen("mww")
        XCTAssertFalse(closed.mapWordsOpen)
        XCTAssertFalse(again.text.contains("The map in words"), again.text)
        let (_, timeline) = try screen("mwt")
        XCTAssertFalse(timeline.text.contains("The map in words"), "the panel belongs to the map view")
        let (_, wide) = try screen("m]w", size: Size(width: 160, height: 40))
        XCTAssertTrue(
            wide.text.contains("The map in words") && wide.text.contains("The southern route"),
            "beside the stage list on a wide screen")
    }
}
