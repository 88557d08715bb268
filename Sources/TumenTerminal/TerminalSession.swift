import CNcursesw
import CTerminalState
import Glibc
import TumenData
import TumenModel
import TumenRender

/// One full-screen ncurses session on the standard streams. Opening it saves the
/// terminal modes and catches the signals that would leave the terminal raw; `close()`
/// (or a signal, or a crash) puts everything back: modes, cursor, colours, screen.
public final class TerminalSession {
    public private(set) var size: Size
    /// True when the locale's character set is UTF-8 (box drawing and symbols are safe).
    public let localeIsUTF8: Bool
    private let painter: Painter
    private var isOpen = true

    /// Opens the terminal, or throws `TerminalUnavailable` without touching it when
    /// standard input or output is not a terminal, or TERM is missing, dumb or unknown.
    public static func open(environment: [String: String]) throws -> TerminalSession {
        guard isatty(STDIN_FILENO) == 1 else { throw TerminalUnavailable(.notATerminal(.standardInput)) }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalUnavailable(.notATerminal(.standardOutput)) }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw TerminalUnavailable(.termNotSet) }
        guard term != "dumb" else { throw TerminalUnavailable(.termIsDumb) }
        // Only the character set: ncurses needs it for wide characters. Numbers and dates
        // stay in the C locale's form (CFormat relies on its decimal point), and loading
        // the other eleven categories cost a tenth of a millisecond at every start.
        setlocale(LC_CTYPE, "")
        let utf8 = tumen_locale_is_utf8() != 0
        tumen_save_terminal_modes()
        guard tumen_newterm() != nil else {
            throw TerminalUnavailable(.unknownTerminalType(term))
        }
        guard tumen_can_address_cursor() != 0 else {
            endwin()
            throw TerminalUnavailable(.cannotMoveCursor(term))
        }
        return TerminalSession(localeIsUTF8: utf8)
    }

    private init(localeIsUTF8: Bool) {
        self.localeIsUTF8 = localeIsUTF8
        // raw: Ctrl-C, Ctrl-\ and Ctrl-Z arrive as keys, so q and Ctrl-C quit the same clean way.
        raw()
        noecho()
        nonl()
        keypad(tumen_stdscr(), true)
        tumen_set_escdelay(25)
        curs_set(0)
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() != tumen_err()
        }
        tumen_enable_mouse()
        Self.prepareRestore()
        tumen_install_signal_handlers()
        size = Size(width: max(1, Int(tumen_cols())), height: max(1, Int(tumen_lines())))
        painter = Painter(
            colors: ColorPairs(
                hasColors: has_colors(), defaultColors: defaultColors,
                colorCount: Int(tumen_colors()), pairCount: Int(tumen_color_pairs())),
            asciiOnly: !localeIsUTF8)
    }

    /// What the signal handler writes: mouse reporting off, colours and attributes reset,
    /// the cursor shown, the normal screen back (terminfo's sgr0, cnorm, rmcup). Read from
    /// terminfo now, because the handler may call nothing but write and tcsetattr.
    private static func prepareRestore() {
        tumen_restore_clear()
        tumen_restore_append("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l")
        for capability in ["sgr0", "cnorm", "rmcup"] { tumen_restore_append(tigetstr(capability)) }
    }

    deinit { close() }

    /// Ends the session: ncurses' own teardown, then the saved modes and the cursor
    /// for good measure; the signals get their earlier handlers back. Safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        tumen_restore_now()
        tumen_remove_signal_handlers()
    }

    /// Stops the job until the shell continues it (Ctrl-Z, then `fg`), with the terminal
    /// restored meanwhile; afterwards the next `show` repaints everything, at the size the
    /// terminal has now (it may have been resized while stopped).
    public func suspend() {
        guard isOpen else { return }
        // Raw mode reads Ctrl-Z as a key, so the stop is sent by hand.
        endwin()
        tumen_stop_job()
        tumen_redraw_everything()
        size = Size(width: max(1, Int(tumen_cols())), height: max(1, Int(tumen_lines())))
        painter.invalidate()
    }

    /// Paints a screen, sending only the cells that changed since the last one.
    public func show(_ screen: Screen) {
        painter.paint(screen)
    }

    /// How often a wait for a key also checks the terminal's size itself.
    static let sizeCheckInterval = 0.25

    /// The next key or resize; nil when `timeout` seconds pass first (nil timeout: wait).
    ///
    /// Waits in slices of `sizeCheckInterval`, asking the terminal its size between
    /// them: a SIGWINCH that arrives just as ncurses starts to block is otherwise seen
    /// only at the next key, and the screen would stay at the old size until then.
    public func readInput(timeout: Double?) -> TerminalInput? {
        var remaining = timeout.map { max(0, min($0, 86_400)) }
        while true {
            let slice = min(remaining ?? Self.sizeCheckInterval, Self.sizeCheckInterval)
            wtimeout(tumen_stdscr(), Int32(slice * 1000))
            let input = KeyReader.read()
            if case .resize = input {
                return resized()
            }
            if input != nil { return input }
            var rows: Int32 = 0
            var columns: Int32 = 0
            if tumen_terminal_size(&rows, &columns) == 1, Int(rows) != tumen_lines() || Int(columns) != tumen_cols() {
                resizeterm(rows, columns)
                return resized()
            }
            if let left = remaining {
                remaining = left - slice
                if left - slice <= 0 { return nil }
            }
        }
    }

    private func resized() -> TerminalInput {
        size = Size(width: max(1, Int(tumen_cols())), height: max(1, Int(tumen_lines())))
        painter.invalidate()
        return .resize(size)
    }

    /// The next key, or nil when `timeout` seconds pass first or the window was resized
    /// (`size` then tells the new size).
    public func readKey(timeout: Double) -> Key? {
        if case .key(let key)? = readInput(timeout: timeout) { return key }
        return nil
    }
}

/// What the terminal reports: a key (mouse included) or a new size.
public enum TerminalInput: Equatable {
    case key(Key)
    case resize(Size)
}
