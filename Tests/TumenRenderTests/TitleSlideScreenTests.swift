import TumenData
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// An imported timeline opens on its title slide, as TimelineJS does: the title and the
/// introduction, cut where the screen ends, the key line always shown.
final class TitleSlideScreenTests: XCTestCase {
    static func dataset(paragraphs: Int) -> Dataset {
        let text = (1...paragraphs).map { "Paragraph \($0) of the introduction." }.joined(separator: "\n\n")
        return Dataset(
            title: "The canal", description: text, categories: [Category(id: "c", name: "C")],
            events: [
                Event(
                    id: "a", date: EventDate(start: HistoricDate(year: 1800)), title: "A", summary: "A", category: "c")
            ])
    }

    func testTheTitleSlideIsTheFirstScreen() {
        let state = ExplorerState(dataset: Self.dataset(paragraphs: 2), size: Size(width: 80, height: 24))
        let text = RootView.render(state, theme: .dark(unicode: true), context: .forTests).text
        XCTAssertTrue(text.contains("The canal"))
        XCTAssertTrue(text.contains("Paragraph 2 of the introduction."))
        XCTAssertTrue(text.contains("Press any key to continue."))
        XCTAssertFalse(text.contains("Content note"), "no content note is claimed")
    }

    func testALongIntroductionIsCutAboveTheKeyLine() {
        let state = ExplorerState(dataset: Self.dataset(paragraphs: 40), size: Size(width: 80, height: 24))
        let text = RootView.render(state, theme: .dark(unicode: true), context: .forTests).text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.contains { $0.contains("Press any key to continue.") })
        XCTAssertTrue(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "…" })
        XCTAssertTrue(lines.contains { $0.contains("The canal") })
    }
}
