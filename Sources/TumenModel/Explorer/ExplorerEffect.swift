import TumenData

/// What the explorer asks of whoever runs it, returned by `ExplorerState.apply` and `press`:
/// the state cannot quit, open the presenter or stop the process, so the loop does it. A
/// value, not a flag left in the state, so nobody has to clear it and tests can read it.
public enum ExplorerEffect: Sendable, Equatable {
    case none
    /// `q`, Ctrl-C: leave the explorer.
    case quit
    /// `p`: present every event from the selected one, then come back.
    case present
    /// Ctrl-Z: give the shell the terminal until `fg`.
    case suspend
}
