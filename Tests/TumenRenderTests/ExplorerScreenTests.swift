import TumenData
import TumenFiles
import TumenFixtures
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// The explorer's screens with the fixed sample dataset, at 80x24 and 120x40.
final class ExplorerScreenTests: XCTestCase {
    func golden(
        _ name: String, _ width: Int, _ height: Int, keys: String = "", note: Bool = false,
        theme: Theme = .dark(), file: StaticString = #filePath, line: UInt = #line
    ) throws -> Screen {
        let state = try ExplorerGolden.state(width, height, keys: keys, note: note)
        let screen = RootView.render(state, theme: theme, context: .forTests)
        assertScreen(screen, golden: ExplorerGolden.file(named: "\(name)-\(width)x\(height)"), file: file, line: line)
        return screen
    }

    func testContentNote() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = try golden("content-note", w, h, note: true)
            XCTAssertTrue(screen.text.contains("Press any key to continue."))
        }
    }

    func testTimeline() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = try golden("timeline", w, h, keys: "jjj")
            XCTAssertTrue(screen.text.contains("event 4 of 10"))
        }
    }

    func testTimelineZoomedToDecadesYearsAndMonths() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            XCTAssertTrue(try golden("decades", w, h, keys: "jjj--").text.contains("1950"))
            XCTAssertTrue(try golden("years", w, h, keys: "jjj+").text.contains("timeline (years)"))
            XCTAssertTrue(try golden("months", w, h, keys: "G++").text.contains("Oct"))
        }
    }

    func testDetailWithContestedFigure() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = try golden("detail-contested", w, h, keys: "G<Enter>")
            XCTAssertTrue(screen.text.contains("CONTESTED: Share of women trafficked"))
            XCTAssertTrue(screen.text.contains("60 percent"))
        }
    }

    func testDetailWithInferredDateAndLocalNames() throws {
        let screen = try golden("detail-inferred", 80, 24, keys: "jjjjjj<Enter>", theme: .dark(unicode: true))
        XCTAssertTrue(screen.text.contains("Date inferred: The article says 'last year'."))
        XCTAssertTrue(screen.text.contains("North Bank (북쪽)"))
    }

    func testHelp() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = try golden("help", w, h, keys: "?")
            XCTAssertTrue(screen.text.contains("<PageDown>"))
        }
    }

    func testSearchPromptAndResult() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let prompt = try golden("search-prompt", w, h, keys: "/river")
            XCTAssertTrue(prompt.text.contains("/river"))
            let result = try golden("search-result", w, h, keys: "/river<Enter>n")
            XCTAssertTrue(result.text.contains("search \"river\" 2 of 4"), result.text)
        }
    }

    func testFilterMenuAndEmptyResult() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            XCTAssertTrue(try golden("filter-menu", w, h, keys: "fj<Space>").text.contains("[ ] BOR Border"))
            let empty = try golden("filter-empty", w, h, keys: "f<Space>j<Space>j<Space>j<Space><Enter>")
            XCTAssertTrue(empty.text.contains("No events: the filter hides every category."))
            XCTAssertTrue(empty.text.contains("no events shown"))
        }
    }

    func testTooSmall() throws {
        let screen = try golden("too-small", 39, 11, keys: "")
        XCTAssertTrue(screen.text.contains("need 40x12, have 39x11"))
        let recovered = RootView.render(
            try ExplorerGolden.state(39, 11, keys: "<Resize 80x24>"), theme: .dark(),
            context: .forTests)
        XCTAssertTrue(recovered.text.contains("event 1 of 10"))
    }

    func testUnicodeVariant() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            let screen = try golden("unicode", w, h, keys: "jj", theme: .dark(unicode: true))
            XCTAssertTrue(screen.text.contains("◆"))
        }
    }

    /// Every size from the minimum up draws each row exactly as wide as the screen, wide
    /// names included: not wider (half a wide character kept), not narrower (half lost).
    func testNoLineIsWiderThanTheScreen() throws {
        for (w, h) in [(40, 12), (41, 13), (59, 17), (80, 24), (99, 30), (100, 30), (160, 45), (200, 60)] {
            for keys in ["", "jjjjjjj<Enter>", "?", "f", "/river<Enter>", "G<Enter>J"] {
                let screen = RootView.render(
                    try ExplorerGolden.state(w, h, keys: keys), theme: .dark(unicode: true),
                    context: .forTests)
                for line in screen.lines {
                    XCTAssertEqual(DisplayWidth.of(line), w, "\(w)x\(h) \(keys): \(line)")
                }
            }
        }
    }

    /// The timeline's part and the map's share the screen above the status bar without
    /// overlapping, in both views, so the reducer pages by what is on screen.
    func testTheTimelineAndTheMapShareTheScreenAboveTheStatusBar() throws {
        for (w, h) in [(80, 24), (160, 45), (200, 60), (159, 60)] {
            for keys in ["", "m"] {
                let layout = try ExplorerGolden.state(w, h, keys: keys).layout
                let map = layout.map ?? Rect(column: 0, row: layout.body.maxRow, width: w, height: 0)
                XCTAssertEqual(layout.body.height + map.height, h - 1, "\(w)x\(h) \(keys)")
                XCTAssertEqual(map.row, layout.body.maxRow, "\(w)x\(h) \(keys)")
                XCTAssertEqual(layout.map == nil, keys.isEmpty && (w < 160 || h < 45), "\(w)x\(h) \(keys)")
            }
        }
    }

    /// Monochrome still shows the selection: the selected row is in reverse video.
    func testMonoThemeShowsTheSelectionInReverse() throws {
        let state = try ExplorerGolden.state(80, 24, keys: "jj")
        let screen = RootView.render(state, theme: .mono(), context: .forTests)
        let row = try XCTUnwrap(screen.lines.firstIndex { $0.contains("Years of hunger") && $0.hasPrefix(">") })
        XCTAssertTrue(screen[20, row].style.attributes.contains(.reverse))
        let other = try XCTUnwrap(screen.lines.firstIndex { $0.contains("A convention is signed") })
        XCTAssertFalse(screen[20, other].style.attributes.contains(.reverse))
    }

    /// A click on a drawn title selects that title's event: the hit test and the list agree.
    func testClickingADrawnRowSelectsItsEvent() throws {
        for (w, h, keys) in [(80, 24, ""), (80, 14, "G"), (120, 40, "<Enter>"), (200, 60, "jjj")] {
            var state = try ExplorerGolden.state(w, h, keys: keys)
            let screen = RootView.render(state, theme: .dark(), context: .forTests)
            let row = try XCTUnwrap(
                screen.lines.lastIndex { $0.contains("Years of engagement") || $0.contains("Fences and cameras") },
                "\(w)x\(h)")
            let title =
                screen.lines[row].contains("Years of engagement")
                ? "Years of engagement" : "Fences and cameras along the river"
            state.press(.mouse(MouseEvent(kind: .click, column: 20, row: row)))
            XCTAssertEqual(state.selectedEvent?.title, title, "\(w)x\(h) \(keys)")
        }
    }

    /// Seeded random key presses and resizes (every table key, mouse, text, sizes from 1x1):
    /// rendering never traps and never draws past the edge; the selection stays visible.
    func testRandomKeysAndSizesNeverBreakTheScreen() throws {
        var seed: UInt64 = 0x7475_6D65_6E
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let keys = KeyBindings.commands.flatMap(\.keys) + [.character("x"), .backspace, .character("사")]
        for _ in 0..<60 {
            var state = try ExplorerGolden.state(80, 24, note: next(4) == 0)
            for _ in 0..<20 {
                let effect: ExplorerEffect
                switch next(10) {
                case 0: effect = state.apply(Action.resize(Size(width: 1 + next(200), height: 1 + next(70))))
                case 1:
                    let kind: MouseEvent.Kind = [.click, .wheelUp, .wheelDown][next(3)]
                    effect = state.press(
                        .mouse(
                            MouseEvent(
                                kind: kind, column: next(state.size.width),
                                row: next(state.size.height))))
                default: effect = state.press(keys[next(keys.count)])
                }
                if effect == .quit { break }
                let screen = RootView.render(state, theme: .dark(unicode: next(2) == 0), context: .forTests)
                for line in screen.lines { XCTAssertEqual(DisplayWidth.of(line), state.size.width, line) }
                if let selected = state.selected { XCTAssertTrue(state.visible.contains(selected)) }
            }
        }
    }

    /// The lane layer kept between frames must be invisible: after every key of a long
    /// script (moving, filtering, zooming, searching, resizing), the frame drawn with
    /// whatever the cache holds is the frame drawn with an empty cache, cell and style.
    func testTheTimelineLaneCacheNeverShowsAStaleFrame() throws {
        let script =
            "jjjj+jjj-kkkkf<Down><Space><Esc>jjj++jjGkk<Resize 120x40>kkkf<Space><Esc>"
            + "/the<Enter>nnn<Esc>G<Resize 60x20>ggjj<Resize 200x60>++-jjj-fc<Esc>jj"
        let bundled = try DatasetLoader.load(path: XCTUnwrap(BundledData.path)).dataset
        let context = RenderContext(basemap: .standard)
        for dataset in [SampleDataset.dataset, bundled] {
            var state = ExplorerState(dataset: dataset, size: Size(width: 100, height: 30), showContentNote: false)
            for step in try KeyNotation.parse(script, source: "test") {
                state.apply(step)
                let cached = RootView.render(state, theme: .dark(), context: context)
                context.laneLayers.removeAll()
                let fresh = RootView.render(state, theme: .dark(), context: context)
                // (Compared as a whole, cells and styles; shown as text, which is readable.)
                XCTAssertTrue(cached == fresh, "after \(step.notation):\n\(cached.text)\nshould be\n\(fresh.text)")
                XCTAssertTrue(
                    RootView.render(state, theme: .dark(), context: context) == fresh,
                    "after \(step.notation), drawn from the cache")
            }
        }
    }
}
