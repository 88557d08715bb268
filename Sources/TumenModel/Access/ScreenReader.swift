import TumenData

/// The screen-reader mode's voice: what changed between two explorer states, as
/// paragraphs in reading order. It is pure: the same two states (and the action between
/// them, which says why nothing changed when nothing did) always give the same words, so
/// a table of keys and expected lines tests it (ScreenReaderAnnouncementTests), and the
/// app's line-mode loop only writes what it returns.
public struct ScreenReader: Sendable {
    public let words: MapDescription

    public init(words: MapDescription) {
        self.words = words
    }

    /// A key pressed in `state`: looked up in the one key table, applied, and announced,
    /// as lines ready to write (`ScreenReaderLines`), with the effect for the loop.
    public func press(_ key: Key, state: inout ExplorerState) -> (lines: [String], effect: ExplorerEffect) {
        guard let action = KeyBindings.action(for: key, in: state) else {
            let line = "\(ScreenReaderHelp.spokenName(key)) does nothing here. ? lists the keys."
            return (ScreenReaderLines.lines([line]), .none)
        }
        let old = state
        let effect = state.apply(action)
        return (ScreenReaderLines.lines(announce(action, effect: effect, from: old, to: state)), effect)
    }

    /// The paragraphs that say what `action` changed from `old` to `new`, or what its
    /// effect is about to do.
    public func announce(
        _ action: Action?, effect: ExplorerEffect = .none, from old: ExplorerState,
        to new: ExplorerState
    ) -> [String] {
        switch effect {
        case .quit: return ["Goodbye."]
        case .present:
            return [
                "Presenting is full-screen only. To follow a presentation in words, run tumen notes --screen-reader."
            ]
        case .suspend: return ["Suspended. Type fg to come back."]
        case .none: break
        }
        if let overlay = overlayChange(action, from: old, to: new) { return overlay }

        var out: [String] = []
        if old.view != new.view {
            out.append(
                new.view == .map
                    ? ScreenReaderMapText.opening(new, words: words)
                    : "Timeline view. " + ScreenReaderText.eventLine(new))
            return out
        }
        if old.mapWordsOpen != new.mapWordsOpen {
            return new.mapWordsOpen ? ["The map in words:"] + words.describe(new) : ["The map in words is closed."]
        }
        if new.view == .map, let map = mapChange(action, from: old, to: new) { out.append(map) }
        if old.selected != new.selected {
            var line = ScreenReaderText.eventLine(new, detailsFollow: true)
            if case .nextMatch? = action, let current = new.search.current {
                line = "Match \(current + 1) of \(new.search.matches.count): " + line
            }
            if case .previousMatch? = action, let current = new.search.current {
                line = "Match \(current + 1) of \(new.search.matches.count): " + line
            }
            out.append(line)
            if new.detailOpen { out += ScreenReaderText.detail(new) }
        }
        if old.detailOpen != new.detailOpen {
            out += new.detailOpen ? ScreenReaderText.detail(new) : ["Details closed."]
        } else if old.detailScroll != new.detailScroll, new.detailOpen {
            let lines = new.detailLines(unicode: true)
            if lines.indices.contains(new.detailScroll) {
                out.append("Details, line \(new.detailScroll + 1) of \(lines.count): " + lines[new.detailScroll].text)
            }
        }
        if old.zoom != new.zoom {
            out.append("Timeline zoomed \(new.zoom > old.zoom ? "in" : "out"): by \(new.timeUnitName).")
        }
        if old.search != new.search && out.isEmpty, !new.search.isActive, old.search.isActive {
            out.append("Search cleared.")
        }
        if out.isEmpty { out.append(unchanged(action, new)) }
        return out
    }

