import XCTest

@testable import TumenData
@testable import TumenModel

/// The shared key-name table: every key the command table uses has a name that reads back.
final class KeyNotationNamesTests: XCTestCase {
    func testEveryBoundKeyRoundTripsThroughItsNotation() {
        for command in KeyBindings.commands {
            for key in command.keys {
                let notation = KeyNames.notation(for: key)
                if notation.hasPrefix("<") {
                    XCTAssertEqual(KeyNames.key(named: String(notation.dropFirst().dropLast())), key, notation)
                } else {
                    XCTAssertEqual(Key.character(Character(notation)), key, notation)
                }
            }
        }
    }

    func testCanonicalSpellings() {
        XCTAssertEqual(KeyNames.notation(for: .enter), "<Enter>")
        XCTAssertEqual(KeyNames.notation(for: .backTab), "<S-Tab>")
        XCTAssertEqual(KeyNames.notation(for: .control("c")), "<C-c>")
        XCTAssertEqual(KeyNames.notation(for: .function(12)), "<F12>")
        XCTAssertEqual(KeyNames.notation(for: .character("<")), "<lt>")
        XCTAssertEqual(KeyNames.notation(for: .character(" ")), "<Space>")
        XCTAssertEqual(KeyNames.notation(for: .character("#")), "<Hash>")
        XCTAssertEqual(KeyNames.notation(for: .character(">")), ">")
        XCTAssertEqual(KeyNames.notation(for: .character("\u{1B}")), "<U+001B>")
        XCTAssertEqual(KeyNames.name(for: .pageDown), "PageDown")
        XCTAssertEqual(KeyNames.name(for: .character("j")), "j")
    }

    func testNamesAreCaseInsensitive() {
        XCTAssertEqual(KeyNames.key(named: "ENTER"), .enter)
        XCTAssertEqual(KeyNames.key(named: "s-tab"), .backTab)
        XCTAssertEqual(KeyNames.key(named: "C-X"), .control("x"))
        XCTAssertEqual(KeyNames.key(named: "f1"), .function(1))
        XCTAssertEqual(KeyNames.key(named: "pageup"), .pageUp)
    }

    func testNonsenseNamesAreRejected() {
        for name in ["Entr", "F0", "F13", "F01", "C-", "C-1", "C-ab", "", "Click 1", "U+", "Resize 10x10"] {
            XCTAssertNil(KeyNames.key(named: name), name)
        }
    }
}
