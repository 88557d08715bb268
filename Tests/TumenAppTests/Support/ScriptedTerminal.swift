import TumenApp
import TumenData
import TumenModel
import TumenRender
import TumenTerminal

/// A terminal that plays back keys and resizes and records every screen, for the interactive
/// loops: keys in, screens out. When the script runs out it presses `q`.
final class ScriptedTerminal: KeyScreenTerminal {
    var size: Size
    /// What each read returns in turn; nil is a read that times out.
    var inputs: [TerminalInput?]
    var screens: [Screen] = []
    var timeouts: [Double?] = []
    /// Moved on by each read, as if the user took this long.
    var clock: Double
    let step: Double

    init(size: Size, inputs: [TerminalInput?], start: Double = 0, step: Double = 1) {
        self.size = size
        self.inputs = inputs
        self.clock = start
        self.step = step
    }

    convenience init(size: Size, keys: [Key?], start: Double, step: Double) {
        self.init(size: size, inputs: keys.map { $0.map(TerminalInput.key) }, start: start, step: step)
    }

    func show(_ screen: Screen) { screens.append(screen) }

    /// How many times the loop suspended to the shell (Ctrl-Z).
    var suspensions = 0
    /// Runs while suspended: what the user does in the shell (resize the window, say).
    var onSuspend: () -> Void = {}
    func suspend() {
        suspensions += 1
        onSuspend()
    }

    /// Runs at each read: what happens elsewhere while the loop waits.
    var onRead: () -> Void = {}

    /// A resize takes effect as it is read, as the session's does.
    func readInput(timeout: Double?) -> TerminalInput? {
        onRead()
        timeouts.append(timeout)
        clock += step
        let input = inputs.isEmpty ? .key(.character("q")) : inputs.removeFirst()
        if case .resize(let newSize)? = input { size = newSize }
        return input
    }

    /// A resize read here gives nil, as the session's `readKey` does.
    func readKey(timeout: Double) -> Key? {
        if case .key(let key)? = readInput(timeout: timeout) { return key }
        return nil
    }
}
