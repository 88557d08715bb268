import TumenData
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// A history of the universe as a reader sees it: dates in billions and millions of
/// years ago, an axis that says what it counts in, and `+`/`-` stepping from billions
/// of years down to months around the selection.
final class DeepTimeScreenTests: XCTestCase {
    static func dataset() -> Dataset {
        func event(_ id: String, _ year: Int, _ end: Int? = nil, _ title: String) -> Event {
            Event(
                id: id, date: EventDate(start: HistoricDate(year: year), end: end.map { HistoricDate(year: $0) }),
                title: title, summary: "S", category: "c")
        }
        return Dataset(
            title: "The universe", categories: [Category(id: "c", name: "Cosmos")], sources: [], places: [],
            events: [
                event("bang", -13_800_000_000, nil, "Big Bang"),
                event("sun", -4_600_000_000, nil, "The Sun forms"),
                event("earth", -4_540_000_000, nil, "Earth forms"),
                event("cambrian", -538_800_000, -485_400_000, "Cambrian explosion"),
                event("dinosaurs", -66_000_000, nil, "Non-avian dinosaurs die out"),
                event("humans", -300_000, nil, "Homo sapiens"),
                event("marathon", -490, nil, "Marathon"),
                event("chernobyl", 1986, nil, "Chernobyl"),
            ])
    }

    func screen(_ keys: String, width: Int = 80, height: Int = 24) throws -> String {
        var state = ExplorerState(
            dataset: Self.dataset(), size: Size(width: width, height: height), showContentNote: false)
        for step in try KeyNotation.parse(keys, source: "test") { state.apply(step) }
        return RootView.render(state, theme: .dark(unicode: true), context: .forTests).text
    }

    func statusUnit(_ screen: String) -> String? {
        let status = screen.split(separator: "\n", omittingEmptySubsequences: false).last { $0.contains("timeline (") }
        guard let status, let open = status.range(of: "timeline ("),
            let close = status[open.upperBound...].firstIndex(of: ")")
        else { return nil }
        return String(status[open.upperBound..<close])
    }

    func testDeepDatesReadAsYearsAgoInTheListAndTheDetail() throws {
        let list = try screen("")
        for label in [
            "13.8 billion years ago", "4.6 billion years ago", "4.54 billion years ago", "539–485 million years ago",
            "66 million years ago", "300000 BCE", "490 BCE", "1986",
        ] {
            XCTAssertTrue(list.contains(label), "\(label) in\n\(list)")
        }
        XCTAssertFalse(list.contains("13800000000"), list)
        let detail = try screen("j<Enter>", width: 120, height: 30)
        XCTAssertTrue(detail.contains("4.6 billion years ago"), detail)
    }

    func testTheAxisNamesItsUnitAndItsLabelsSayHowLongAgo() throws {
        let whole = try screen("")
        XCTAssertEqual(statusUnit(whole), "billions of years", whole)
        let rows = whole.split(separator: "\n").map(String.init)
        let axis = try XCTUnwrap(rows.first { $0.hasPrefix("billions of years") }, whole)
        XCTAssertTrue(axis.contains("12 bya") && axis.contains("4 bya"), axis)
        XCTAssertFalse(whole.contains("decades"), whole)
    }

    func testPlusStepsFromBillionsOfYearsToMonthsAndMinusStepsBack() throws {
        var units: [String?] = []
        for presses in 0...12 { units.append(statusUnit(try screen("jjjj" + String(repeating: "+", count: presses)))) }
        XCTAssertEqual(
            units,
            [
                "billions of years", "billions of years", "millions of years", "millions of years", "millions of years",
                "thousands of years", "thousands of years", "millennia", "centuries", "decades", "years", "months",
                "months",
            ])
        XCTAssertEqual(statusUnit(try screen("jjjj++++-")), "millions of years")
        XCTAssertEqual(
            statusUnit(try screen("jjjj+++++++++++" + String(repeating: "-", count: 11))), "billions of years")
    }

    func testEveryStepsAxisLabelsAreDistinctAndTheSelectionIsOnScreen() throws {
        for presses in 0...10 {  // down to years (months repeat their names each year)
            let text = try screen("jjjj" + String(repeating: "+", count: presses), width: 100, height: 30)
            let rows = text.split(separator: "\n").map(String.init)
            let unit = try XCTUnwrap(statusUnit(text))
            let labelRow = try XCTUnwrap(rows.first { $0.hasPrefix(unit) }, text)
            let labels = labelRow.dropFirst(unit.count).split(separator: " ", omittingEmptySubsequences: true)
                .map(String.init).filter { !["mya", "bya", "BCE"].contains($0) }
            XCTAssertGreaterThan(labels.count, 1, "\(presses) presses:\n\(text)")
            XCTAssertEqual(Set(labels).count, labels.count, "\(presses) presses:\n\(text)")
            XCTAssertTrue(
                text.contains("●") || text.contains("◆") || text.contains("*"), "\(presses) presses:\n\(text)")
        }
    }

    func testALongDateTakesUpToAThirdOfTheList() throws {
        var dataset = Self.dataset()
        dataset.events[3].date.display = "538.8–485.4 million years ago"
        var state = ExplorerState(dataset: dataset, size: Size(width: 100, height: 30), showContentNote: false)
        state.apply(.nextEvent)
        let text = RootView.render(state, theme: .dark(unicode: true), context: .forTests).text
        XCTAssertTrue(text.contains("538.8–485.4 million years ago"), text)
    }
}
