import TumenData

/// Presenter mode's part of the one command table (`KeyBindings.commands` appends it).
/// Clickers for slides send Page Down / Page Up or the arrows, so those work too.
extension KeyBindings {
    static let presenterCommands: [Command] =
        [
            Command(
                [.character(" "), .right, .character("l"), .pageDown, .character("j"), .down],
                .presenter(.next), "next step", in: .presenter),
            Command(
                [.left, .character("h"), .pageUp, .character("k"), .up, .backspace],
                .presenter(.previous), "previous step", in: .presenter),
            Command([.character("g"), .home], .presenter(.first), "first step", in: .presenter),
            Command([.character("G"), .end], .presenter(.goToCountOrLast), "last step; 12G: step 12", in: .presenter),
            Command([.character("i")], .presenter(.openIndex), "index of steps", in: .presenter),
            Command([.character("t")], .presenter(.toggleTimer), "start or pause the clock", in: .presenter),
            Command([.character("r")], .presenter(.resetTimer), "reset the clock", in: .presenter),
            Command([.character("a")], .presenter(.toggleTour), "pause or resume the tour (--tour)", in: .presenter),
            Command([.character("?"), .function(1)], .presenter(.openHelp), "these keys", in: .presenter),
            Command([.character("q"), .control("c")], .presenter(.quit), "leave presenter mode", in: .presenter),
            Command([.control("z")], .presenter(.suspend), "suspend (fg to return)", in: .presenter),
            Command([.character("j"), .down], .presenter(.indexDown), "down", in: .presenterIndex),
            Command([.character("k"), .up], .presenter(.indexUp), "up", in: .presenterIndex),
            Command([.enter], .presenter(.indexPick), "go to this step", in: .presenterIndex),
            Command(
                [.escape, .character("i"), .character("q")], .presenter(.closeIndex), "close the index",
                in: .presenterIndex),
            Command([.control("c")], .presenter(.quit), "leave presenter mode", in: .presenterIndex),
        ]
        + (0...9).map { digit in
            Command(
                [.character(Character(String(digit)))], .presenter(.digit(digit)), "digits before G: a step number",
                in: .presenter)
        }

    /// The presenter action for a key in the current state, or nil if it means nothing there.
    public static func presenterAction(for key: Key, in state: PresenterState) -> PresenterAction? {
        let context: Command.Context = state.indexCursor == nil ? .presenter : .presenterIndex
        guard let command = commands.first(where: { $0.context == context && $0.keys.contains(key) }),
            case .presenter(let action) = command.action
        else { return nil }
        return action
    }
}
