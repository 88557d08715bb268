import Foundation
import TumenFiles
import XCTest

@testable import TumenData
@testable import TumenModel

/// Dates as teachers type them into StoryMapJS and old TimelineJS files, and places
/// typed with latitude and longitude the wrong way round.
final class ImportDatesAndPlacesTests: XCTestCase {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    func testFreeTextDatesThatNameOneDay() {
        let cases: [(String, HistoricDate?)] = [
            ("Sept 3, 2005", HistoricDate(year: 2005, month: 9, day: 3)),
            ("Aug. 28, 2005", HistoricDate(year: 2005, month: 8, day: 28)),
            ("1 October 2005", HistoricDate(year: 2005, month: 10, day: 1)),
            ("3rd March 1805", HistoricDate(year: 1805, month: 3, day: 3)),
            ("March 1805", HistoricDate(year: 1805, month: 3)),
            ("8/29/2005", HistoricDate(year: 2005, month: 8, day: 29)),
            ("29/8/2005", HistoricDate(year: 2005, month: 8, day: 29)),
            ("4/4/2005", HistoricDate(year: 2005, month: 4, day: 4)),
            ("2005/08/29", HistoricDate(year: 2005, month: 8, day: 29)),
            ("Aug 23", nil), ("3/4/2005", nil), ("Fall 2005", nil), ("c. 1850", nil), ("February 30, 2005", nil),
            ("", nil),
        ]
        for (text, date) in cases { XCTAssertEqual(FreeTextDate.parse(text), date, text) }
        XCTAssertEqual(
            FreeTextDate.parseRange("1996–1999").map { [$0.start, $0.end] },
            [HistoricDate(year: 1996), HistoricDate(year: 1999)])
        XCTAssertNil(FreeTextDate.parseRange("1999–1996"), "an end before the start is no period")
    }

    /// Property: a day written in any unambiguous way reads back as that day; a
    /// month-first or day-first date with both numbers up to 12 (and different) is not read.
    func testEveryUnambiguousFormReadsBackAndNoAmbiguousOneDoes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let year = Int.random(in: 1000...2100, using: &generator)
            let month = Int.random(in: 1...12, using: &generator)
            let day = Int.random(in: 1...HistoricDate.daysIn(month: month, year: year), using: &generator)
            let date = HistoricDate(year: year, month: month, day: day)
            let name = Self.months[month - 1]
            for text in [
                "\(name) \(day), \(year)", "\(day) \(name) \(year)", "\(name.prefix(3)). \(day), \(year)",
                date.description,
                "\(year)/\(month)/\(day)",
            ] {
                XCTAssertEqual(FreeTextDate.parse(text), date, text)
            }
            let slashed = FreeTextDate.parse("\(month)/\(day)/\(year)")
            XCTAssertEqual(slashed, day > 12 || day == month ? date : nil, "\(month)/\(day)/\(year)")
        }
    }

    func testTimelineJS2AndFirstSheetDateStrings() {
        let cases: [(String, HistoricDate, String?)] = [
            ("1844,5,24", HistoricDate(year: 1844, month: 5, day: 24), nil),
            ("1969,7,20,20,17", HistoricDate(year: 1969, month: 7, day: 20), "20:17"),
            ("7/4/1976", HistoricDate(year: 1976, month: 7, day: 4), nil),
            ("11/1989", HistoricDate(year: 1989, month: 11), nil),
            ("-500", HistoricDate(year: -500), nil),
            ("1969-07-21T02:56:00", HistoricDate(year: 1969, month: 7, day: 21), "02:56"),
        ]
        for (text, date, time) in cases {
            XCTAssertEqual(
                try? LegacyDateString.parse(text).get(), LegacyDateString.Parsed(date: date, time: time), text)
        }
        XCTAssertNil(try? LegacyDateString.parse("soon").get())
        XCTAssertNil(try? LegacyDateString.parse("2/30/1900").get())
    }

    func testSwappedCoordinatesAreNamedWithTheFix() throws {
        let basemap = try XCTUnwrap(BasemapLoad.standard.basemap, "the bundled basemap")
        let locator = CountryLocator(basemap: basemap)
        let folder = ImportCorpusReaderTests.folder
        let swapped = try DatasetLoader.load(path: folder.appendingPathComponent("sm-swapped-coordinates.json").path)
        let warning = try XCTUnwrap(swapped.warnings.first { $0.contains("wrong way round") })
        XCTAssertTrue(warning.contains("Montgomery: lat -86.3, lon 32.37; exchanged, lat 32.37, lon -86.3"), warning)
        // Property: every corpus story on the world map is silent as written, and named once its
        // coordinates are exchanged.
        for name in [
            "sm-editor-undated.json", "sm-free-text-dates.json", "sm-line-breaks.json", "sm-links-and-media.json",
            "sm-no-lines.json", "sm-string-coordinates.json", "sm-unplaced-slides.json",
        ] {
            let places = try DatasetLoader.load(path: folder.appendingPathComponent(name).path).dataset.places
            XCTAssertNil(SwappedCoordinates.warning(places: places, locator: locator), name)
            let exchanged = places.map { place -> Place in
                var place = place
                (place.latitude, place.longitude) = (place.longitude, place.latitude)
                return place
            }
            // Exchanged back, most of them are on land (lighthouses on a reef may not be).
            let onLand = places.filter {
                locator.country(at: GeoPoint(latitude: $0.latitude, longitude: $0.longitude)).map { $0 != "ATA" }
                    ?? false
            }
            if exchanged.allSatisfy({ (-90...90).contains($0.latitude) }) {
                XCTAssertEqual(
                    SwappedCoordinates.warning(places: exchanged, locator: locator) != nil,
                    onLand.count * 2 > places.count, name)
            }
        }
    }

    func testPictureMapsNeverReachTheWorldMap() throws {
        for name in ["sm-zoomify-picture.json", "sm-map-as-image.json"] {
            let loaded = try DatasetLoader.load(path: ImportCorpusReaderTests.folder.appendingPathComponent(name).path)
            XCTAssertEqual(loaded.dataset.places, [], name)
            XCTAssertEqual(
                loaded.warnings.filter { $0.contains("told over a picture") }.count, 1, "one clear note: \(name)")
            XCTAssertTrue(loaded.dataset.titleSlide?.contains("This story is told over a picture") == true, name)
        }
    }
}
