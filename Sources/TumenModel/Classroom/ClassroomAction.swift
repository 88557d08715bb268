import TumenData

/// What a student connected to `tumen serve` can ask for besides the explorer's own keys:
/// follow the teacher's presentation, explore on their own, or leave.
public enum ClassroomAction: Hashable, Sendable {
    case follow, explore, leave
}
