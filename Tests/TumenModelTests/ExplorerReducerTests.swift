import Foundation
import TumenFixtures
import XCTest

@testable import TumenData
@testable import TumenModel

/// The reducer driven by keys through the command table, as a user would, on the sample data.
/// Sample events in timeline order: 0 treaty 1951, 1 agreement 1986, 2 hunger 1996-99,
/// 3 open-years 1998-2008, 4 desert-closes 2010, 5 fences 2011, 6 crossing Oct 2018 (inferred),
/// 7 south Oct 2018, 8 arrival Nov 2018, 9 share 2019 (contested).
final class ExplorerReducerTests: XCTestCase {
    func state(_ keys: String = "", width: Int = 80, height: Int = 24) throws -> ExplorerState {
        var state = ExplorerState(
            dataset: SampleDataset.dataset, size: Size(width: width, height: height), showContentNote: false)
        for step in try KeyNotation.parse(keys, source: "test") { state.apply(step) }
        return state
    }

    /// What each step of `keys` asked of the loop.
    func effects(_ keys: String, width: Int = 80, height: Int = 24) throws -> [ExplorerEffect] {
        var state = ExplorerState(
            dataset: SampleDataset.dataset, size: Size(width: width, height: height),
            showContentNote: false)
        return try KeyNotation.parse(keys, source: "test").map { state.apply($0) }
    }

    var selectedID: (ExplorerState) -> String? { { $0.selectedEvent?.id } }

    func testEventsAreSortedByDateWithStableTies() throws {
        XCTAssertEqual(
            try state().events.map(\.id),
            [
                "treaty", "agreement", "hunger", "open-years", "desert-closes", "fences", "crossing", "south",
                "arrival", "share",
            ])
    }

    /// The binary search over the visible events gives what a scan would, whatever the
    /// filter hides (every combination of the sample's categories).
    func testVisiblePositionAgreesWithAScan() throws {
        let categories = SampleDataset.dataset.categories.map(\.id)
        for mask in 0..<(1 << categories.count) {
            var state = try state()
            state.hiddenCategories = Set(categories.indices.filter { mask & (1 << $0) != 0 }.map { categories[$0] })
            state.refilter()
            for index in -1...state.events.count {
                XCTAssertEqual(
                    state.visiblePosition(of: index), state.visible.firstIndex(of: index),
                    "mask \(mask), event \(index)")
            }
            XCTAssertEqual(
                state.selectedVisiblePosition, state.selected.flatMap { state.visible.firstIndex(of: $0) },
                "mask \(mask)")
        }
    }

    func testMovingStopsAtTheEnds() throws {
        XCTAssertEqual(selectedID(try state("k")), "treaty")
        XCTAssertEqual(selectedID(try state("jj")), "hunger")
        XCTAssertEqual(selectedID(try state("G")), "share")
        XCTAssertEqual(selectedID(try state("Gj")), "share")
        XCTAssertEqual(selectedID(try state("G<Home>")), "treaty")
        XCTAssertEqual(selectedID(try state("<End>k")), "arrival")
    }

