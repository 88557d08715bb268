import XCTest

@testable import TumenData

/// The JSON parser's errors, exactly as a user reads them: line, column, message.
final class LoadingParserTests: XCTestCase {
    private func problem(_ text: String, file: String = "x.json") -> String {
        problem(bytes: Array(text.utf8), file: file)
    }

    private func problem(bytes: [UInt8], file: String = "x.json") -> String {
        do {
            _ = try DatasetLoader.parseJSON(bytes: bytes, path: file)
            return "parsed"
        } catch {
            return error.problems.map(\.description).joined(separator: "\n")
        }
    }

    func testEmptyAndBlankFiles() {
        XCTAssertEqual(problem(""), "x.json:1:1: the file is empty")
        XCTAssertEqual(problem("  \n  "), "x.json:2:3: the file holds only blank space, no JSON value")
    }

    func testTruncatedFilePointsAtTheEnd() {
        XCTAssertEqual(
            problem("{\n  \"a\": [1, 2,"),
            "x.json:2:14: unexpected end of file (expected a value); the file may be truncated")
        XCTAssertEqual(
            problem("{\"a\": \"unfinished"),
            "x.json:1:7: unexpected end of file inside a string that starts here")
    }

    func testUnexpectedTokens() {
        XCTAssertEqual(problem("{\"a\": 1,}"), "x.json:1:9: trailing comma before '}'")
        XCTAssertEqual(problem("[1, 2,]"), "x.json:1:7: trailing comma before ']'")
        XCTAssertEqual(problem("{a: 1}"), "x.json:1:2: expected a member name in double quotes, found character 'a'")
        XCTAssertEqual(problem("{\"a\" 1}"), "x.json:1:6: expected ':' after member name \"a\", found character '1'")
        XCTAssertEqual(
            problem("{\"a\": 1 \"b\": 2}"),
            "x.json:1:9: expected ',' or '}' after an object member, found character '\"'")
        XCTAssertEqual(
            problem("[tru]"), "x.json:1:2: unexpected word 'tru' (expected a value; text must be in double quotes)")
        XCTAssertEqual(problem("[01]"), "x.json:1:2: invalid number '01'")
        XCTAssertEqual(problem("[1.]"), "x.json:1:2: invalid number '1.'")
        XCTAssertEqual(problem("{} x"), "x.json:1:4: unexpected character 'x' after the end of the JSON value")
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertEqual(problem("[\"한국\", X]"), "x.json:1:8: unexpected character 'X' (expected a value)")
    }

    func testStringProblems() {
        XCTAssertEqual(
            problem("[\"a\nb\"]"),
            "x.json:1:4: control character U+000A inside a string (a string cannot span lines: write \\n)")
        XCTAssertEqual(problem("[\"\\q\"]"), "x.json:1:3: invalid escape '\\q' in a string")
        XCTAssertEqual(
            problem("[\"\\uD800\"]"), "x.json:1:3: \\u escape is half of a surrogate pair without its other half")
        XCTAssertEqual(problem("[\"\\u12\"]"), "x.json:1:3: \\u must be followed by four hexadecimal digits")
    }

    func testEscapesDecode() throws {
        let node = try JSONParser.parse(Array("[\"a\\n\\u00e9\\uD83D\\uDE00\\\"\"]".utf8))
        guard case .array(let items) = node.value, case .string(let text) = items[0].value else {
            return XCTFail("\(node)")
        }
        XCTAssertEqual(text, "a\né😀\"")
    }

    func testInvalidUTF8NamesTheByteOffset() {
        XCTAssertEqual(
            problem(bytes: Array("{\"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)),
            "x.json:1:8: invalid UTF-8: byte 0xC3 at byte offset 7 (save the file as UTF-8)")
        XCTAssertEqual(
            problem(bytes: [0x5B, 0xFF, 0x5D]),
            "x.json:1:2: invalid UTF-8: byte 0xFF at byte offset 1 (save the file as UTF-8)")
    }

    func testNulByteIsBinaryData() {
        XCTAssertEqual(
            problem(bytes: Array("{\"a\":".utf8) + [0] + Array("1}".utf8)),
            "x.json:1:6: NUL byte at byte offset 5: this is binary data, not JSON text")
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertEqual(problem(deep), "x.json:1:65: nesting deeper than 64 levels")
        let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        XCTAssertEqual(problem(allowed), "parsed")
    }

    func testByteOrderMarkIsSkipped() {
        XCTAssertEqual(problem(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8)), "parsed")
    }

    func testControlCharactersInMessagesAreMadeVisible() {
        XCTAssertEqual(problem("[\u{1B}]"), "x.json:1:2: unexpected character '^[' (expected a value)")
    }
}
