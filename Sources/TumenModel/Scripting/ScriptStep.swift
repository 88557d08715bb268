import TumenData

/// One step of a key script: a key press, or the terminal changing size.
public enum ScriptStep: Hashable, Sendable {
    case key(Key)
    case resize(Size)

    /// The step as a script writes it: `j`, `<Enter>`, `<Resize 120x40>`.
    public var notation: String {
        switch self {
        case .key(let key): return KeyNames.notation(for: key)
        case .resize(let size): return "<Resize \(size)>"
        }
    }
}

extension ExplorerState {
    /// Applies a script step the way the interactive app would: a key through the
    /// command table, a resize as the terminal's resize event.
    @discardableResult
    public mutating func apply(_ step: ScriptStep) -> ExplorerEffect {
        switch step {
        case .key(let key): press(key)
        case .resize(let size): apply(Action.resize(size))
        }
    }
}