    /// Help, search, the filter and the content note: what opening, using or closing one says.
    private func overlayChange(_ action: Action?, from old: ExplorerState, to new: ExplorerState) -> [String]? {
        switch (old.overlay, new.overlay) {
        case (.contentNote, let now) where now != .contentNote:
            return [new.view == .map ? ScreenReaderMapText.opening(new, words: words) : ScreenReaderText.eventLine(new)]
        case (let before, .help) where before != .help:
            return ScreenReaderHelp.lines()
        case (.help, let now) where now != .help:
            return ["Help closed. " + ScreenReaderText.eventLine(new)]
        case (let before, .searchPrompt) where before != .searchPrompt:
            return ["Search: type words, then Enter. Esc cancels."]
        case (.searchPrompt, .searchPrompt):
            return [new.search.draft.isEmpty ? "Search for: nothing typed yet." : "Search for: " + new.search.draft]
        case (.searchPrompt, _):
            // A search that moved the selection with the details open reads the new details.
            let moved = old.selected != new.selected && new.detailOpen
            return [searchResult(action, new, detailsFollow: moved)] + (moved ? ScreenReaderText.detail(new) : [])
        case (let before, .filterMenu) where before != .filterMenu:
            return [ScreenReaderFilterText.opening(new)]
        case (.filterMenu, .filterMenu):
            return [ScreenReaderFilterText.change(from: old, to: new)]
        case (.filterMenu, _):
            return [ScreenReaderFilterText.closing(new)]
        default:
            return nil
        }
    }

    /// Enter at the search prompt: how many matches, and the first one; or why there are none.
    private func searchResult(_ action: Action?, _ new: ExplorerState, detailsFollow: Bool) -> String {
        guard case .submitSearch? = action else { return "Search cancelled." }
        guard new.search.isActive else { return "Search cleared: nothing was typed." }
        let query = Spoken.line(new.search.query)
        let count = new.search.matches.count
        guard count > 0, let current = new.search.current else {
            return "No matches for \(query). " + ScreenReaderText.eventLine(new)
        }
        let which = current == 0 ? "First" : "Match \(current + 1)"
        return "\(count) match\(count == 1 ? "" : "es") for \(query). \(which): "
            + ScreenReaderText.eventLine(new, detailsFollow: detailsFollow)
            + (count > 1 ? " n for the next match." : "")
    }

    /// The map view after a map key: a new stage in words, or where a pan or zoom has left it.
    private func mapChange(_ action: Action?, from old: ExplorerState, to new: ExplorerState) -> String? {
        let before = ScreenReaderMapText.shown(old)
        let after = ScreenReaderMapText.shown(new)
        if (before.map.routeID, before.map.stageIndex) != (after.map.routeID, after.map.stageIndex),
            let route = after.mapRoute, let index = after.map.stageIndex
        {
            return words.stage(index, of: route).joined(separator: " ")
        }
        guard case .map(let mapAction)? = action else { return nil }
        let moved =
            before.map.centerLatitude != after.map.centerLatitude
            || before.map.centerLongitude != after.map.centerLongitude
            || before.map.spanLongitude != after.map.spanLongitude || before.map.spanLatitude != after.map.spanLatitude
        if moved, old.selected == new.selected { return ScreenReaderMapText.moved(mapAction, new) }
        if !moved, old.selected == new.selected { return ScreenReaderMapText.unchanged(mapAction, new) }
        return nil
    }

    /// A key that changed nothing: say why, so no key goes unanswered.
    private func unchanged(_ action: Action?, _ state: ExplorerState) -> String {
        switch action {
        case .nextEvent?, .lastEvent?, .pageDown?: return "No later event. " + ScreenReaderText.eventLine(state)
        case .previousEvent?, .firstEvent?, .pageUp?: return "No earlier event. " + ScreenReaderText.eventLine(state)
        case .scrollDetailDown?:
            return state.detailOpen ? "End of the details." : "The details are closed: Enter opens them."
        case .scrollDetailUp?:
            return state.detailOpen ? "Top of the details." : "The details are closed: Enter opens them."
        case .zoomIn?: return "The timeline is at its closest zoom, by \(state.timeUnitName)."
        case .zoomOut?: return "The timeline is at its widest zoom, by \(state.timeUnitName)."
        case .nextMatch?, .previousMatch?:
            if !state.search.isActive { return "No search yet: / starts one." }
            if state.search.matches.isEmpty { return "No matches for \(Spoken.line(state.search.query))." }
            return "The only match: " + ScreenReaderText.eventLine(state)
        case .escape?: return "Nothing to close."
        case .showTimeline?: return "Already in the timeline view. " + ScreenReaderText.eventLine(state)
        case .showMap?: return "Already in the map view."
        default: return "No change. " + ScreenReaderText.eventLine(state)
        }
    }
}
