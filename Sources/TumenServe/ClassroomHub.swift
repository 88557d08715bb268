import NIOConcurrencyHelpers
import TumenData
import TumenModel

/// What the server's status line and the presenter's show: who is connected and what
/// the teacher is on.
public struct ServeStatus: Sendable, Equatable {
    public var connected = 0
    public var following = 0
    public var exploring = 0
    /// The teacher's step and how many there are; nil while no presenter has published.
    public var teacherStep: Int?
    public var teacherStepCount: Int?
    public var teacherEnded = false

    public init() {}
}

/// Everyone connected, and the teacher's latest snapshot. Connections live on their own
/// event loops; the hub only keeps, for each, how to reach it (closures that hop to that
/// loop), so a slow connection never holds the others up: the teacher's step is handed
/// to each and each paints when its client can take it.
final class ClassroomHub: Sendable {
    struct Student: Sendable {
        var mode: ClassroomState.Mode
        /// Hands the teacher's snapshot to the connection (on its own loop).
        var deliver: @Sendable (NotesSnapshot?) -> Void
        /// Says goodbye with this line and closes (on its own loop).
        var stop: @Sendable (String) -> Void
    }

    private struct Shared {
        var students: [Int: Student] = [:]
        var nextID = 0
        var latest: NotesSnapshot?
        var status = ServeStatus()
    }

    let maxClients: Int
    private let shared = NIOLockedValueBox(Shared())
    private let statusChanged: @Sendable (ServeStatus) -> Void

    init(maxClients: Int, statusChanged: @escaping @Sendable (ServeStatus) -> Void) {
        self.maxClients = maxClients
        self.statusChanged = statusChanged
    }

    var latest: NotesSnapshot? { shared.withLockedValue { $0.latest } }
    var status: ServeStatus { shared.withLockedValue { $0.status } }

    /// A new student, or nil when the class is full.
    func join(_ student: Student) -> Int? {
        let id: Int? = update { shared in
            guard shared.students.count < maxClients else { return nil }
            shared.nextID += 1
            shared.students[shared.nextID] = student
            return shared.nextID
        }
        return id
    }

    func leave(_ id: Int) {
        update { $0.students[id] = nil }
    }

    func modeChanged(_ id: Int, to mode: ClassroomState.Mode) {
        update { $0.students[id]?.mode = mode }
    }

    /// The teacher's file was read: when it says something new, every student hears it.
    func teacherPublished(_ snapshot: NotesSnapshot?) {
        let receivers: [Student]? = update { shared in
            guard shared.latest != snapshot else { return nil }
            shared.latest = snapshot
            return Array(shared.students.values)
        }
        for student in receivers ?? [] { student.deliver(snapshot) }
    }

    /// Everyone gets this line and is disconnected (the server is stopping).
    func stopAll(saying message: String) {
        let everyone = shared.withLockedValue { Array($0.students.values) }
        for student in everyone { student.stop(message) }
    }

    /// Changes the shared value and, when that changes the status, reports it (outside
    /// the lock, so the report may take its time).
    private func update<Result>(_ body: (inout Shared) -> Result) -> Result {
        let (result, changed): (Result, ServeStatus?) = shared.withLockedValue { shared in
            let result = body(&shared)
            let status = Self.status(of: shared)
            guard status != shared.status else { return (result, nil) }
            shared.status = status
            return (result, status)
        }
        if let changed { statusChanged(changed) }
        return result
    }

    private static func status(of shared: Shared) -> ServeStatus {
        var status = ServeStatus()
        status.connected = shared.students.count
        status.following = shared.students.values.filter { $0.mode == .following }.count
        status.exploring = shared.students.values.filter { $0.mode == .exploring }.count
        if let latest = shared.latest {
            status.teacherStep = latest.step
            status.teacherStepCount = latest.stepCount
            status.teacherEnded = latest.ended
        }
        return status
    }
}
