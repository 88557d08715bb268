import FoundationEssentials
import Glibc
import TumenData
import TumenModel
import TumenTerminal

/// `tumen --screen-reader` (or TUMEN_SCREEN_READER=1): the explorer's model and key
/// table with no full-screen drawing. After each key it writes what changed as plain
/// lines (ScreenReader, in the model) and nothing else: no cursor movement, no clearing,
/// no colour. Keys come from the terminal in raw mode where standard input is one, else
/// as lines of standard input (ScreenReaderInput), so it runs with TERM=dumb, with output
/// to a pipe, and from a script.
enum ScreenReaderMode {
    /// The layout the model pages and scrolls by: a screen the reader never sees, of a
    /// fixed size so the same keys always say the same lines.
    static let size = Size(width: 80, height: 24)

    static func isRequested(flag: Bool, environment: [String: String]) -> Bool {
        flag || environment["TUMEN_SCREEN_READER"] == "1"
    }

    static func runExplorer(dataset: consuming Dataset, showContentNote: Bool, basemap: Basemap?) {
        var state = ExplorerState(dataset: dataset, size: size, showContentNote: showContentNote)
        let reader = ScreenReader(words: MapDescription(dataset: state.dataset, basemap: basemap))
        write(ScreenReaderLines.lines(ScreenReaderText.opening(state)))
        var quit = false
        if let keyboard = RawKeyboard.open() {
            defer { keyboard.close() }
            while !quit, let key = keyboard.readKey() {
                let (lines, effect) = reader.press(key, state: &state)
                write(lines)
                quit = carryOut(effect, state, keyboard: keyboard)
            }
            return
        }
        while !quit, let line = readLine(strippingNewline: true) {
            let keys: [Key]
            do {
                keys = try ScreenReaderInput.keys(line: line, searchPromptOpen: state.overlay == .searchPrompt)
            } catch {
                write(ScreenReaderLines.lines(["Not understood: \(error.message). ? lists the keys."]))
                continue
            }
            for (index, key) in keys.enumerated() where !quit {
                let wasTyping = state.overlay == .searchPrompt
                let (lines, effect) = reader.press(key, state: &state)
                // A search typed on one line is said once, with its result: the prompt and
                // each letter would only repeat the line the user just wrote.
                let typing = wasTyping && state.overlay == .searchPrompt || !wasTyping && state.overlay == .searchPrompt
                if typing && index < keys.count - 1 { continue }
                write(lines)
                quit = carryOut(effect, state, keyboard: nil)
            }
        }
    }

    /// What the explorer asks of its loop: suspend (with a keyboard to give back), and
    /// presenting, which is full-screen only (the announcement has said so). True to quit.
    private static func carryOut(_ effect: ExplorerEffect, _ state: ExplorerState, keyboard: RawKeyboard?) -> Bool {
        switch effect {
        case .quit: return true
        case .suspend:
            keyboard?.suspend()
            write(ScreenReaderLines.lines(["Back in Tumen. " + ScreenReaderText.eventLine(state)]))
        case .present, .none: break
        }
        return false
    }

    /// Lines to standard output at once (a speech synthesiser should not wait for a buffer).
    static func write(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        StandardStreams.write(lines.joined(separator: "\n") + "\n")
    }
}
