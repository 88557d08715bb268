import TumenRender
import XCTest

/// Issue 14: category colours must differ in every theme, also for readers with
/// red-green colour blindness. Each colour theme's lane colours are compared pair by
/// pair as typical terminals show them (xterm, VGA, Tango and VS Code palettes), under
/// normal vision and simulated deuteranopia and protanopia (see ColourVision).
///
/// The threshold, a CIEDE2000 difference of 5 between every pair in every palette and
/// vision: about 2.3 is just noticeable between large patches side by side, and a lane
/// colour is seen on one-character marks, so it asks for twice that. More is not to be
/// had from 16 ANSI colours whose RGB each terminal picks: over these four palettes the
/// best seven reach 7.2 on a dark background (with at least 2.5:1 contrast), 5.4 with
/// 3:1 contrast (the high-contrast theme) and 5.7 on white (at 2:1). The dark theme
/// reaches 7.2. That is enough to see that two lanes differ, not to name a colour at a
/// glance, which is why every category also has its tag (`POL`). Mono and terminal
/// themes have no colours at all: there the tag does all the work.
final class ThemeColourTests: XCTestCase {
    static let minimumDeltaE = 5.0
    /// The bundled data has seven categories; each needs a colour of its own.
    static let categories = 7

    /// Each colour theme with the background its lane colours are drawn on (`dark` uses
    /// the terminal's, assumed dark) and the contrast every lane colour must have with it
    /// in every palette: 3:1 (the WCAG figure for graphics) for high-contrast; 2.5:1 for
    /// dark, whose dark red is 2.7:1 in the VGA palette; on white only six ANSI colours
    /// reach 3:1 in every palette, so light allows 2:1.
    static let colourThemes: [(theme: Theme, background: Color, contrast: Double)] = [
        (.dark(), .black, 2.5),
        (.highContrast(), .black, 3),
        (.light(), .brightWhite, 2),
    ]

    func testCIEDE2000MatchesPublishedPairs() {
        // Sharma, Wu and Dalal (2005), table 1.
        let pairs: [((Double, Double, Double), (Double, Double, Double), Double)] = [
            ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
            ((50, -1.3802, -84.2814), (50, 0, -82.7485), 1.0000),
            ((50, 2.5, 0), (50, 0, -2.5), 4.3065),
            ((50, 2.5, 0), (56, -27, -3), 31.9030),
            ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ]
        for (one, two, expected) in pairs {
            XCTAssertEqual(ColourVision.deltaE2000(one, two), expected, accuracy: 0.0001)
        }
    }

    func testSimulationKeepsGreysAndMergesWhatColourBlindReadersConfuse() throws {
        let xterm = 0
        for vision in ColourVision.Vision.allCases {
            let white = try XCTUnwrap(ColourVision.lab(.brightWhite, palette: xterm, vision: vision))
            XCTAssertEqual(white.l, 100, accuracy: 0.5)
            XCTAssertLessThan(hypot(white.a, white.b), 1)
        }
        func deltaE(_ one: Color, _ two: Color, _ vision: ColourVision.Vision) throws -> Double {
            ColourVision.deltaE2000(
                try XCTUnwrap(ColourVision.lab(one, palette: xterm, vision: vision)),
                try XCTUnwrap(ColourVision.lab(two, palette: xterm, vision: vision)))
        }
        // Red and green lose most of their difference; green and yellow nearly all of it.
        XCTAssertGreaterThan(try deltaE(.red, .green, .normal), 75)
        XCTAssertLessThan(try deltaE(.red, .green, .deuteranopia), 25)
        XCTAssertGreaterThan(try deltaE(.green, .yellow, .normal), 20)
        XCTAssertLessThan(try deltaE(.green, .yellow, .protanopia), 5)
    }

    func testEveryColourThemeHasADistinctColourForEachBundledCategory() {
        for (theme, _, _) in Self.colourThemes {
            let colours = theme.lanes.map(\.foreground)
            XCTAssertGreaterThanOrEqual(colours.count, Self.categories, theme.name)
            XCTAssertEqual(Set(colours).count, colours.count, "\(theme.name) repeats a lane colour: \(colours)")
        }
    }

    func testCategoryColoursStayApartForColourBlindReaders() throws {
        for (theme, background, minimumContrast) in Self.colourThemes {
            let colours = theme.lanes.map(\.foreground)
            var worst = (deltaE: Double.infinity, detail: "")
            for palette in ColourVision.palettes.indices {
                for vision in ColourVision.Vision.allCases {
                    for i in colours.indices {
                        for j in colours.indices where j > i {
                            let a = try XCTUnwrap(ColourVision.lab(colours[i], palette: palette, vision: vision))
                            let b = try XCTUnwrap(ColourVision.lab(colours[j], palette: palette, vision: vision))
                            let deltaE = ColourVision.deltaE2000(a, b)
                            if deltaE < worst.deltaE {
                                worst = (
                                    deltaE,
                                    "\(colours[i]) and \(colours[j]), \(ColourVision.palettes[palette].name), \(vision)"
                                )
                            }
                            XCTAssertGreaterThanOrEqual(
                                deltaE, Self.minimumDeltaE,
                                "\(theme.name): \(colours[i]) and "
                                    + "\(colours[j]) in the \(ColourVision.palettes[palette].name) palette, "
                                    + "\(vision) vision"
                            )
                        }
                    }
                }
                for colour in colours {
                    let contrast = try XCTUnwrap(ColourVision.contrast(colour, background, palette: palette))
                    XCTAssertGreaterThanOrEqual(
                        contrast, minimumContrast,
                        "\(theme.name): \(colour) on \(background), "
                            + "\(ColourVision.palettes[palette].name) palette")
                }
            }
            print(
                "\(theme.name): smallest ΔE00 between category colours \(String(format: "%.1f", worst.deltaE)) "
                    + "(\(worst.detail))"
            )
        }
    }

    /// The closest pairs are kept off neighbouring lanes, where the eye compares most.
    func testNeighbouringLanesDifferMore() throws {
        for (theme, _, _) in Self.colourThemes {
            let colours = theme.lanes.map(\.foreground)
            for i in colours.indices.dropLast() {
                for palette in ColourVision.palettes.indices {
                    for vision in ColourVision.Vision.allCases {
                        let a = try XCTUnwrap(ColourVision.lab(colours[i], palette: palette, vision: vision))
                        let b = try XCTUnwrap(ColourVision.lab(colours[i + 1], palette: palette, vision: vision))
                        XCTAssertGreaterThanOrEqual(
                            ColourVision.deltaE2000(a, b), 10,
                            "\(theme.name): lanes \(i + 1) and \(i + 2), "
                                + "\(colours[i]) and \(colours[i + 1]), \(ColourVision.palettes[palette].name), "
                                + "\(vision)"
                        )
                    }
                }
            }
        }
    }

    func testThemesWithoutColourLeaveCategoriesToTheirTags() {
        for theme in [Theme.mono(), .terminal()] {
            XCTAssertEqual(Set(theme.lanes.map(\.foreground)), [.terminalDefault], theme.name)
        }
    }
}
