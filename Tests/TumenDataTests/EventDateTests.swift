import XCTest

@testable import TumenData

final class EventDateTests: XCTestCase {
    func testParsesTheThreePrecisions() {
        XCTAssertEqual(HistoricDate(parsing: "1986"), HistoricDate(year: 1986))
        XCTAssertEqual(HistoricDate(parsing: "2018-10"), HistoricDate(year: 2018, month: 10))
        XCTAssertEqual(HistoricDate(parsing: "2018-10-05"), HistoricDate(year: 2018, month: 10, day: 5))
        XCTAssertEqual(HistoricDate(parsing: "-500"), HistoricDate(year: -500))
    }

    func testRejectsImpossibleDates() {
        for text in ["", "19x6", "2018-13", "2018-00", "2019-02-29", "2018-4", "2018-04-31", "2018--01", "1986-"] {
            XCTAssertNil(HistoricDate(parsing: text), text)
        }
        XCTAssertNotNil(HistoricDate(parsing: "2020-02-29"))
    }

    func testLessPreciseDatesSortFirstAndPointsBeforePeriods() {
        let year = EventDate(start: HistoricDate(year: 2018))
        let month = EventDate(start: HistoricDate(year: 2018, month: 10))
        let period = EventDate(start: HistoricDate(year: 2018), end: HistoricDate(year: 2019))
        XCTAssertEqual([period, month, year].sorted(), [year, period, month])
    }

    func testLabels() {
        XCTAssertEqual(EventDate(start: HistoricDate(year: 1996), end: HistoricDate(year: 1999)).label, "1996–1999")
        XCTAssertEqual(EventDate(start: HistoricDate(year: 2018, month: 10), inferred: true).label, "c. Oct 2018")
        XCTAssertEqual(EventDate(start: HistoricDate(year: -44, month: 3, day: 15)).label, "15 Mar 44 BCE")
        XCTAssertEqual(EventDate(start: HistoricDate(year: 1815), display: "Summer 1815").label, "Summer 1815")
    }

    /// Every shape of date the label can take, in years far apart and close together.
    static func sampleDates() -> [EventDate] {
        let years = [-13_800_000_000, -44, -1, 0, 7, 99, 1986, 2018, 10_000, 123_456_789]
        var starts: [HistoricDate] = []
        for year in years {
            starts.append(HistoricDate(year: year))
            for month in [1, 9, 10, 12] {
                starts.append(HistoricDate(year: year, month: month))
                for day in [1, 9, 10, 28] { starts.append(HistoricDate(year: year, month: month, day: day)) }
            }
        }
        var dates: [EventDate] = []
        for (index, start) in starts.enumerated() {
            let end = starts[(index * 7 + 3) % starts.count]
            dates.append(EventDate(start: start))
            dates.append(EventDate(start: start, inferred: true))
            dates.append(EventDate(start: start, end: end, inferred: index % 2 == 0))
            dates.append(EventDate(start: start, end: start, note: index % 3 == 0 ? "a note" : nil))
        }
        dates.append(EventDate(start: HistoricDate(year: 1815), display: "Summer 1815"))
        dates.append(EventDate(start: HistoricDate(year: 1815), display: "夏 1815"))
        return dates
    }

    func testLabelWidthIsTheWidthOfTheLabel() {
        for date in Self.sampleDates() {
            XCTAssertEqual(date.labelWidth, DisplayWidth.of(date.label), date.label)
        }
    }

    /// The explorer's integer sort keys give exactly the order of `EventDate.<`, ties in file order.
    func testEventOrderMatchesDateOrder() {
        let dates = Self.sampleDates()
        // Shuffle deterministically and repeat some dates so ties must keep file order.
        var generator = LoadingMutationTests.SplitMix(seed: 7)
        let shuffled = (dates + dates.prefix(40)).shuffled(using: &generator)
        let events = shuffled.enumerated().map {
            Event(id: "e\($0.offset)", date: $0.element, title: "t", summary: "s", category: "c")
        }
        let expected = events.indices.sorted { a, b in
            let (x, y) = (events[a].date, events[b].date)
            if x < y { return true }
            if y < x { return false }
            return a < b
        }
        XCTAssertEqual(EventOrder.sorted(events), expected)
    }
}
