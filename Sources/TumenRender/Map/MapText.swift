import TumenData
import TumenModel

/// Word wrapping for the map's panel: the one linear wrapper (`WordWrap`), after cutting
/// words too long for any panel to show (a 400 KB `data:` address in a story's text).
enum MapText {
    static func wrap(_ text: String, width: Int) -> [String] {
        WordWrap.lines(WordWrap.shorteningLongWords(text, unicode: false), width: width)
    }
}
