import TumenData
import TumenModel
import TumenRender

/// The interactive explorer: draw the state, wait for a key or a resize, apply it, and carry
/// out the effect the reducer returns (quit, present, suspend). Everything it decides is the
/// model's; everything it draws is RootView's; the terminal is anything that shows screens
/// and reads keys, so tests run it with a scripted one.
public enum ExplorerLoop {
    /// Runs until `q`. `p` presents every event from the selected one (PresenterLoop, its
    /// notes in `sync`) and comes back; Ctrl-Z suspends to the shell and repaints on `fg`.
    public static func run(
        _ state: inout ExplorerState, theme: Theme, terminal: some KeyScreenTerminal,
        context: RenderContext, dataPath: String,
        sync: NotesSync = NotesSync(directory: NotesSync.defaultDirectory()),
        clock: () -> Double = PresenterLoop.wallClock
    ) {
        while true {
            terminal.show(RootView.render(state, theme: theme, context: context))
            let effect: ExplorerEffect
            switch terminal.readInput(timeout: nil) {
            case .key(let key)?: effect = state.press(key)
            case .resize(let size)?: effect = state.apply(Action.resize(size))
            case nil: continue
            }
            switch effect {
            case .none: break
            case .quit: return
            case .present:
                PresenterLoop.presentFromExplorer(
                    &state, dataPath: dataPath, theme: theme, terminal: terminal,
                    context: context, sync: sync, clock: clock)
            case .suspend:
                terminal.suspend()
                state.apply(Action.resize(terminal.size))
            }
        }
    }
}
