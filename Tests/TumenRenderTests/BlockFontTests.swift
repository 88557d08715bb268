import TumenData
import TumenFiles
import TumenModel
import XCTest

@testable import TumenRender

/// The large letters: every glyph well formed, headlines wrapped between words.
final class BlockFontTests: XCTestCase {
    func testEveryLetterDigitAndPunctuationIsDrawn() {
        let required = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?'\"-–—()/&%+=’“”"
        for character in required {
            let glyph = BlockFont.glyph(character)
            XCTAssertNotNil(glyph, "no glyph for \(character)")
            guard let glyph else { continue }
            XCTAssertEqual(glyph.count, BlockFont.height, "\(character)")
            XCTAssertEqual(Set(glyph.map(\.count)).count, 1, "rows of \(character) differ in width")
            XCTAssertTrue(glyph.joined().allSatisfy { $0 == "#" || $0 == " " })
            if character != " " { XCTAssertTrue(glyph.joined().contains("#"), "\(character) is blank") }
        }
        // Letters are told apart: no two glyphs the same.
        let shapes = BlockFont.glyphs.filter { $0.key != "–" }.map { $0.value.joined(separator: "/") }
        XCTAssertEqual(Set(shapes).count, shapes.count)
    }

    func testEveryBundledLessonTitleCanBeDrawn() throws {
        let loaded = try DatasetLoader.load(path: MapTestSupport.repositoryRoot + "/data/tumen.json", format: nil)
        XCTAssertFalse(loaded.dataset.lessons.isEmpty)
        for lesson in loaded.dataset.lessons {
            XCTAssertTrue(BlockFont.canDraw(lesson.title), lesson.title)
            for step in try PresenterDeck(dataset: loaded.dataset, lesson: lesson.id).steps {
                XCTAssertTrue(BlockFont.canDraw(step.title), "\(lesson.id): \(step.title)")
            }
        }
    }

    func testLowerCaseIsDrawnAsUpperCase() {
        XCTAssertEqual(BlockFont.rows("River"), BlockFont.rows("RIVER"))
    }

    func testAWordInLargeLetters() {
        XCTAssertEqual(
            BlockFont.rows("TUMEN 1"),
            [
                "##### #  # #   # #### #   #     # ",
                "  #   #  # ## ## #    ##  #    ## ",
                "  #   #  # # # # ###  # # #     # ",
                "  #   #  # #   # #    #  ##     # ",
                "  #    ##  #   # #### #   #    ###",
            ])
        XCTAssertEqual(BlockFont.width(of: "TUMEN 1"), 34)
        XCTAssertEqual(BlockFont.rows("A", fill: "█")[2], "████")
    }

    func testHeadlinesWrapBetweenWords() throws {
        let title = "Fences and cameras along the river"
        XCTAssertEqual(BlockFont.wrap(title, width: 100), ["Fences and cameras", "along the river"])
        XCTAssertEqual(BlockFont.wrap(title, width: 76), ["Fences and", "cameras along", "the river"])
        for width in [40, 76, 100] {
            let lines = try XCTUnwrap(BlockFont.wrap(title, width: width))
            XCTAssertTrue(lines.allSatisfy { BlockFont.width(of: $0) <= width }, "\(width): \(lines)")
            XCTAssertEqual(lines.joined(separator: " "), title)
        }
        XCTAssertEqual(BlockFont.rowCount(lines: 2), 11)
    }

    func testWhatCannotBeDrawnFallsBack() {
        XCTAssertNil(BlockFont.wrap("Arrival in 서울", width: 200), "Hangul is not in the font")
        XCTAssertNil(BlockFont.wrap("Unbreakablelongword", width: 20), "a word wider than the line")
        XCTAssertNil(BlockFont.wrap("   ", width: 20))
    }
}
