import TumenData
import TumenFixtures
import TumenModel
import XCTest

@testable import TumenServe

final class ClassroomLimitsTests: XCTestCase {
    private func context(maxClients: Int = 2) throws -> ClassroomContext {
        ClassroomContext(
            dataset: SampleDataset.dataset, deck: try PresenterDeck(dataset: SampleDataset.dataset, lesson: nil),
            basemap: BasemapLoad(basemap: nil, path: nil, notice: nil), configuration: ServeConfiguration(),
            hub: ClassroomHub(maxClients: maxClients) { _ in }, log: { _ in }, clock: { 0 })
    }

    func testAHugeOrEmptyWindowChangeIsClamped() throws {
        let shared = try context()
        XCTAssertEqual(shared.clamped(width: 100_000, height: 100_000), Size(width: 300, height: 120))
        XCTAssertEqual(shared.clamped(width: 0, height: 0), Size(width: 80, height: 24), "not said: 80x24")
        XCTAssertEqual(shared.clamped(width: -5, height: 30), Size(width: 80, height: 30))
        XCTAssertEqual(shared.clamped(width: 132, height: 43), Size(width: 132, height: 43))
    }

    func testTheHubCountsModesAndTurnsAwayPastTheLimit() throws {
        let reports = Reports()
        let hub = ClassroomHub(maxClients: 2) { reports.add($0) }
        let delivered = Delivered()
        let student = ClassroomHub.Student(mode: .contentNote, deliver: { delivered.add($0?.step) }, stop: { _ in })
        let first = try XCTUnwrap(hub.join(student))
        let second = try XCTUnwrap(hub.join(student))
        XCTAssertNil(hub.join(student), "a third student: the class is full")
        hub.modeChanged(first, to: .following)
        hub.modeChanged(second, to: .exploring)
        XCTAssertEqual(hub.status.connected, 2)
        XCTAssertEqual(hub.status.following, 1)
        XCTAssertEqual(hub.status.exploring, 1)
        let deck = try PresenterDeck(dataset: SampleDataset.dataset, lesson: nil)
        let snapshot = PresenterState(deck: deck, size: Size(width: 80, height: 24)).notesSnapshot(session: "s")
        hub.teacherPublished(snapshot)
        hub.teacherPublished(snapshot)
        XCTAssertEqual(delivered.steps, [1, 1], "each student hears a new snapshot once, not the same one twice")
        XCTAssertEqual(hub.status.teacherStep, 1)
        hub.leave(first)
        XCTAssertNotNil(hub.join(student), "a place is free again")
        XCTAssertEqual(reports.last?.connected, 2, "the status line heard of each change")
    }
}

private final class Delivered: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int?] = []
    func add(_ step: Int?) { lock.withLock { values.append(step) } }
    var steps: [Int?] { lock.withLock { values } }
}

private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ServeStatus] = []
    func add(_ status: ServeStatus) { lock.withLock { values.append(status) } }
    var last: ServeStatus? { lock.withLock { values.last } }
}
