import TumenData

/// The classroom's part of the one command table (`KeyBindings.commands` appends it): the
/// keys of the choice screen, of following, and the one key the explorer gains over SSH.
extension KeyBindings {
    static let classroomCommands: [Command] = [
        Command([.character("f"), .character("F")], .classroom(.follow), "follow the teacher", in: .classroomChoice),
        Command([.character("e"), .character("E")], .classroom(.explore), "explore on your own", in: .classroomChoice),
        Command([.character("q"), .control("c")], .classroom(.leave), "leave", in: .classroomChoice),
        Command([.character("e"), .character("E")], .classroom(.explore), "explore on your own", in: .classroomFollow),
        Command([.character("q"), .control("c")], .classroom(.leave), "leave", in: .classroomFollow),
        Command([.character("F")], .classroom(.follow), "follow the teacher again", in: .classroomExplore),
    ]

    /// The classroom action for a key in this state, or nil when the key is not one of
    /// the classroom's (while exploring, such keys go to the explorer).
    public static func classroomAction(for key: Key, in state: ClassroomState) -> ClassroomAction? {
        let context: Command.Context
        switch state.mode {
        case .contentNote: return nil
        case .choosing: context = .classroomChoice
        case .following: context = .classroomFollow
        case .exploring:
            // While typing a search, F is a letter of it.
            guard state.explorer.overlay != .searchPrompt else { return nil }
            context = .classroomExplore
        }
        guard let command = commands.first(where: { $0.context == context && $0.keys.contains(key) }),
            case .classroom(let action) = command.action
        else { return nil }
        return action
    }
}
