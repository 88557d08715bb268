import TumenData
import TumenModel

/// How `tmux send-keys` spells each key of a script, so the interactive app can be
/// sent exactly the keys `tumen render` applies. Characters go literally (`-l`), so
/// `;`, `#` or `~` are never read as tmux key names.
enum TmuxKeys {
    enum Send: Equatable {
        /// `send-keys -l TEXT`
        case literal(String)
        /// `send-keys NAME`
        case named(String)
    }

    static func send(_ key: Key) -> Send? {
        switch key {
        case .character(let c): return .literal(String(c))
        case .control(let c): return .named("C-\(c)")
        case .enter: return .named("Enter")
        case .escape: return .named("Escape")
        case .tab: return .named("Tab")
        case .backTab: return .named("BTab")
        case .backspace: return .named("BSpace")
        case .delete: return .named("DC")
        case .insert: return .named("IC")
        case .up: return .named("Up")
        case .down: return .named("Down")
        case .left: return .named("Left")
        case .right: return .named("Right")
        case .home: return .named("Home")
        case .end: return .named("End")
        case .pageUp: return .named("PPage")
        case .pageDown: return .named("NPage")
        case .function(let n): return .named("F\(n)")
        case .mouse: return nil
        }
    }
}
