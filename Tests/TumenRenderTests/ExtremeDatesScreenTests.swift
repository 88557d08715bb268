import TumenData
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// Years at the edge of what `tumen validate` accepts (20 billion either side of year 0)
/// draw in every view at every zoom; one past it is refused with its place in the file.
final class ExtremeDatesScreenTests: XCTestCase {
    static let bound = HistoricDate.yearRange.upperBound

    static func dataset() -> Dataset {
        Dataset(
            title: "Deep time", categories: [Category(id: "c", name: "Cosmos")], sources: [], places: [],
            events: [
                Event(
                    id: "big-bang",
                    date: EventDate(
                        start: HistoricDate(year: -bound, month: 1),
                        end: HistoricDate(year: bound, month: 12, day: 31)),
                    title: "Everything", summary: "From the first year to the last.", category: "c"),
                Event(
                    id: "late", date: EventDate(start: HistoricDate(year: bound, month: 12, day: 31)), title: "Late",
                    summary: "S", category: "c"),
                Event(
                    id: "now", date: EventDate(start: HistoricDate(year: 2026)), title: "Now", summary: "S",
                    category: "c"),
            ],
            eras: [
                Era(title: "All", date: EventDate(start: HistoricDate(year: -bound), end: HistoricDate(year: bound)))
            ])
    }

    func testTheBoundsAreValidAndOnePastThemIsNot() {
        XCTAssertTrue(DatasetValidator.validate(Self.dataset()).isEmpty)
        var beyond = Self.dataset()
        beyond.events[1].date = EventDate(start: HistoricDate(year: Int.max))
        beyond.events[2].date = EventDate(start: HistoricDate(year: Int.min))
        XCTAssertEqual(
            DatasetValidator.validate(beyond).map(\.message),
            [
                "year \(Int.max) is outside what Tumen can show (20 billion years either side of year 0)",
                "year \(Int.min) is outside what Tumen can show (20 billion years either side of year 0)",
            ])
    }

    func testEveryViewDrawsAtEveryZoom() throws {
        let script =
            "++++++++++++++++ G ---------------- <Enter> J m t / e <Enter> f <Esc> ? <Esc> g ++++ <Resize 40x12> "
            + "---- <Resize 300x100>"
        for size in [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            var state = ExplorerState(dataset: Self.dataset(), size: size, showContentNote: false)
            for step in try KeyNotation.parse(script, source: "test") {
                state.apply(step)
                let screen = RootView.render(state, theme: .dark(unicode: true), context: .forTests)
                for (row, line) in screen.lines.enumerated() {
                    XCTAssertEqual(
                        DisplayWidth.of(line), state.size.width,
                        "\(size) after \(step), row \(row): \(line)")
                }
                // The bottom row is the status bar whatever the zoom or overlay, or the search prompt.
                let bottom = screen.lines.last!
                XCTAssertTrue(bottom.contains("? help") || bottom.hasPrefix("/"), "\(size) after \(step): \(bottom)")
            }
        }
        let deck = try PresenterDeck(dataset: Self.dataset(), lesson: nil)
        let screen = PresenterView.render(
            PresenterState(deck: deck, size: Size(width: 80, height: 24)), theme: .light(),
            context: .forTestsWithoutBasemap)
        XCTAssertTrue(screen.text.contains("From the first year to the last."), screen.text)
        XCTAssertTrue(EventsCSVWriter.write(Self.dataset()).contains("20 billion years ago – 31 Dec 20000000000"))
    }
}