    func testAnyKeyDismissesTheContentNote() throws {
        var s = ExplorerState(dataset: SampleDataset.dataset, size: Size(width: 80, height: 24))
        XCTAssertEqual(s.overlay, .contentNote)
        s.press(.character("j"))
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.selected, 0, "the dismissing key does nothing else")
    }

    func testSearchFoldsCaseAndAccents() {
        XCTAssertEqual(SearchFolding.fold("Tūmen"), SearchFolding.fold("TUMEN"))
        XCTAssertTrue(SearchFolding.fold("Tūmen River").contains(SearchFolding.fold("tumen")))
        XCTAssertFalse(SearchFolding.fold("Yalu").contains(SearchFolding.fold("tumen")))
    }

    /// ASCII text takes a quick path; it must fold exactly as Foundation does.
    func testTheQuickASCIIFoldingAgreesWithFoundation() {
        for text in [
            "", "Tumen RIVER, 1998-2008: 32,000 [Z] @`{~}", "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcxyz 0123456789 !?/\\",
        ] {
            XCTAssertEqual(
                SearchFolding.fold(text),
                text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil), text)
        }
    }

    func testSearchMatchesTitlesSummariesAndPlaceNames() throws {
        // "river": fences title, hunger and agreement summaries, crossing summary; north-bank? no:
        // its name is "North Bank".
        let s = try state("/RIVER<Enter>")
        XCTAssertEqual(s.search.matches.map { s.events[$0].id }, ["agreement", "hunger", "fences", "crossing"])
        // Place names, local names included (River Town is 江城).
        XCTAssertEqual(try state("/江城<Enter>").search.matches.count, 2)
        XCTAssertEqual(selectedID(try state("/south<Space>city<Enter>")), "south")
    }

    func testSearchJumpsToTheFirstMatchAtOrAfterTheSelectionAndWraps() throws {
        var s = try state("jjj/river<Enter>")
        XCTAssertEqual(selectedID(s), "fences")
        XCTAssertEqual(s.search.current, 2)
        s.press(.character("n"))
        XCTAssertEqual(selectedID(s), "crossing")
        s.press(.character("n"))
        XCTAssertEqual(selectedID(s), "agreement", "n wraps to the first match")
        s.press(.character("N"))
        XCTAssertEqual(selectedID(s), "crossing", "N wraps to the last")
        XCTAssertEqual(s.search.current, 3)
    }

    func testASearchWithoutMatchesKeepsTheSelection() throws {
        let s = try state("jj/zzz<Enter>")
        XCTAssertEqual(selectedID(s), "hunger")
        XCTAssertEqual(s.search.matches, [])
        XCTAssertTrue(s.search.isActive)
        XCTAssertEqual(selectedID(try state("jj/zzz<Enter>nN")), "hunger")
    }

    func testSearchPromptEditingAndCancel() throws {
        XCTAssertEqual(try state("/rivx<BS>").search.draft, "riv")
        let cancelled = try state("/river<Esc>")
        XCTAssertNil(cancelled.overlay)
        XCTAssertFalse(cancelled.search.isActive)
        XCTAssertEqual(try state("/river<Enter><Esc>").search.query, "", "Esc clears a finished search")
        XCTAssertEqual(try state("/q").search.draft, "q", "q is text at the prompt, not quit")
        XCTAssertEqual(try effects("/q"), [.none, .none])
    }

    func testFilterMovesTheSelectionToTheNearestVisibleEvent() throws {
        // Select fences (border), hide border: nearest visible is crossing? No: desert-closes (4) and fences (5) are
        // border, so from 5 the nearest visible are open-years (3, distance 2) and crossing (6, distance 1).
        let s = try state("jjjjjfj<Space>")
        XCTAssertEqual(s.hiddenCategories, ["border"])
        XCTAssertEqual(selectedID(s), "crossing")
        XCTAssertFalse(s.visible.contains { s.events[$0].category == "border" })
        XCTAssertEqual(s.selectedVisiblePosition, 3)
    }

    func testFilterEmptyResultAndClearingRestoresTheSelectionNearby() throws {
        var s = try state("jjjjjf<Space>j<Space>j<Space>j<Space>")
        XCTAssertEqual(s.visible, [])
        XCTAssertNil(s.selected)
        s.press(.character("j"))  // moves the menu cursor; nothing else breaks
        s.press(.character("c"))
        XCTAssertEqual(s.visible.count, 10)
        XCTAssertNotNil(s.selected)
        s.press(.enter)
        XCTAssertNil(s.overlay, "Enter closes the menu")
    }

    func testFilterCursorWraps() throws {
        XCTAssertEqual(try state("fk").filterCursor, 3)
        XCTAssertEqual(try state("fjjjj").filterCursor, 0)
        XCTAssertEqual(try state("ff").overlay, nil, "f closes the menu again")
    }

    func testSearchFollowsTheFilter() throws {
        let s = try state("/river<Enter>fj<Space><Enter>")
        XCTAssertEqual(s.search.matches.map { s.events[$0].id }, ["agreement", "crossing"])
    }

    func testPagingMovesByTheListHeight() throws {
        let small = try state("<PageDown>", width: 80, height: 14)
        let rows = small.layout.list.height
        XCTAssertGreaterThan(rows, 0)
        XCTAssertEqual(small.selectedVisiblePosition, rows)
        XCTAssertEqual(try state("<PageDown><PageDown><PageDown>", width: 80, height: 14).selectedVisiblePosition, 9)
        XCTAssertEqual(try state("G<PageUp>", width: 80, height: 14).selectedVisiblePosition, 9 - rows)
    }

    func testTheListScrollsToKeepTheSelectionInView() throws {
        for keys in ["G", "Gkkkkkkk", "G<Resize 80x13>", "jjjjjjj<Resize 50x12>", "<PageDown><PageDown>"] {
            let s = try state(keys, width: 80, height: 14)
            let rows = s.layout.list.height
            let position = try XCTUnwrap(s.selectedVisiblePosition)
            XCTAssertTrue(
                (s.listScroll..<s.listScroll + rows).contains(position), "\(keys): scroll \(s.listScroll), rows \(rows)"
            )
        }
    }

    func testZoomStartsOnTheWholeHistoryAndStepsThroughYearsAndMonths() throws {
        XCTAssertEqual(try state().zoom, .whole)
        XCTAssertEqual(try state("-").zoom, .whole)
        XCTAssertEqual(try state("+").zoom, .years)
        XCTAssertEqual(try state("++").zoom, .months)
        XCTAssertEqual(try state("++=").zoom, .months)
        XCTAssertEqual(try state("++=-").zoom, .years)
    }

    func testTheWholeHistoryIsSpreadOverTheWidthOfNarrowAndWideWindows() throws {
        let s = try state()
        for columns in [60, 180] {
            let scale = TimeScale(state: s, columns: columns)
            let lastEvent = try XCTUnwrap(s.events.last)
            let end = scale.endColumn(of: lastEvent.date.end ?? lastEvent.date.start)
            XCTAssertLessThan(end, columns, "\(columns) columns: the last event is on screen")
            XCTAssertGreaterThan(end, columns * 3 / 4, "\(columns) columns: the history uses the width")
            XCTAssertGreaterThanOrEqual(scale.column(of: try XCTUnwrap(s.events.first).date.start), 0)
        }
    }

    func testZoomKeepsTheSelectionOnTheAxis() throws {
        for keys in ["", "-", "+", "G+", "jjjj+", "G-"] {
            let s = try state(keys)
            let scale = TimeScale(state: s, columns: 60)
            let column = scale.column(of: try XCTUnwrap(s.selectedEvent).date.start)
            XCTAssertTrue((0..<60).contains(column), "\(keys): column \(column)")
        }
    }

    func testDetailOpensClosesAndScrollsWithinItsText() throws {
        XCTAssertTrue(try state("<Enter>").detailOpen)
        XCTAssertFalse(try state("<Enter><Enter>").detailOpen)
        XCTAssertFalse(try state("<Enter><Esc>").detailOpen, "Esc closes the detail when nothing else is open")
        let scrolled = try state("G<Enter>" + String(repeating: "J", count: 50), width: 80, height: 14)
        XCTAssertGreaterThan(scrolled.maxDetailScroll, 0)
        XCTAssertEqual(scrolled.detailScroll, scrolled.maxDetailScroll)
        XCTAssertEqual(try state("G<Enter>JJK<C-u><C-u>", width: 80, height: 14).detailScroll, 0)
        XCTAssertEqual(try state("G<Enter>JJk", width: 80, height: 14).detailScroll, 0, "a new event starts at its top")
    }

    func testHelpTogglesAndAnyKeyClosesIt() throws {
        XCTAssertEqual(try state("?").overlay, .help)
        XCTAssertNil(try state("??").overlay)
        XCTAssertNil(try state("?j").overlay)
        XCTAssertEqual(try state("?j").selected, 0, "the closing key does nothing else")
        XCTAssertEqual(try effects("?q"), [.none, .quit])
        XCTAssertNil(try state("?<Esc>").overlay)
    }

    func testEscapeClosesTheInnermostThingFirst() throws {
        let s = try state("<Enter>/river<Enter>f<Esc>")
        XCTAssertNil(s.overlay)
        XCTAssertTrue(s.search.isActive)
        XCTAssertTrue(s.detailOpen)
        let t = try state("<Enter>/river<Enter>f<Esc><Esc>")
        XCTAssertFalse(t.search.isActive)
        XCTAssertTrue(t.detailOpen)
        XCTAssertFalse(try state("<Enter>/river<Enter>f<Esc><Esc><Esc>").detailOpen)
    }

    func testMouseClickSelectsTheRowUnderIt() throws {
        var s = try state()
        let list = s.layout.list
        s.press(.mouse(MouseEvent(kind: .click, column: 5, row: list.row + 3)))
        XCTAssertEqual(selectedID(s), "open-years")
        s.press(.mouse(MouseEvent(kind: .click, column: 5, row: 0)))
        XCTAssertEqual(selectedID(s), "open-years", "a click outside the list changes nothing")
        s.press(.mouse(MouseEvent(kind: .wheelDown, column: 5, row: list.row)))
        XCTAssertEqual(selectedID(s), "crossing", "the wheel moves three events")
        s.press(.mouse(MouseEvent(kind: .wheelUp, column: 5, row: list.row)))
        XCTAssertEqual(selectedID(s), "open-years")
    }

    func testMouseClickUsesTheScrolledList() throws {
        var s = try state("G", width: 80, height: 14)
        XCTAssertGreaterThan(s.listScroll, 0)
        let list = s.layout.list
        s.press(.mouse(MouseEvent(kind: .click, column: 2, row: list.row)))
        XCTAssertEqual(s.selectedVisiblePosition, s.listScroll)
        XCTAssertEqual(s.layout.eventIndex(atColumn: 2, row: list.row, in: s), s.selected)
    }

    func testViewsAndQuit() throws {
        XCTAssertEqual(try state("m").view, .map)
        XCTAssertEqual(try state("mt").view, .timeline)
        XCTAssertEqual(try state("<Tab>").view, .map)
        XCTAssertEqual(try state("<Tab><Tab>").view, .timeline)
        XCTAssertEqual(try effects("q"), [.quit])
        XCTAssertEqual(try effects("<C-c>"), [.quit])
        XCTAssertEqual(try effects("p<C-z>j"), [.present, .suspend, .none], "effects are values: none lingers")
    }

    /// Every key in the table, pressed in every overlay, leaves a state whose selection
    /// is visible (or nil only with nothing visible) and whose list shows it.
    func testEveryKeyKeepsTheInvariants() throws {
        let keys = KeyBindings.commands.flatMap(\.keys)
        for prefix in ["", "f", "?", "<Enter>", "/r", "f<Space>j<Space>j<Space>j<Space>"] {
            for key in keys {
                var s = try state(prefix, width: 60, height: 14)
                s.press(key)
                if let selected = s.selected {
                    XCTAssertTrue(s.visible.contains(selected), "\(prefix) \(key)")
                } else {
                    XCTAssertTrue(s.visible.isEmpty, "\(prefix) \(key)")
                }
                XCTAssertGreaterThanOrEqual(s.listScroll, 0)
                XCTAssertLessThanOrEqual(s.detailScroll, max(0, s.maxDetailScroll))
            }
        }
    }

    /// No dead keys: every key of every explorer command dispatches to that command's
    /// action in its context and changes what the user sees in at least one situation.
    func testEveryKeyInTheTableDoesSomething() throws {
        let situations: [Command.Context: [String]] = [
            .everywhere: ["", "jjj", "G", "jjj<Enter>", "G<Enter>", "jj<Enter>JJJ", "/r<Enter>", "m", "+"],
            .timeline: ["", "jjj"],
            .map: ["m", "m]", "m]]]+", "m+"],
            .filterMenu: ["f", "fj", "f<Space>", "fj<Space>"],
        ]
        for command in KeyBindings.commands {
            guard let prefixes = situations[command.context] else { continue }  // presenter: its own tests
            for key in command.keys {
                var changesSomething = false
                for prefix in prefixes {
                    let before = try state(prefix, width: 60, height: 14)
                    let dispatched = KeyBindings.action(for: key, in: before)
                    // In the map view, map commands may take a key over (j, +, arrows).
                    if !(before.view == .map && command.context == .everywhere) {
                        XCTAssertEqual(
                            dispatched, command.action,
                            "\(KeyNames.notation(for: key)) after '\(prefix)' (\(command.help))")
                    }
                    var after = before
                    // Quitting, presenting and suspending change no state: they ask the loop.
                    if after.press(key) != .none || after != before { changesSomething = true }
                }
                XCTAssertTrue(
                    changesSomething,
                    "\(KeyNames.notation(for: key)) (\(command.help)) changes nothing in \(prefixes)")
            }
        }
    }

    func testATooSmallWindowIgnoresEverythingButQuit() throws {
        let s = try state("jj<Resize 30x10>jj<Enter>?/")
        XCTAssertEqual(selectedID(s), "hunger")
        XCTAssertNil(s.overlay)
        XCTAssertFalse(s.detailOpen)
        XCTAssertEqual(
            selectedID(try state("jj<Resize 30x10>jj<Resize 80x24>j")), "open-years", "keys work again once enlarged")
        XCTAssertEqual(try effects("<Resize 30x10>q"), [.none, .quit])
    }
}
