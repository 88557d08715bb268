import TumenFixtures
import XCTest

@testable import TumenData
@testable import TumenModel

/// Map keys through the one command table, as a user presses them.
final class MapReducerTests: XCTestCase {
    func mapState() -> ExplorerState {
        var state = ExplorerState(
            dataset: SampleDataset.dataset, size: Size(width: 80, height: 24), showContentNote: false)
        state.press(.character("m"))
        return state
    }

    func testTheFirstViewFitsAllTheDatasetsPlaces() {
        let state = mapState()
        for place in SampleDataset.dataset.places {
            XCTAssertTrue(state.map.box.contains(latitude: place.latitude, longitude: place.longitude), place.id)
        }
    }

    func testZoomHalvesAndDoublesTheSpanAndStopsAtTheClosest() {
        var state = mapState()
        let span = state.map.spanLongitude
        state.press(.character("+"))
        XCTAssertEqual(state.map.spanLongitude, span / 2, accuracy: 1e-9)
        state.press(.character("-"))
        XCTAssertEqual(state.map.spanLongitude, span, accuracy: 1e-9)
        for _ in 0..<20 { state.press(.character("+")) }
        XCTAssertEqual(min(state.map.spanLongitude, state.map.spanLatitude), MapViewport.minimumSpan, accuracy: 1e-9)
        XCTAssertEqual(state.zoom, .whole, "+ in the map view zooms the map, not the timeline")
    }

    func testZoomingInClosesOnTheSelectedStage() {
        var state = mapState()
        state.press(.character("]"))  // the river bank, 42.9°N 129.9°E
        for _ in 0..<5 { state.press(.character("+")) }
        XCTAssertLessThan(state.map.spanLongitude, 2)
        XCTAssertTrue(state.map.box.contains(latitude: 42.9, longitude: 129.9))
        XCTAssertTrue(state.map.box.contains(latitude: 42.95, longitude: 129.8), "River Town, next to it, too")
    }

    func testArrowsPanAQuarterOfTheView() {
        var state = mapState()
        let before = state.map
        state.press(.right)
        XCTAssertEqual(state.map.centerLongitude, before.centerLongitude + before.spanLongitude / 4, accuracy: 1e-9)
        state.press(.up)
        XCTAssertEqual(state.map.centerLatitude, before.centerLatitude + before.spanLatitude / 4, accuracy: 1e-9)
        XCTAssertEqual(state.selected, 0, "arrows pan in the map view; they do not move the selection")
    }

    func testStageKeysSelectTheStageAndItsEventAndKeepItInSight() {
        var state = mapState()
        for _ in 0..<4 { state.press(.character("+")) }  // close in, far from South City
        state.press(.character("]"))
        XCTAssertEqual(state.map.stageIndex, 0)
        XCTAssertEqual(state.selectedEvent?.id, "crossing")
        for _ in 0..<3 { state.press(.character("]")) }
        XCTAssertEqual(state.mapSelectedStage?.id, "south")
        XCTAssertEqual(state.selectedEvent?.id, "south")
        XCTAssertTrue(state.map.box.contains(latitude: 25.0, longitude: 102.7), "the map moved to South City")
        for _ in 0..<10 { state.press(.character("]")) }
        XCTAssertEqual(state.mapSelectedStage?.id, "capital", "stops at the last stage")
        state.press(.character("["))
        XCTAssertEqual(state.mapSelectedStage?.id, "pass")
    }

    func testJAndKInTheMapViewStepEventsAndTheMapFollows() {
        var state = mapState()
        for _ in 0..<5 { state.press(.character("+")) }
        state.map.centerLatitude = 0
        state.map.centerLongitude = 0
        while state.selectedEvent?.id != "arrival" { state.press(.character("j")) }
        XCTAssertEqual(state.mapSelectedStage?.id, "capital", "the event tells a stage: that stage is selected")
        XCTAssertTrue(state.map.box.contains(latitude: 37.57, longitude: 126.98), "the map shows the event's place")
        state.press(.character("k"))
        XCTAssertEqual(state.selectedEvent?.id, "south")
        XCTAssertEqual(state.view, .map)
    }

    func testZeroFitsTheWholeRoute() {
        var state = mapState()
        for _ in 0..<6 { state.press(.character("+")) }
        state.press(.character("0"))
        for stage in SampleDataset.dataset.routes[0].stages {
            let place = SampleDataset.dataset.places.first { $0.id == stage.place }!
            XCTAssertTrue(state.map.box.contains(latitude: place.latitude, longitude: place.longitude), stage.id)
        }
    }
}

extension MapReducerTests {
    func testAnEventChosenInTheTimelineIsShownWhenTheUserSwitchesToTheMap() {
        var state = ExplorerState(
            dataset: SampleDataset.dataset, size: Size(width: 80, height: 24), showContentNote: false)
        state.map = MapViewport(centerLatitude: 42.9, centerLongitude: 129.7, spanLongitude: 2, spanLatitude: 1)
        while state.selectedEvent?.id != "south" { state.press(.character("j")) }
        state.press(.character("m"))
        XCTAssertEqual(state.map.followedEvent, state.selected, "entering the map catches it up")
        XCTAssertEqual(state.mapSelectedStage?.id, "south")
        state.press(.left)
        XCTAssertEqual(
            state.map.centerLongitude, 102.7 - 0.5, accuracy: 1e-9, "centred on South City, then panned west")
    }
}
