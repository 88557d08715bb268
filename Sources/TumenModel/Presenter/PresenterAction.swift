import TumenData

/// Every intent presenter mode understands. Keys map to these in `KeyBindings.commands`
/// (the `.presenter` and `.presenterIndex` contexts); `PresenterState.apply(_:at:)` applies them.
public enum PresenterAction: Hashable, Sendable {
    case next, previous, first
    /// `G`: the step typed before it (`12G`), else the last step.
    case goToCountOrLast
    /// A digit typed before `G`; digits accumulate into a step number.
    case digit(Int)

    // The index of steps (`i`).
    case openIndex, closeIndex, indexDown, indexUp, indexPick

    // The clock: start or pause, and back to 00:00.
    case toggleTimer, resetTimer
    /// Resume (or pause) `--tour` auto-advance.
    case toggleTour
    /// `?`: the list of keys; any key closes it.
    case openHelp

    /// Ctrl-Z: the loop stops the job until `fg` (a no-op headless).
    case suspend
    case quit
}
