import TumenData
import TumenFixtures
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// Text that tries to take over the terminal — a window-title change (ESC ] 0 ; … BEL),
/// a screen clear (ESC [ 2 J), a C1 CSI, bidi overrides and isolates, NUL, DEL, CR, BS —
/// put in every text field of a dataset (the loader refuses such files; this is the
/// second line of defence, for datasets built in code or by a future importer). Every
/// view the explorer, the map, the presenter and the notes window draw must hold none of
/// it in any cell, and the ANSI and SVG pictures of those screens only their own codes.
final class HostileTextScreenTests: XCTestCase {
    static let attack =
        "A\u{1B}]0;PWNED\u{07}B\u{1B}[2JC\u{9B}31mD\u{202E}E\u{2066}F\u{2069}G\u{0}H\u{7F}I\rJ\u{8}K\u{200F}L"

    static var hostileDataset: Dataset {
        let bad = attack
        var d = SampleDataset.dataset
        d.title = "Title " + bad
        d.description = "About " + bad
        d.contentNote = "Note " + bad
        for i in d.categories.indices { d.categories[i].name += bad }
        for i in d.sources.indices {
            d.sources[i].title += bad
            d.sources[i].publisher = "Pub " + bad
        }
        for i in d.places.indices {
            d.places[i].name += bad
            d.places[i].localName = "Local " + bad
            d.places[i].note = bad
        }
        for i in d.events.indices {
            d.events[i].title += bad
            d.events[i].summary += "\n\n" + bad
            for s in d.events[i].sources.indices { d.events[i].sources[s].passage += bad }
        }
        for i in d.routes.indices {
            d.routes[i].name += bad
            d.routes[i].period = "Period " + bad
            for s in d.routes[i].stages.indices {
                d.routes[i].stages[s].title += bad
                d.routes[i].stages[s].description += bad
                d.routes[i].stages[s].travel = "Travel " + bad
            }
        }
        for i in d.lessons.indices {
            d.lessons[i].title += bad
            for s in d.lessons[i].steps.indices {
                d.lessons[i].steps[s].notes = bad
                d.lessons[i].steps[s].question = bad
            }
        }
        for i in d.eras.indices { d.eras[i].title += bad }
        return d
    }

    static let noBasemap = BasemapLoad(basemap: nil, path: nil, notice: nil)

    func assertSafe(_ screen: Screen, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let unsafe = screen.cells.filter { $0.text.unicodeScalars.contains(where: TextSanitizer.isUnsafe) }
        XCTAssertTrue(unsafe.isEmpty, "\(what): \(unsafe.count) cells hold control characters", file: file, line: line)
        let ansi = ANSIWriter.write(screen)
        for sequence in ansi.components(separatedBy: "\u{1B}").dropFirst() {
            XCTAssertNotNil(
                sequence.range(of: #"^\[[0-9;]*m"#, options: .regularExpression),
                "\(what): ANSI output has a sequence that is not a colour: \(sequence.prefix(12).debugDescription)",
                file: file, line: line)
        }
        XCTAssertFalse(
            ansi.replacingOccurrences(of: "\u{1B}[", with: "").unicodeScalars.contains {
                TextSanitizer.isUnsafe($0) && $0 != "\n"
            },
            "\(what): ANSI output holds a raw control character", file: file, line: line)
        XCTAssertFalse(
            SVGWriter.write(screen).unicodeScalars.contains { TextSanitizer.isUnsafe($0) && $0 != "\n" },
            "\(what): SVG holds a raw control character (invalid XML)", file: file, line: line)
    }

    func testEveryExplorerViewShowsHostileTextAsVisibleStandIns() throws {
        let scripts = [
            "", "<Enter>", "jjj<Enter>JJ", "G<Enter>", "?", "f", "/A<Enter>", "/\u{1B}]0;x", "+", "++",
            "m", "m]", "m]]++", "m0-", "<Tab>",
        ]
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            for script in scripts {
                var state = ExplorerState(
                    dataset: Self.hostileDataset, size: Size(width: width, height: height), showContentNote: false)
                for step in try KeyNotation.parse(
                    script.replacingOccurrences(of: "\u{1B}", with: "<Esc>"), source: "test")
                {
                    state.apply(step)
                }
                assertSafe(
                    RootView.render(state, theme: .dark(unicode: true), context: .forTests),
                    "explorer \(width)x\(height) after '\(script)'")
                assertSafe(
                    RootView.render(state, theme: .dark(), context: .forTests),
                    "explorer ASCII \(width)x\(height) after '\(script)'")
            }
        }
        let withNote = ExplorerState(
            dataset: Self.hostileDataset, size: Size(width: 100, height: 30), showContentNote: true)
        assertSafe(RootView.render(withNote, theme: .dark(), context: .forTests), "the content note")
    }

    func testTheStandInsAreReadable() throws {
        let state = ExplorerState(
            dataset: Self.hostileDataset, size: Size(width: 200, height: 60), showContentNote: false)
        var open = state
        open.press(.enter)
        let text = RootView.render(open, theme: .dark(), context: .forTests).text
        // The mark U+200F takes no column.
        XCTAssertTrue(text.contains("A^[]0;PWNED^GB^[[2JC<U+009B>31mD<U+202E>E<U+2066>F<U+2069>G^@H^?I^MJ^HKL"), text)
    }

    func testPresenterAndNotesShowHostileTextAsVisibleStandIns() throws {
        for lesson in [SampleDataset.dataset.lessons.first?.id, nil] {
            var state = PresenterState(
                deck: try PresenterDeck(dataset: Self.hostileDataset, lesson: lesson),
                size: Size(width: 120, height: 40))
            for _ in 0..<4 {
                assertSafe(
                    PresenterView.render(state, theme: .light(), context: .forTestsWithoutBasemap),
                    "presenter step \(state.current)")
                let snapshot = state.notesSnapshot(session: "s\u{1B}]0;x\u{07}")
                assertSafe(
                    NotesView.render(
                        snapshot, session: snapshot.session, size: Size(width: 100, height: 30), now: 0, theme: .dark()),
                    "notes step \(state.current)")
                state.press(.character("l"), at: 0)
            }
            state.press(.character("i"), at: 0)
            assertSafe(
                PresenterView.render(state, theme: .highContrast(), context: .forTestsWithoutBasemap),
                "presenter index")
        }
    }
}
