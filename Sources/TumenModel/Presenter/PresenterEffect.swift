import TumenData

/// What presenter mode asks of its loop, returned by `PresenterState.apply` and `press`.
public enum PresenterEffect: Sendable, Equatable {
    case none
    /// `q`, Ctrl-C: the presentation ends.
    case quit
    /// Ctrl-Z: give the shell the terminal until `fg`.
    case suspend
}
