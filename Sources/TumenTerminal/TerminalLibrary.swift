import CNcursesw

/// The only place that talks to ncurses (see docs/ARCHITECTURE.md).
public enum TerminalLibrary {
    /// The ncurses version string, e.g. "ncurses 6.4.20221231".
    public static var version: String { String(cString: curses_version()) }
}
