import FoundationEssentials
import Glibc
import TumenData
import TumenFiles
import TumenModel

/// Opening a big file takes a moment (a second or more for a few hundred thousand
/// events), and a blank terminal in that moment looks like a hang. When the explorer is
/// started on a terminal with a file of at least `threshold` bytes, the file is loaded
/// on another thread while one line on the terminal says how far it has got, and `q`,
/// Esc or Ctrl-C quit at once. The terminal is only put in non-canonical, no-echo mode
/// for the wait, and put back before anything else is written (SIGTERM and SIGHUP too).
enum LoadingProgressLine {
    static let threshold = 4 * 1024 * 1024

    /// The loaded dataset, or nil when the file is small, not a regular file, or there is
    /// no terminal to show progress on (the caller then loads it as usual).
    static func loadIfBig(file: String, shown: String, format: DatasetFormat?) throws(DatasetLoadError)
        -> LoadedDataset?
    {
        guard isatty(STDIN_FILENO) == 1, isatty(STDERR_FILENO) == 1, file != DatasetLoader.standardInputPath else {
            return nil
        }
        var info = stat()
        guard stat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) >= threshold else {
            return nil
        }
        let total = Int(info.st_size)
        let progress = LoadProgress(totalBytes: total)
        let outcome = Outcome()
        guard KeyboardWait.begin() else { return nil }
        // The parser recurses once per nesting level (at most 64): a roomy stack.
        BackgroundThread.start(stackSize: 16 << 20) {
            do throws(DatasetLoadError) {
                let bytes = try DatasetLoader.readFile(file)
                outcome.finish(
                    .success(
                        try DatasetLoader.decode(
                            bytes: bytes, path: shown, format: format, progress: progress,
                            basemap: { BasemapLoad.standard.basemap })))
            } catch {
                outcome.finish(.failure(error))
            }
        }
        var quit = false
        while outcome.result == nil {
            write(line: text(progress.snapshot, total: total, shown: shown))
            if KeyboardWait.quitPressed(within: 0.1) {
                quit = true
                break
            }
        }
        write(line: nil)
        KeyboardWait.end()
        if quit { exit(0) }
        return try outcome.result!.get()
    }

    /// "Opening big.json (q quits): 45% of 190 MB, 412,000 events so far" (the file's
    /// name without its folders, so the line fits a narrow terminal).
    static func text(_ snapshot: (bytes: Int, events: Int), total: Int, shown: String) -> String {
        let name = URL(fileURLWithPath: shown).lastPathComponent
        let percent = total > 0 ? min(100, snapshot.bytes * 100 / total) : 0
        let megabytes = CFormat.string("%.0f", Double(total) / 1_048_576)
        let events = Self.grouped(snapshot.events)
        return TextSanitizer.visible(
            "Opening \(name) (q quits): \(percent)% of \(megabytes) MB, \(events) events so far")
    }

    /// Rewrites the one line (carriage return, the text, erase to the end); nil clears it.
    /// Kept shorter than the terminal is wide: a wrapped line could not be rewritten.
    private static func write(line: String?) {
        var size = winsize()
        let columns = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 1 ? Int(size.ws_col) - 1 : 79
        let bytes = "\r" + WordWrap.truncate(line ?? "", width: columns, unicode: false) + "\u{1B}[K"
        StandardStreams.writeError(bytes)
    }

    /// Where the loading thread leaves its result.
    final class Outcome: @unchecked Sendable {
        private let lock = ThreadLock()
        private var stored: Result<LoadedDataset, DatasetLoadError>?

        var result: Result<LoadedDataset, DatasetLoadError>? {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }

        func finish(_ result: Result<LoadedDataset, DatasetLoadError>) {
            lock.lock()
            stored = result
            lock.unlock()
        }
    }
}

/// The terminal in non-canonical, no-echo mode for the wait: a key arrives at once,
/// Ctrl-C as a byte rather than a signal, so every way out passes through `end()`.
/// SIGTERM and SIGHUP put the saved modes back before the process ends.
enum KeyboardWait {
    nonisolated(unsafe) private static var saved = termios()

    static func begin() -> Bool {
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return false }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        raw.c_cc.16 = 0  // VTIME: set per wait in quitPressed
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return false }
        for sig in [SIGTERM, SIGHUP] {
            signal(sig) { number in
                tcsetattr(STDIN_FILENO, TCSANOW, &KeyboardWait.saved)
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        return true
    }

    static func end() {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        signal(SIGTERM, SIG_DFL)
        signal(SIGHUP, SIG_DFL)
    }

    /// Waits up to `seconds` for a key; true for q, Q, Esc or Ctrl-C.
    static func quitPressed(within seconds: Double) -> Bool {
        var reading = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&reading, 1, Int32(seconds * 1000)) > 0 else { return false }
        var byte: UInt8 = 0
        guard read(STDIN_FILENO, &byte, 1) == 1 else { return false }
        return [UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x1B, 0x03].contains(byte)
    }
}

extension LoadingProgressLine {
    /// 1234567 as "1,234,567": the line is in English, whatever the locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (number < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
