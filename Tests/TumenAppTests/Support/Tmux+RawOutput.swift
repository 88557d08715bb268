import Foundation

/// The raw bytes a program writes to the pane, before tmux interprets them: what a
/// screen reader or braille display would be sent. `tmux pipe-pane` copies them to a file.
extension Tmux {
    /// Starts copying the pane's output to `path` (from now on).
    func recordOutput(to path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        try run(["pipe-pane", "-t", session, "-o", "cat >> '\(path)'"])
    }

    /// Waits until the recorded bytes satisfy `condition`; false on timeout.
    func waitForOutput(at path: String, timeout: Double = 5, _ condition: (Data) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let data = FileManager.default.contents(atPath: path), condition(data) { return true }
            usleep(30_000)
        } while Date() < deadline
        return false
    }
}
