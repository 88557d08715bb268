import TumenData
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// North and South Korea are the story's two ends: wherever either is on the map, at every
/// zoom and size, a reader must see which is which. On the bundled data, through the keys.
final class MapCountryNamesTests: XCTestCase {
    static let sizes = [
        Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40),
        Size(width: 200, height: 60),
    ]
    /// The fitted view, the first stage (the Tumen River) and stage 11 (Seoul): each walked out
    /// to the farthest zoom and then in, one step at a time, to the closest.
    static let starts = ["", "]", "]]]]]]]]]]]"]
    static let koreas = [
        ("PRK", ["NORTH KOREA", "N. KOREA", "NK"], "North Korea"),
        ("KOR", ["SOUTH KOREA", "S. KOREA", "SK"], "South Korea"),
    ]

    func testBothKoreasAreNamedWheneverTheyAreOnTheMapAtEveryZoomAndSize() throws {
        let dataset = try MapTestSupport.bundledDataset()
        var checked = 0
        for size in Self.sizes {
            for start in Self.starts {
                var state = ExplorerState(dataset: dataset, size: size, showContentNote: false)
                for key in "m" + start { state.press(.character(key)) }
                for state in Self.zoomWalk(state) {
                    checked += try check(
                        state, label: "\(size.width)x\(size.height) m\(start) span \(state.map.spanLongitude)")
                }
            }
        }
        XCTAssertGreaterThan(checked, 60, "the walk must meet the Koreas often")
    }

    func testInitialsAlwaysComeWithTheirKeyInThePresenterToo() throws {
        // The presenter's map is narrow (about 40 columns at 100x30): where no corner is free
        // the key goes over open sea, and where it fits nowhere the initials are not used.
        let dataset = try MapTestSupport.bundledDataset()
        for size in [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40)] {
            var state = PresenterState(
                deck: try PresenterDeck(dataset: dataset, lesson: "escape-route"), size: size, now: 0)
            for step in 0..<state.deck.steps.count {
                let rows = PresenterView.render(state, theme: .light(), context: MapViewTests.context).lines
                for (_, names, fullName) in Self.koreas where !Self.occurrences(of: names[2], in: rows).isEmpty {
                    XCTAssertTrue(
                        rows.joined().contains("\(names[2]) \(fullName)"),
                        "\(size) step \(step + 1): \(names[2]) without its key")
                }
                state.press(.character("l"), at: 0)
            }
        }
    }

    /// From `state` out with `-` until the span stops growing, then in with `+` until it stops
    /// shrinking: every zoom level, each once.
    static func zoomWalk(_ start: ExplorerState) -> [ExplorerState] {
        var state = start
        while true {
            let span = state.map.spanLongitude
            state.press(.character("-"))
            if state.map.spanLongitude == span { break }
        }
        var states = [state]
        while true {
            let span = state.map.spanLongitude
            state.press(.character("+"))
            if state.map.spanLongitude == span { break }
            states.append(state)
        }
        return states
    }

    /// Checks the Koreas on one screen; returns how many were on the map.
    func check(_ state: ExplorerState, label: String) throws -> Int {
        let screen = RootView.render(state, theme: .mono(), context: .forTests)
        let shown = state.mapScene
        let (rect, projection, raster) = MapTestSupport.mapCells(state)
        let rows = (0..<rect.height).map { row in
            (0..<rect.width).map { screen[rect.column + $0, rect.row + row].text }.map { $0.isEmpty ? " " : $0 }
                .joined()
        }
        var onMap = 0
        for (code, names, fullName) in Self.koreas {
            guard let number = raster.countries.firstIndex(where: { $0.code == code }) else { continue }
            func land(_ column: Int, _ row: Int) -> Bool {
                column >= 0 && row >= 0 && column < rect.width && row < rect.height
                    && raster.land.country(column: column, row: row) == number
            }
            // On the map with room for a name: two side by side cells of its land in view that
            // no marker, label or route leg covers (letters, digits, `*` `:`), room for "NK".
            func free(_ column: Int, _ row: Int) -> Bool {
                guard land(column, row), let character = Array(rows[row])[column].unicodeScalars.first else {
                    return false
                }
                return !CharacterSet.alphanumerics.contains(character) && character != "*" && character != ":"
            }
            let roomy = (0..<rect.height).contains { row in
                (0..<rect.width - 1).contains { free($0, row) && free($0 + 1, row) }
            }
            guard roomy else { continue }
            onMap += 1
            // Named on it or next to it: a cell of the name within two rows and four columns of its land.
            let found = names.flatMap { name in Self.occurrences(of: name, in: rows).map { (name, $0) } }
            let near = found.filter { _, spot in
                (spot.column..<spot.column + spot.width).contains { column in
                    (-2...2).contains { dy in (-4...4).contains { dx in land(column + dx, spot.row + dy) } }
                }
            }
            XCTAssertFalse(near.isEmpty, "\(label): \(fullName) on the map but not named by it:\n\(screen.text)")
            if near.contains(where: { $0.0.count == 2 }) {
                XCTAssertTrue(
                    rows.joined().contains("\(names[2]) \(fullName)"),
                    "\(label): \(names[2]) without its key:\n\(screen.text)")
            }
        }
        // No country name on a stage of the route shown.
        for stage in shown.route?.stages ?? [] {
            guard let place = shown.dataset.places.first(where: { $0.id == stage.place }) else { continue }
            let cell = projection.cell(latitude: place.latitude, longitude: place.longitude)
            guard cell.row >= 0, cell.row < rect.height, cell.column >= 0, cell.column < rect.width else { continue }
            for (_, names, _) in Self.koreas {
                for name in names {
                    for spot in Self.occurrences(of: name, in: rows) where spot.row == cell.row {
                        XCTAssertFalse(
                            (spot.column..<spot.column + spot.width).contains(cell.column),
                            "\(label): \(name) over stage \(stage.number):\n\(screen.text)")
                    }
                }
            }
        }
        return onMap
    }

    /// Where `name` stands as a word of its own (not inside "NKOREA" or a longer capital word).
    static func occurrences(of name: String, in rows: [String]) -> [(row: Int, column: Int, width: Int)] {
        var found: [(row: Int, column: Int, width: Int)] = []
        for (row, text) in rows.enumerated() {
            let characters = Array(text)
            let target = Array(name)
            guard characters.count >= target.count else { continue }
            for start in 0...(characters.count - target.count)
            where Array(characters[start..<start + target.count]) == target {
                let before = start > 0 ? characters[start - 1] : " "
                let after = start + target.count < characters.count ? characters[start + target.count] : " "
                if !before.isLetter && !after.isLetter { found.append((row, start, target.count)) }
            }
        }
        return found
    }
}
