import TumenFixtures
import XCTest

@testable import TumenData
@testable import TumenModel

/// What the map describes (`mapSelection`) and what it keeps between visits, driven by keys
/// through the command table. Sample events in timeline order: 0 treaty, 1 agreement
/// (North Bank), 2 hunger, 3 open-years, 4 desert-closes (stage 2 of the desert route),
/// 5 fences, 6 crossing (stage 1), 7 south (stage 4), 8 arrival (stage 6), 9 share. Stages 2,
/// 3 and 5 of the southern route have no event.
final class MapSelectionTests: XCTestCase {
    func state(_ keys: String, dataset: Dataset = SampleDataset.dataset) throws -> ExplorerState {
        var state = ExplorerState(dataset: dataset, size: Size(width: 80, height: 24), showContentNote: false)
        for step in try KeyNotation.parse(keys, source: "test") { state.apply(step) }
        return state
    }

    func stageID(_ state: ExplorerState) -> String? {
        if case .stage(let route, let index, _) = state.mapSelection { return route.stages[index].id }
        return nil
    }

    // MARK: The selection decides the stage

    func testAnEventThatIsNoStageClearsTheStageAndIsWhatTheMapDescribes() throws {
        // The report's case: stage 4, then `g` and `j` to an event that tells no stage.
        let state = try state("m]]]]gj")
        XCTAssertEqual(state.selectedEvent?.id, "agreement")
        XCTAssertNil(state.map.stageIndex, "no stale stage left behind")
        XCTAssertNil(state.mapSelectedStage)
        let northBank = SampleDataset.dataset.places.first { $0.id == "north-bank" }!
        XCTAssertEqual(state.mapSelection, .event(index: 1, places: [northBank]))
        XCTAssertEqual(state.mapHighlightedPlaceIDs, ["north-bank"])
    }

    func testAnEventThatIsAStageSelectsThatStageWhicheverWayItIsReached() throws {
        XCTAssertEqual(stageID(try state("mGk")), "capital", "G is share (no stage), k is arrival: stage 6")
        XCTAssertEqual(stageID(try state("m]]]]]]gjjjjjjj")), "south", "j to the event of stage 4")
        XCTAssertEqual(stageID(try state("/south<Enter>m")), "south", "found by search in the timeline")
    }

    func testTheFirstEventsStageIsSelectedFromTheStart() throws {
        // A dataset whose first event is the route's first stage: the map opens on that stage.
        var dataset = SampleDataset.dataset
        dataset.events = dataset.events.filter {
            $0.id != "treaty" && $0.id != "agreement" && $0.id != "hunger"
                && $0.id != "open-years" && $0.id != "desert-closes" && $0.id != "fences"
        }
        let state = try state("m", dataset: dataset)
        XCTAssertEqual(state.selectedEvent?.id, "crossing")
        XCTAssertEqual(stageID(state), "bank")
        XCTAssertEqual(state.map.box, MapViewport(fitting: dataset).box, "the first view still fits every place")
    }

    func testStageKeysReachStagesNoEventTellsAndTheSelectionStays() throws {
        let state = try state("m]]")
        XCTAssertEqual(stageID(state), "town")
        XCTAssertEqual(state.selectedEvent?.id, "crossing", "stage 2 has no event: the first stage's stays selected")
        guard case .stage(_, 1, nil) = state.mapSelection else { return XCTFail("\(state.mapSelection)") }
        XCTAssertEqual(
            state.mapHighlightedPlaceIDs, ["river-town"], "the map marks the stage's place, not the old event's")
    }

    func testWithNothingVisibleNothingIsSelected() throws {
        // Hide every category: no event is visible, and no stage was chosen.
        let state = try state("mf<Space>j<Space>j<Space>j<Space><Enter>")
        XCTAssertNil(state.selected)
        XCTAssertEqual(state.mapSelection, .nothing)
    }

    func testCountryPlacesOfTheSelectedEventAreTheCountriesToShade() throws {
        var dataset = SampleDataset.dataset
        dataset.places.append(Place(id: "north", name: "The North", kind: .country, latitude: 40.3, longitude: 127.5))
        dataset.events[1].places = ["north", "north-bank"]  // agreement
        let state = try state("mj", dataset: dataset)
        XCTAssertEqual(state.selectedEvent?.id, "agreement")
        XCTAssertEqual(state.mapHighlightedCountries.map(\.id), ["north"])
        XCTAssertEqual(try self.state("m", dataset: dataset).mapHighlightedCountries, [], "the treaty has no places")
    }

    // MARK: Leaving the map and coming back

    func testLeavingTheMapAndComingBackKeepsZoomPanAndStage() throws {
        let before = try state("m++<Right>]]")
        for away in ["tm", "<Tab><Tab>", "t+<Enter>K<Esc>m", "tjkm", "t/zzz<Enter><Esc>m"] {
            let after = try state("m++<Right>]]" + away)
            XCTAssertEqual(after.view, .map, away)
            XCTAssertEqual(after.map, before.map, "\(away): the viewport and stage as the user left them")
            XCTAssertEqual(stageID(after), "town", away)
        }
    }

    func testComingBackAfterTheSelectionMovedInTheTimelineFollowsIt() throws {
        // Stage 2 (no event) close in at the river; in the timeline, j from the crossing to
        // "south": back on the map, its stage and its place.
        let away = try state("m++<Right>]]tj")
        XCTAssertEqual(away.selectedEvent?.id, "south")
        let back = try state("m++<Right>]]tjm")
        XCTAssertEqual(stageID(back), "south", "the new selection's stage, in the state as on screen")
        XCTAssertTrue(back.map.box.contains(latitude: 25.0, longitude: 102.7), "South City in view")
        XCTAssertEqual(back.map.spanLongitude, away.map.spanLongitude, accuracy: 1e-9, "the zoom is kept")
        // To an event without a stage: the stage is let go.
        let other = try state("m]]]]tggjm")
        XCTAssertEqual(other.selectedEvent?.id, "agreement")
        XCTAssertNil(other.map.stageIndex)
    }

    func testKeysOutsideTheMapTableMoveTheMapToo() throws {
        // `g` and `G` are everywhere keys; in the map view the map follows them at once.
        let state = try state("m]]]]g")
        XCTAssertEqual(state.selectedEvent?.id, "treaty")
        XCTAssertEqual(state.map.followedEvent, state.selected)
        XCTAssertNil(state.map.stageIndex)
    }

    func testTheSplitViewShowsTheMapCaughtUpWithoutChangingTheState() throws {
        let split = try state("<Resize 160x45>m]]]]tgj")
        XCTAssertEqual(split.map.stageIndex, 3, "the timeline leaves the map's state alone")
        XCTAssertNil(split.mapScene.viewport.stageIndex, "what the map under the timeline shows")
        XCTAssertEqual(
            split.mapScene.selection, try state("<Resize 160x45>m]]]]tgjm").mapSelection,
            "and what m then shows")
        let unsplit = try state("m]]]]tgj")
        XCTAssertEqual(unsplit.mapScene.viewport, unsplit.map, "with no map on screen there is nothing to catch up")
    }
}
