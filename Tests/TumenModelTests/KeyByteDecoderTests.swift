import TumenData
import TumenModel
import XCTest

/// Raw terminal bytes to keys, as the screen-reader mode reads them without ncurses:
/// the sequences xterm, tmux and the Linux console send, split anywhere across reads.
final class KeyByteDecoderTests: XCTestCase {
    func keys(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyByteDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    func testSequencesBecomeTheirKeys() {
        let cases: [(String, Key)] = [
            ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
            ("\u{1B}OA", .up), ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}[1~", .home), ("\u{1B}[4~", .end),
            ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[3~", .delete), ("\u{1B}[2~", .insert),
            ("\u{1B}OP", .function(1)), ("\u{1B}[11~", .function(1)), ("\u{1B}[[A", .function(1)),
            ("\u{1B}[15~", .function(5)),
            ("\u{1B}[17~", .function(6)), ("\u{1B}[24~", .function(12)), ("\u{1B}[Z", .backTab), ("\u{1B}[1;5A", .up),
            ("\r", .enter), ("\n", .enter), ("\t", .tab), ("\u{7F}", .backspace), ("\u{03}", .control("c")),
            ("\u{1A}", .control("z")), ("j", .character("j")), (" ", .character(" ")), ("é", .character("é")),
            ("연", .character("연")), ("\u{1B}", .escape),
        ]
        for (text, key) in cases { XCTAssertEqual(keys(Array(text.utf8)), [key], text.debugDescription) }
    }

    func testSplitReadsWaitForTheRestAndUnknownSequencesAreDroppedWhole() {
        var decoder = KeyByteDecoder()
        XCTAssertEqual(decoder.feed([0x1B]), [])
        XCTAssertTrue(decoder.hasPending, "a lone Esc waits to see whether a sequence follows")
        XCTAssertEqual(decoder.feed(Array("[".utf8)), [])
        XCTAssertEqual(decoder.feed(Array("6~j".utf8)), [.pageDown, .character("j")])
        XCTAssertEqual(decoder.feed([0xEC, 0x97]), [])
        XCTAssertEqual(decoder.feed([0xB0]), [.character("연")])
        XCTAssertEqual(keys(Array("\u{1B}[99~x".utf8)), [.character("x")], "an unknown sequence is dropped, not typed")
        XCTAssertEqual(keys(Array("\u{1B}[200~".utf8)), [])
        XCTAssertEqual(keys(Array("\u{1B}q".utf8)), [.escape, .character("q")], "Alt-q is Esc then q")
        XCTAssertEqual(keys([0xFF, 0x41]), [.character("A")], "a stray byte is dropped")
    }
}
