import TumenData
import TumenModel

/// A screen as plain text: one line per row, trailing spaces trimmed, wide
/// characters once. The form of golden files, `tumen render --format text` and
/// the committed screenshots/*.txt.
public enum ScreenTextWriter {
    public static func write(_ screen: Screen) -> String {
        screen.lines.map { line in
            // Screen.put sanitises what views write; cells set directly are checked here too.
            Screen.trimmingTrailingSpaces(TextSanitizer.visible(line)) + "\n"
        }.joined()
    }
}
