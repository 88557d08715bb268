import TumenData

/// The one command table: which keys do what, in which context, and the help text.
/// Key dispatch, the help overlay and the README's key list all come from `commands`,
/// so they cannot disagree.
public struct Command: Sendable, Equatable {
    /// Where a command applies. Modal prompts (search input) are handled before the table.
    public enum Context: String, Sendable, Equatable {
        case everywhere, timeline, map, filterMenu
        /// Presenter mode, and its index of steps (PresenterKeys.swift).
        case presenter, presenterIndex
        /// A student over SSH (`tumen serve`): the choice screen, following the teacher,
        /// and the explorer's extra key (ClassroomKeys.swift).
        case classroomChoice, classroomFollow, classroomExplore
    }

    public var keys: [Key]
    public var action: Action
    public var context: Context
    /// Shown in help, e.g. "next event".
    public var help: String

    public init(_ keys: [Key], _ action: Action, _ help: String, in context: Context = .everywhere) {
        self.keys = keys
        self.action = action
        self.context = context
        self.help = help
    }
}

public enum KeyBindings {
    public static let commands: [Command] =
        [
            Command([.character("j"), .down], .nextEvent, "next event"),
            Command([.character("k"), .up], .previousEvent, "previous event"),
            Command([.character("g"), .home], .firstEvent, "first event"),
            Command([.character("G"), .end], .lastEvent, "last event"),
            Command([.pageDown], .pageDown, "down a screen"),
            Command([.pageUp], .pageUp, "up a screen"),
            Command([.enter], .toggleDetail, "open or close the detail"),
            Command([.escape], .escape, "close help, search, detail"),
            Command([.character("J"), .control("d")], .scrollDetailDown, "scroll the detail down"),
            Command([.character("K"), .control("u")], .scrollDetailUp, "scroll the detail up"),
            Command([.character("+"), .character("=")], .zoomIn, "zoom in"),
            Command([.character("-")], .zoomOut, "zoom out"),
            Command([.character("t")], .showTimeline, "timeline view"),
            Command([.character("m")], .showMap, "map view"),
            Command([.tab], .switchView, "switch view"),
            Command([.character("/")], .beginSearch, "search"),
            Command([.character("n")], .nextMatch, "next match"),
            Command([.character("N")], .previousMatch, "previous match"),
            Command([.character("f")], .openFilter, "filter categories"),
            Command([.character("?"), .function(1)], .toggleHelp, "help"),
            Command([.character("q"), .control("c")], .quit, "quit"),
            Command([.control("z")], .suspend, "suspend (fg to return)"),
            Command([.character("p")], .present, "present to a class"),
            // The filter menu (f): a checkbox per category.
            Command([.character("j"), .down], .filterCursorDown, "next category", in: .filterMenu),
            Command([.character("k"), .up], .filterCursorUp, "previous category", in: .filterMenu),
            Command(
                [.character(" "), .character("x")], .toggleCategoryAtCursor, "show or hide category", in: .filterMenu),
            Command([.character("c")], .clearFilter, "show all categories", in: .filterMenu),
            Command([.enter, .character("f")], .escape, "close the menu", in: .filterMenu),
            // The map view: arrows pan, +/- zoom the map, [ ] step through route stages.
            Command([.left], .map(.panLeft), "pan west", in: .map),
            Command([.right], .map(.panRight), "pan east", in: .map),
            Command([.up], .map(.panUp), "pan north", in: .map),
            Command([.down], .map(.panDown), "pan south", in: .map),
            Command([.character("+"), .character("=")], .map(.zoomIn), "zoom the map in", in: .map),
            Command([.character("-")], .map(.zoomOut), "zoom the map out", in: .map),
            Command([.character("0")], .map(.fit), "fit the whole route", in: .map),
            Command([.character("]")], .map(.nextStage), "next route stage", in: .map),
            Command([.character("[")], .map(.previousStage), "previous route stage", in: .map),
            Command([.character("j")], .map(.nextEvent), "next event, map follows", in: .map),
            Command([.character("k")], .map(.previousEvent), "previous, map follows", in: .map),
            Command([.character("w")], .toggleMapWords, "the map in words", in: .map),
        ] + presenterCommands + classroomCommands

    /// The action for a key in the current state, or nil if the key means nothing here.
    public static func action(for key: Key, in state: ExplorerState) -> Action? {
        if state.layout.tooSmall {
            // Nothing is drawn but the "enlarge the window" message: only quitting works,
            // so no key changes what the user cannot see.
            let quit = commands.first { $0.action == .quit && $0.context == .everywhere }
            return quit?.keys.contains(key) == true ? .quit : nil
        }
        if state.overlay == .contentNote { return .dismissContentNote }
        if case .mouse(let event) = key { return .mouse(event) }
        if state.overlay == .help {
            // Help covers the screen: quit still quits, any other key closes it.
            let quit = commands.first { $0.action == .quit && $0.context == .everywhere }
            return quit?.keys.contains(key) == true ? .quit : .toggleHelp
        }
        if state.overlay == .searchPrompt {
            switch key {
            case .enter: return .submitSearch
            case .escape: return .cancelSearch
            case .backspace: return .searchBackspace
            case .character(let c): return .searchInput(c)
            default: return nil
            }
        }
        let contexts: [Command.Context] = {
            if state.overlay == .filterMenu { return [.filterMenu, .everywhere] }
            return [state.view == .map ? .map : .timeline, .everywhere]
        }()
        for context in contexts {
            if let command = commands.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return command.action
            }
        }
        return nil
    }
}
