import TumenData
import TumenModel
import XCTest

@testable import TumenRender

/// The three screen writers: what a tester's diff, a terminal and a picture receive.
final class ExportWritersTests: XCTestCase {
    private func screen(_ width: Int, _ height: Int, _ draw: (inout Screen) -> Void) -> Screen {
        var screen = Screen(size: Size(width: width, height: height))
        draw(&screen)
        return screen
    }

    func testTextTrimsTrailingBlanksAndKeepsEveryRow() {
        let s = screen(10, 3) {
            $0.put("ab", column: 1, row: 0)
            $0.put("한x", column: 0, row: 2)
        }
        XCTAssertEqual(ScreenTextWriter.write(s), " ab\n\n한x\n")
    }

    func testTextNeverCarriesAnEscapeEvenFromACellSetDirectly() {
        var s = screen(6, 1) { _ in }
        s[0, 0] = Cell("\u{1B}")
        XCTAssertEqual(ScreenTextWriter.write(s), "^[\n")
    }

    func testANSIWritesOneSequencePerStyleChangeAndResetsAtLineEnd() {
        let s = screen(8, 2) {
            $0.put("ab", column: 0, row: 0, style: Style(foreground: .red, attributes: .bold))
            $0.put("c", column: 2, row: 0)
            $0.put(
                "d", column: 0, row: 1, style: Style(foreground: .brightCyan, background: .blue, attributes: .reverse))
        }
        XCTAssertEqual(ANSIWriter.write(s), "\u{1B}[0;1;31mab\u{1B}[0mc\n\u{1B}[0;7;96;44md\u{1B}[0m\n")
    }

    func testANSIKeepsColouredTrailingBlanks() {
        let s = screen(4, 1) { $0.fill(column: 0, row: 0, width: 4, height: 1, style: Style(background: .cyan)) }
        XCTAssertEqual(ANSIWriter.write(s), "\u{1B}[0;46m    \u{1B}[0m\n")
    }

    func testANSIOutputHoldsNoEscapeButSGR() {
        var s = screen(12, 1) { $0.put("x\u{1B}]0;pwned\u{7}", column: 0, row: 0, style: Style(foreground: .green)) }
        s[11, 0] = Cell("\u{9B}")
        let output = ANSIWriter.write(s)
        let sequences = output.components(separatedBy: "\u{1B}").dropFirst()
        XCTAssertFalse(sequences.isEmpty)
        for sequence in sequences {
            XCTAssertNotNil(
                sequence.range(of: #"^\[[0-9;]*m"#, options: .regularExpression),
                "not SGR: \(sequence.debugDescription)")
        }
        XCTAssertFalse(output.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x07 })
    }

    func testSVGEscapesMarkupAndDrawsRunsOnTheCellGrid() {
        let s = screen(12, 2) {
            $0.put("<b>&'\"", column: 1, row: 0)
            $0.put("sel", column: 0, row: 1, style: Style(attributes: .reverse))
        }
        let svg = SVGWriter.write(s)
        XCTAssertTrue(
            svg.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                    + "width=\"120\" height=\"40\""
            ))
        XCTAssertTrue(
            svg.contains(
                ##"<text x="10" y="15" fill="#d4d4d4" textLength="60" lengthAdjust="spacingAndGlyphs">&lt;b&gt;&amp;&apos;&quot;</text>"##
            ), svg)
        // Reverse video: a light block behind dark text.
        XCTAssertTrue(svg.contains(##"<rect x="0" y="20" width="30" height="20" fill="#d4d4d4"/>"##), svg)
        XCTAssertTrue(svg.contains(##"<text x="0" y="35" fill="#1e1e1e" textLength="30""##), svg)
        XCTAssertTrue(svg.hasSuffix("</g>\n</svg>\n"))
    }

    func testSVGGivesAWideCharacterItsTwoCells() {
        let s = screen(6, 1) { $0.put("a한b", column: 0, row: 0) }
        let svg = SVGWriter.write(s)
        XCTAssertTrue(
            svg.contains(
                ##"<text x="0" y="15" fill="#d4d4d4" textLength="10" lengthAdjust="spacingAndGlyphs">a</text>"##), svg)
        XCTAssertTrue(
            svg.contains(
                ##"<text x="10" y="15" fill="#d4d4d4" textLength="20" lengthAdjust="spacingAndGlyphs">한</text>"##), svg)
        XCTAssertTrue(
            svg.contains(
                ##"<text x="30" y="15" fill="#d4d4d4" textLength="10" lengthAdjust="spacingAndGlyphs">b</text>"##), svg)
    }

    func testSVGHoldsNoControlCharacters() {
        var s = screen(8, 1) { _ in }
        s[0, 0] = Cell("\u{1B}")
        s[1, 0] = Cell("\u{0}")
        let svg = SVGWriter.write(s)
        XCTAssertFalse(svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, svg)
    }

    func testSVGPaletteNamesEveryColour() {
        for color in Color.allCases {
            let hex = SVGPalette.hex(color, default: "default")
            XCTAssertTrue(hex == "default" ? color == .terminalDefault : hex.count == 7, "\(color)")
        }
    }

    func testSVGDrawsBlockElementsAsRectanglesThatJoin() {
        let s = screen(6, 1) { $0.put("██▀a", column: 1, row: 0, style: Style(foreground: .red)) }
        let svg = SVGWriter.write(s)
        XCTAssertTrue(svg.contains(##"<rect x="10" y="0" width="20" height="20" fill="#cd3131"/>"##), svg)
        XCTAssertTrue(svg.contains(##"<rect x="30" y="0" width="10" height="10" fill="#cd3131"/>"##), svg)
        XCTAssertTrue(
            svg.contains(
                ##"<text x="40" y="15" fill="#cd3131" textLength="10" lengthAdjust="spacingAndGlyphs">a</text>"##), svg)
        XCTAssertFalse(svg.contains("█"))
    }

    func testSVGFontAdvanceIsOneCell() {
        // DejaVu Sans Mono advances 1233/2048 em: the font size must make that one cell.
        let advance = Double(SVGWriter.fontSize)! * 1233 / 2048
        XCTAssertEqual(advance, Double(SVGWriter.cellWidth), accuracy: 0.002)
    }
}
