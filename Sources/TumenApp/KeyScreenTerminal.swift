import TumenData
import TumenModel
import TumenRender
import TumenTerminal

/// What the interactive loops (ExplorerLoop, PresenterLoop) need from a terminal: its size,
/// a way to show a screen, keys and resizes, and suspending to the shell. TumenTerminal's
/// session provides it; tests pass a scripted fake that plays keys and records screens.
public protocol KeyScreenTerminal: AnyObject {
    var size: Size { get }
    func show(_ screen: Screen)
    /// The next key or the terminal's new size, waiting at most `timeout` seconds (for ever
    /// when nil); nil when the time passes first.
    func readInput(timeout: Double?) -> TerminalInput?
    /// The next key, or nil when `timeout` seconds pass first (or the terminal was resized):
    /// the presenter's and the notes' loops move their clocks while nobody types.
    func readKey(timeout: Double) -> Key?
    /// Ctrl-Z: give the shell the terminal until `fg`, then repaint everything.
    func suspend()
}

/// The explorer, the presenter and the notes window all run on the terminal session.
extension TerminalSession: KeyScreenTerminal {}
