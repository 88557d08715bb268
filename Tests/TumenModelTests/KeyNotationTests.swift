import TumenData
import TumenModel
import XCTest

/// Key scripts in, steps (or the exact error a tester sees) out.
final class KeyNotationTests: XCTestCase {
    private func steps(_ text: String) throws -> [ScriptStep] {
        try KeyNotation.parse(text, source: "walk.keys")
    }

    private func error(_ text: String) -> String? {
        do {
            _ = try KeyNotation.parse(text, source: "walk.keys")
            return nil
        } catch {
            return error.description
        }
    }

    func testPlainCharactersAndNamesMix() throws {
        XCTAssertEqual(
            try steps("jj<Enter>/tu<BS><C-c>"),
            [
                .key(.character("j")), .key(.character("j")), .key(.enter), .key(.character("/")),
                .key(.character("t")), .key(.character("u")), .key(.backspace), .key(.control("c")),
            ])
    }

    func testSpacesSeparateCommentsAndBlankLinesAreSkipped() throws {
        let script = """
            # walk to the second event and open it
            j  k\tj

            <enter>   # open
            <Space><lt><Hash>>
            """
        XCTAssertEqual(
            try steps(script),
            [
                .key(.character("j")), .key(.character("k")), .key(.character("j")), .key(.enter),
                .key(.character(" ")), .key(.character("<")), .key(.character("#")), .key(.character(">")),
            ])
    }

    func testWindowsLineEndsAreLineEnds() throws {
        XCTAssertEqual(try steps("j # one\r\nk\r\n"), [.key(.character("j")), .key(.character("k"))])
    }

    func testResizeIsAStep() throws {
        XCTAssertEqual(
            try steps("j<Resize 120x40>k<resize 80X24>"),
            [
                .key(.character("j")), .resize(Size(width: 120, height: 40)), .key(.character("k")),
                .resize(Size(width: 80, height: 24)),
            ])
    }

    func testEveryKeyNameAndFunctionKeyParses() throws {
        let all = "<Enter><Esc><Tab><S-Tab><Space><BS><Del><Up><Down><Left><Right><Home><End><PageUp><PageDown>"
        XCTAssertEqual(try steps(all).count, 15)
        XCTAssertEqual(try steps((1...12).map { "<F\($0)>" }.joined()), (1...12).map { .key(.function($0)) })
    }

    func testUnknownNameIsReportedWithItsPosition() {
        XCTAssertEqual(error("jj\nk\n# comment\nabc j <Entr>"), "walk.keys:4:7: unknown key name <Entr>")
        XCTAssertEqual(error("<F13>"), "walk.keys:1:1: unknown key name <F13>")
        XCTAssertEqual(error("<>"), "walk.keys:1:1: unknown key name <>")
    }

    func testUnclosedBracketIsReported() {
        XCTAssertEqual(error("jj <Enter"), "walk.keys:1:4: unclosed < (write <lt> for a literal <)")
        XCTAssertEqual(error("a<<Enter>"), "walk.keys:1:2: unclosed < (write <lt> for a literal <)")
        XCTAssertEqual(error("<Enter\n>"), "walk.keys:1:1: unclosed < (write <lt> for a literal <)")
    }

    func testBadResizeIsReported() {
        XCTAssertEqual(
            error("j<Resize 0x40>"),
            "walk.keys:1:2: bad size in <Resize 0x40> (write <Resize WIDTHxHEIGHT>, each 1 to 1000)")
        XCTAssertEqual(
            error("<Resize>"),
            "walk.keys:1:1: bad size in <Resize> (write <Resize WIDTHxHEIGHT>, each 1 to 1000)")
    }

    func testControlCharactersInErrorsAreMadeVisible() {
        XCTAssertEqual(error("<E\u{1B}[2J>"), "walk.keys:1:1: unknown key name <E^[[2J>")
    }

    func testNotationReadsBackAsTheSameSteps() throws {
        let original: [ScriptStep] = [
            .key(.character("j")), .key(.enter), .key(.character(" ")), .key(.character("<")),
            .key(.character("#")), .key(.control("x")), .key(.function(5)), .resize(Size(width: 90, height: 20)),
            .key(.character("한")), .key(.character("\u{7}")),
        ]
        let text = KeyNotation.notation(for: original)
        XCTAssertEqual(text, "j<Enter><Space><lt><Hash><C-x><F5><Resize 90x20>한<U+0007>")
        XCTAssertEqual(try steps(text), original)
    }

    /// Found by fuzzing: a lone combining mark after <C-a> was written as itself, fused
    /// with the `>` and read back as another script. Such characters go by code point.
    func testCharactersThatWouldFuseWithTheirNeighboursAreWrittenByCodePoint() throws {
        let parsed = try steps("\u{01}\u{06DC}")
        XCTAssertEqual(parsed, [.key(.character("\u{01}")), .key(.character("\u{06DC}"))])
        XCTAssertEqual(KeyNotation.notation(for: parsed), "<U+0001><U+06DC>")
        for text in ["\u{01}\u{06DC}", "\u{0600}<Enter>", "x\u{200D}", "<U+06DC+0301>", "e\u{0301}<Enter>"] {
            let once = try steps(text)
            XCTAssertEqual(try steps(KeyNotation.notation(for: once)), once, text.debugDescription)
        }
        XCTAssertEqual(try steps("<U+06DC+0301>"), [.key(.character("\u{06DC}\u{0301}"))])
        XCTAssertNotNil(error("<U+0061+0062>"), "two characters are not one key")
    }
}
