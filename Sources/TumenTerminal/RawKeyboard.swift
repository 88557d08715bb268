import CTerminalState
import Glibc
import TumenData
import TumenModel

/// The keyboard without ncurses, for the screen-reader mode: raw mode on standard input
/// (no echo, no line editing, Ctrl-C and Ctrl-Z as keys), while output stays a plain
/// stream of lines. ncurses is not used because it insists on a terminal that can move
/// the cursor, and this mode moves none: it works with TERM=dumb, and with output to a
/// pipe. The shell's modes are saved first and put back on `close()`, on `suspend()`, and
/// by the same signal handlers the full-screen session uses (CTerminalState), which
/// here have no escape sequences to write, only the modes to restore.
public final class RawKeyboard {
    private var decoder = KeyByteDecoder()
    private var queue: [Key] = []
    private var raw = termios()
    private var isOpen = true

    /// Raw mode on standard input, or nil when standard input is not a terminal.
    public static func open() -> RawKeyboard? {
        guard isatty(STDIN_FILENO) == 1, tumen_save_terminal_modes() == 0 else { return nil }
        return RawKeyboard()
    }

    private init() {
        raw = tumen_saved_termios().pointee
        // Input: no CR→NL translation, no flow control (Ctrl-S, Ctrl-Q), no break or parity tricks.
        raw.c_iflag &= ~tcflag_t(ICRNL | IXON | BRKINT | INPCK | ISTRIP)
        // Local: no echo, no line editing, no signals from keys (Ctrl-C, Ctrl-Z, Ctrl-\ are keys).
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        // Output processing stays on, so "\n" still starts a new line at the left.
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        tumen_restore_clear()
        tumen_install_signal_handlers()
    }

    deinit { close() }

    /// Puts the shell's modes back. Safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        tumen_restore_now()
        tumen_remove_signal_handlers()
    }

    /// True once standard input has ended (the terminal went away).
    public private(set) var atEnd = false

    /// The next key; nil when `timeout` seconds pass first (nil: wait) or at the end of input.
    public func readKey(timeout: Double? = nil) -> Key? {
        var waited = 0.0
        while queue.isEmpty {
            if atEnd { return nil }
            // A lone Esc waits 25 ms for the rest of a sequence, as the explorer's does.
            let wait: Int32 = decoder.hasPending ? 25 : timeout.map { Int32(max(0, $0 - waited) * 1000) } ?? -1
            var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, wait)
            if ready == 0 {
                if decoder.hasPending {
                    queue += decoder.flush()
                    waited += 0.025
                    continue
                }
                return nil
            }
            if ready < 0 {
                if errno == EINTR {
                    continue
                } else {
                    atEnd = true
                    return nil
                }
            }
            var buffer = [UInt8](repeating: 0, count: 256)
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                atEnd = true
                return nil
            }
            queue += decoder.feed(Array(buffer[0..<count]))
        }
        return queue.removeFirst()
    }

    /// Ctrl-Z: the shell's modes back and the job stopped, as Ctrl-Z stops any program;
    /// raw mode again when the shell continues it (`fg`).
    public func suspend() {
        guard isOpen else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, tumen_saved_termios())
        tumen_stop_job()
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    }
}
