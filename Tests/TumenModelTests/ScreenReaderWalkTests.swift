import Foundation
import TumenData
import TumenFiles
import TumenFixtures
import TumenModel
import TumenTestSupport
import XCTest

/// The screen-reader mode's words, key by key: the model against the documented table in
/// Tests/Fixtures/screen-reader/sample-walk.txt (timeline, detail, search, filter, map,
/// help), which the tmux test holds the real binary to as well. Every line is within the
/// documented width.
final class ScreenReaderWalkTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let walkFile = root.appendingPathComponent("Tests/Fixtures/screen-reader/sample-walk.txt")

    /// One step of the walk: keys (nil for the opening) and the lines expected after them.
    struct Step: Equatable {
        var keys: String?
        var lines: [String]
    }

    static func read() throws -> (header: [String], steps: [Step]) {
        let text = try String(contentsOf: walkFile, encoding: .utf8)
        var header: [String] = []
        var steps: [Step] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if steps.isEmpty && line.hasPrefix("#") {
                header.append(line)
                continue
            }
            if line == "start" {
                steps.append(Step(keys: nil, lines: []))
            } else if line.hasPrefix("key ") {
                steps.append(Step(keys: String(line.dropFirst(4)), lines: []))
            } else if !steps.isEmpty, !line.isEmpty {
                steps[steps.count - 1].lines.append(line)
            }
        }
        return (header, steps)
    }

    /// What the model says for each step, from the state the app starts in.
    static func spoken(_ steps: [Step], basemap: Basemap?) throws -> [Step] {
        var state = ExplorerState(dataset: SampleDataset.dataset, size: Size(width: 80, height: 24))
        let reader = ScreenReader(words: MapDescription(dataset: state.dataset, basemap: basemap))
        return try steps.map { step in
            guard let keys = step.keys else {
                return Step(keys: nil, lines: ScreenReaderLines.lines(ScreenReaderText.opening(state)))
            }
            let parsed = try KeyNotation.parse(keys, source: "walk")
            var lines: [String] = []
            for case .key(let key) in parsed { lines += reader.press(key, state: &state).lines }
            return Step(keys: keys, lines: lines)
        }
    }

    func testEachKeySaysTheDocumentedLines() throws {
        let basemap = BasemapLoader.load(path: Self.root.appendingPathComponent("data/basemap/basemap.bin").path)
            .basemap
        let (header, expected) = try Self.read()
        let actual = try Self.spoken(expected, basemap: basemap)
        // The file rebuilt from what the model says: the same file, or a diff to read.
        var text = header
        for step in actual { text += [step.keys.map { "key " + $0 } ?? "start"] + step.lines }
        assertGoldenText(text.joined(separator: "\n") + "\n", golden: Self.walkFile)
        XCTAssertTrue(actual.allSatisfy { !$0.lines.isEmpty }, "every key is answered")
        for line in actual.flatMap(\.lines) {
            XCTAssertLessThanOrEqual(DisplayWidth.of(line), ScreenReaderLines.maxLineWidth, line)
        }
    }
}

/// Every line the mode can say about the bundled data (each event's line and details, each
/// stage of each route, each route as a whole, help) is within the documented width.
final class ScreenReaderWidthTests: XCTestCase {
    func testEveryLineAboutTheBundledDataFitsABrailleDisplayPan() throws {
        let root = ScreenReaderWalkTests.root
        let path = root.appendingPathComponent("data/tumen.json").path
        try XCTSkipUnless(FileManager.default.fileExists(atPath: path), "data/tumen.json is not in this checkout")
        let dataset = try DatasetLoader.load(path: path).dataset
        let words = MapDescription(
            dataset: dataset,
            basemap: BasemapLoader.load(path: root.appendingPathComponent("data/basemap/basemap.bin").path).basemap)
        var state = ExplorerState(dataset: dataset, size: Size(width: 80, height: 24), showContentNote: false)
        var paragraphs = ScreenReaderText.opening(state) + ScreenReaderHelp.lines()
        for index in state.events.indices {
            state.apply(.selectEvent(id: state.events[index].id))
            paragraphs += [ScreenReaderText.eventLine(state)] + ScreenReaderText.detail(state)
        }
        for route in dataset.routes {
            paragraphs += words.overview(of: route)
            for index in route.stages.indices {
                paragraphs.append(words.stage(index, of: route).joined(separator: " "))
            }
        }
        let lines = ScreenReaderLines.lines(paragraphs)
        let longest = lines.map(DisplayWidth.of).max() ?? 0
        XCTAssertLessThanOrEqual(longest, ScreenReaderLines.maxLineWidth)
        // Breaks fall between sentences where they can: few lines should end mid-sentence.
        let midSentence = lines.filter { !($0.last.map { ".:?!)”’'\"".contains($0) } ?? true) }
        XCTAssertLessThan(
            Double(midSentence.count), Double(lines.count) * 0.25, midSentence.prefix(10).joined(separator: "\n"))
        print("screen-reader lines about the bundled data: \(lines.count), the longest \(longest) characters")
    }

    func testALongSentenceIsWrappedByWordsAndSentencesAreKeptWhole() {
        let long = String(repeating: "word ", count: 40) + "end."
        let lines = ScreenReaderLines.lines(["Short one. " + long + " Last."], width: 30)
        XCTAssertEqual(lines.first, "Short one.")
        XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0) <= 30 }, "\(lines)")
        XCTAssertEqual(lines.joined(separator: " "), "Short one. " + long + " Last.")
        XCTAssertEqual(
            ScreenReaderLines.lines(["Bell\u{07} and \u{1B}[2J escape"]), ["Bell^G and ^[[2J escape"],
            "no control character reaches the terminal")
        XCTAssertEqual(ScreenReaderLines.lines(["", "  "]), [], "blank paragraphs say nothing")
    }
}
