import TumenData
import TumenModel
import XCTest

@testable import TumenRender

/// An event about a country as a whole (a place of kind `country`) shades that country:
/// whole screens of the bundled data, keys as `tumen render --keys`.
final class MapCountryShadeTests: XCTestCase {
    func render(_ keys: String, _ width: Int, _ height: Int, theme: Theme = .mono()) throws -> (ExplorerState, Screen) {
        try MapTestSupport.bundled(keys, width: width, height: height, theme: theme)
    }

    /// Cells of the map (not the panel) on `code`'s land, how many show the stipple (a dot
    /// where no coast or border runs: a line may draw a dot of its own), and how many of
    /// those dots are in the colour of country names (green in the dark theme).
    func stipple(_ state: ExplorerState, _ screen: Screen, code: String) -> (land: Int, dots: Int, green: Int) {
        let (rect, _, raster) = MapTestSupport.mapCells(state)
        var result = (land: 0, dots: 0, green: 0)
        for row in 0..<rect.height {
            for column in 0..<rect.width {
                guard let owner = raster.land.country(column: column, row: row), raster.countries[owner].code == code
                else { continue }
                result.land += 1
                let cell = screen[rect.column + column, rect.row + row]
                guard cell.text == ".", !raster.lines.hasLine(column: column, row: row) else { continue }
                result.dots += 1
                if cell.style.foreground == .green { result.green += 1 }
            }
        }
        return result
    }

    func testAnEventAboutACountryAsAWholeShadesThatCountryWithoutColour() throws {
        // The 1986 agreement is placed at "China" and "North Korea"; the map is on Korea.
        let (state, screen) = try render("m]]]]]]]]]]]+tggjjm", 120, 40)
        XCTAssertEqual(state.selectedEvent?.id, "repatriation-agreement")
        for code in ["CHN", "PRK"] {
            let cells = stipple(state, screen, code: code)
            XCTAssertGreaterThan(cells.land, 50, code)
            XCTAssertGreaterThan(cells.dots * 16, cells.land, "\(code) stippled:\n\(screen.text)")
        }
        XCTAssertEqual(stipple(state, screen, code: "RUS").dots, 0, "a country the event is not about")
        // The stage it came from (Flight to South Korea: cities) shades nothing.
        let (stage, plain) = try render("m]]]]]]]]]]]+", 120, 40)
        XCTAssertEqual(stipple(stage, plain, code: "CHN").dots, 0, plain.text)
    }

    func testInColourTheDotsTakeTheColourOfCountryNames() throws {
        let (state, screen) = try render("m]]]]]]]]]]]+tggjjm", 120, 40, theme: .dark())
        let cells = stipple(state, screen, code: "PRK")
        XCTAssertGreaterThan(cells.green, 0)
        XCTAssertEqual(cells.green, cells.dots, "every dot of the stipple")
    }
}
