import TumenData
import TumenModel

/// Client-supplied text (a command, a user name) made safe for the server's log: control
/// characters shown, not obeyed, and long text cut.
enum ServeLog {
    static func visible(_ text: String, limit: Int) -> String {
        let shown = TextSanitizer.visible(text)
        return shown.count > limit ? String(shown.prefix(limit)) + "…" : shown
    }
}
