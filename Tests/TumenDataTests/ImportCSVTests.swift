import Foundation
import TumenFiles
import XCTest

@testable import TumenData

/// The TimelineJS sheet template saved as CSV, and the RFC 4180 reader under it.
final class ImportCSVTests: XCTestCase {
    private func load(_ text: String, bom: Bool = false) throws -> LoadedDataset {
        try DatasetLoader.decode(bytes: (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), path: "s.csv")
    }

    private func problems(_ text: String) -> [String] {
        do {
            _ = try load(text)
            return []
        } catch let error as DatasetLoadError {
            return error.problems.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    func testSpreadsheetFileWithBOMAndCRLF() throws {
        let path = ImportTimelineJSTests.fixture("timelinejs-sheet.csv")
        let loaded = try DatasetLoader.load(path: path)
        XCTAssertEqual(loaded.format, .timelineCSV)
        let d = loaded.dataset
        XCTAssertEqual(d.title, "To the Moon")
        XCTAssertEqual(
            d.description,
            "The Apollo programme, 1961–1972.\n\nMedia (not shown): Earthrise\nCredit: "
                + "NASA\nhttps://www.nasa.gov/apollo.jpg"
        )
        XCTAssertEqual(
            d.events.map(\.title),
            [
                "Kennedy's challenge", "Apollo 1 fire", "Apollo 8", "Apollo 11", "Apollo 13",
                "Apollo 17, \"the last\"",
            ])
        XCTAssertEqual(d.categories.map(\.name), ["Politics", "Missions"])
        XCTAssertEqual(
            d.events[0].summary, "Before Congress, Kennedy asks for a landing \"before this decade is out\".")
        XCTAssertEqual(
            d.events[1].summary,
            "A fire during a launch rehearsal kills three astronauts:\nGrissom, White and Chaffee.\n\nThe "
                + "capsule is redesigned."
        )
        XCTAssertEqual(d.events[2].links, ["https://www.nasa.gov/earthrise"])
        XCTAssertEqual(
            d.events[2].media,
            [
                MediaReference(
                    url: "https://www.nasa.gov/earthrise.jpg", caption: "Earthrise, 24 December 1968",
                    credit: "NASA / Bill Anders")
            ])
        XCTAssertEqual(d.events[3].date.label, "16 Jul 1969 13:32–24 Jul 1969 16:50", "times of day kept in the label")
        XCTAssertEqual(d.events[4].date.label, "April 1970")
        XCTAssertEqual(d.eras.map(\.title), ["Project Gemini", "Lunar landings"])
        XCTAssertEqual(
            loaded.warnings,
            [
                "\(path): warning: 3 media items shown as links with their captions, credits and alt text",
                "\(path): warning: 1 era's text not shown (TimelineJS shows an era's headline only)",
                "\(path): warning: 1 slide background ignored (a colour or picture behind the slide)",
                "\(path): warning: 1 media thumbnail ignored (a small copy of the media for the time axis)",
            ])
    }

    func testParserHandlesQuotesCommasNewlinesAndPositions() throws {
        let rows = try CSVParser.parse(Array("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\r\nlast".utf8))
        XCTAssertEqual(
            rows.map { $0.fields.map(\.text) }, [["a", "b, c", "say \"hi\""], ["two\nlines", "x", ""], ["last"]])
        XCTAssertEqual(rows[1].fields[1].line, 3)
        XCTAssertEqual(rows[1].fields[1].column, 8)
        XCTAssertEqual(rows[2].line, 4)
    }

    func testUnclosedQuoteNamesWhereItOpened() {
        XCTAssertEqual(
            problems("Year,Headline\n1990,\"Never closed\n1991,B\n"),
            ["s.csv:2:6: quoted field is never closed (a missing \")"])
    }

    func testStrayQuotesAreErrors() {
        XCTAssertEqual(
            problems("Year,Headline\n1990,Say \"hi\"\n"),
            ["s.csv:2:10: a quote inside an unquoted field; quote the whole field and double the quote (\"\")"])
        XCTAssertEqual(
            problems("Year,Headline\n1990,\"A\"B\n"),
            ["s.csv:2:9: text after a closing quote; a quote inside a quoted field is written twice (\"\")"])
    }

    func testBadCellsAreReportedByLineAndColumn() {
        XCTAssertEqual(
            problems("Year,Month,Day,Headline\n1990,13,,A\n,,,No year\n1991,2,30,C\n1992,,,\"D\"\n"),
            [
                "s.csv:2:6: month 13 does not exist",
                "s.csv:3:1: a date needs a year",
                "s.csv:4:8: day 30 does not exist",
            ])
    }

    func testHeaderWithoutTemplateColumnsIsRefused() {
        XCTAssertEqual(
            problems("Date,Title\n1990,A\n"),
            [
                "s.csv:1:1: the header row has no \"Year\" column (expected the TimelineJS template's columns)",
                "s.csv:1:1: the header row has no \"Headline\" column (expected the TimelineJS template's columns)",
            ])
    }

    func testEndBeforeStartIsReportedAtItsRow() {
        XCTAssertEqual(
            problems("Year,End Year,Headline\n1990,1995,Fine\n1990,1980,Back\n"),
            ["s.csv:3:6: end 1980 is before start 1990"])
        XCTAssertEqual(
            problems("Year,Headline,Text\n1990,Fine,Escape\u{1B}[2J here\n"),
            [#"s.csv:2:11: text contains the control character U+001B (ESC)"#])
    }

    func testEraWithoutEndAndUnknownColumns() throws {
        XCTAssertEqual(problems("Year,Headline,Type\n1990,Open era,era\n"), ["s.csv:2:1: an era row needs an End Year"])
        let loaded = try load("Year,Headline,Notes\n1990,A,extra\n", bom: true)
        XCTAssertEqual(loaded.warnings, [#"s.csv:1:1: warning: unknown column "Notes" ignored"#])
        XCTAssertEqual(loaded.dataset.events.map(\.title), ["A"])
    }

    func testBCEYearsAndSpreadsheetNumbers() throws {
        let d = try load("Year,Month,Day,Headline\n-44,3.0,15,Ides of March\n").dataset
        XCTAssertEqual(d.events[0].date.start, HistoricDate(year: -44, month: 3, day: 15))
        XCTAssertEqual(d.events[0].date.label, "15 Mar 44 BCE")
        let named = try load("Year,Month,Headline\n1970,Apr,A\n1970,september,B\n").dataset
        XCTAssertEqual(named.events.map(\.date.start.month), [4, 9], "month names as a sheet may hold them")
    }

    func testNotUTF8IsRefusedWithAHint() {
        let bytes: [UInt8] = Array("Year,Headline\n1990,Caf".utf8) + [0xE9] + Array("\n".utf8)
        XCTAssertThrowsError(try DatasetLoader.decode(bytes: bytes, path: "s.csv")) { error in
            XCTAssertEqual(
                (error as? DatasetLoadError)?.description,
                "s.csv:2:1: the file is not UTF-8 text (save the sheet as \"CSV UTF-8\")")
        }
    }
}
