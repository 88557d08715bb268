import Foundation
import TumenData
import TumenFixtures
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// Presenter screens compared with Goldens/presenter-*.txt: the text, then a second layer
/// naming each cell's style, so the themes' goldens differ where a projector would.
/// Rerecord with TUMEN_UPDATE_GOLDENS=1 swift test --filter PresenterViewTests (the run fails,
/// naming what it wrote), then read the diff.
final class PresenterViewTests: XCTestCase {
    /// No coastlines: these goldens are about the presenter's layout, not the basemap.
    static let noBasemap = BasemapLoad(basemap: nil, path: nil, notice: nil)

    static func state(lesson: String? = "journey", size: Size, steps: Int = 0, now: Double = 0) throws -> PresenterState
    {
        var state = PresenterState(
            deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: lesson), size: size, now: 0)
        state.press(.character("t"), at: 0)
        for _ in 0..<steps { state.press(.character("l"), at: 0) }
        state.tick(at: now)
        return state
    }

    func testEveryThemeAtBothSizes() throws {
        for theme in ["light", "high-contrast", "terminal"] {
            for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
                for step in 0..<2 {
                    let state = try Self.state(size: size, steps: step, now: 754)
                    let screen = PresenterView.render(
                        state, theme: Theme.named(theme, unicode: false)!,
                        context: .forTestsWithoutBasemap)
                    PresenterGolden.assert(screen, named: "presenter-\(theme)-\(size)-step\(step + 1)")
                }
            }
        }
    }

    func testTheMapRevealsTheRouteStageByStage() throws {
        // Step 1 is stage 1 of 6: only its marker. Step 3 is stage 6: the whole route.
        let first = PresenterView.render(
            try Self.state(size: Size(width: 120, height: 40)), theme: .light(),
            context: .forTestsWithoutBasemap)
        let last = PresenterView.render(
            try Self.state(size: Size(width: 120, height: 40), steps: 2), theme: .light(),
            context: .forTestsWithoutBasemap)
        XCTAssertTrue(first.text.contains("North Bank"), first.text)
        for later in ["River Town", "South City", "Capital"] {
            XCTAssertFalse(first.text.contains(later), "\(later) shown before its stage:\n\(first.text)")
        }
        // The fixture's stages give no travel mode: legs are drawn as "way not known".
        XCTAssertFalse(first.text.contains("+++"), "no leg before the second stage")
        XCTAssertTrue(last.text.contains("Capital"))
        XCTAssertTrue(last.text.contains("+++"))
        XCTAssertFalse(last.text.contains("desert route"), "other routes stay off the presenter's map")
        XCTAssertFalse(last.text.contains("+ + +"), "no closed route's dashes")
    }

    func testOnTheRealBasemapAt100x30() throws {
        let state = try Self.state(size: Size(width: 100, height: 30), steps: 2, now: 61)
        PresenterGolden.assert(
            PresenterView.render(state, theme: .light(), context: MapViewTests.context),
            named: "presenter-light-100x30-basemap")
    }

    func testTheIndexOverlay() throws {
        var state = try Self.state(lesson: nil, size: Size(width: 80, height: 24), steps: 3, now: 5)
        for key: Key in [.character("i"), .character("j"), .character("j")] { state.press(key, at: 5) }
        let screen = PresenterView.render(state, theme: .terminal(), context: .forTestsWithoutBasemap)
        PresenterGolden.assert(screen, named: "presenter-index-80x24")
    }

    func testTheListOfKeysComesFromTheCommandTable() throws {
        var state = try Self.state(size: Size(width: 100, height: 30))
        state.press(.character("?"), at: 0)
        let text = PresenterView.render(state, theme: .terminal(), context: .forTestsWithoutBasemap).text
        for line in [
            "Presenter keys: any key closes", "<Space> <Right> l <PageDown> j  next step",
            "0-9                             digits before G: a step number", "in the index: go to this step",
        ] {
            XCTAssertTrue(text.contains(line), "\(line) missing:\n\(text)")
        }
    }

    func testNOfMAndTheClockSurviveANarrowScreen() throws {
        var state = try Self.state(lesson: nil, size: Size(width: 24, height: 8), steps: 9, now: 3599)
        state.press(.character("1"), at: 3599)
        let lines = PresenterView.render(state, theme: .terminal(), context: .forTestsWithoutBasemap).lines
        XCTAssertTrue(lines[7].hasSuffix("59:59   10 / 10 "), lines[7])
        XCTAssertEqual(lines[6], "  [##################]  ")
    }

    func testDataTextCannotReachTheTerminalAsControlCharacters() throws {
        let dataset = Dataset(
            title: "T",
            events: [
                Event(
                    id: "e", date: EventDate(start: HistoricDate(year: 2000)), title: "Bad \u{1B}[2J title",
                    summary: "Clear \u{1B}]0;x\u{07} screen", category: "c")
            ])
        let state = PresenterState(
            deck: try PresenterDeck(dataset: dataset, lesson: nil), size: Size(width: 80, height: 24))
        let screen = PresenterView.render(state, theme: .light(), context: .forTestsWithoutBasemap)
        XCTAssertFalse(screen.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
        XCTAssertTrue(screen.text.contains("Bad ^[[2J title"), screen.text)
    }

    func testCheckFitFindsAnOversizedStep() {
        let long = String(repeating: "A very long summary that goes on and on. ", count: 60)
        let step = PresenterStep(title: "Too long", date: "2000", summary: long)
        let layout = PresenterLayout(step: step, size: Size(width: 100, height: 30))
        XCTAssertFalse(layout.fits)
        XCTAssertEqual(layout.problems, ["text needs 32 rows, the screen has 26 (30 less the margins and footer)"])
        XCTAssertTrue(
            PresenterLayout(
                step: PresenterStep(title: "Short", date: nil, summary: "Fits."),
                size: Size(width: 100, height: 30)
            ).fits)
    }
}

/// Presenter goldens keep their style layer in the same file, after a rule (they predate
/// the separate NAME.styles.txt; the layer is the same `StyleLayer`).
enum PresenterGolden {
    static func format(_ screen: Screen) -> String {
        screen.text + "---- styles\n" + StyleLayer.text(of: screen)
    }

    static func assert(_ screen: Screen, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        assertGoldenText(format(screen), golden: MapTestSupport.golden(name), file: file, line: line)
    }
}
