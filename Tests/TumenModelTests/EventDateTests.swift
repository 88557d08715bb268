import XCTest
@testable import TumenModel

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
}
