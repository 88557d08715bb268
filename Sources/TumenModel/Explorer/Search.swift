import TumenData

/// Search: `/` opens the prompt, Enter runs it, `n`/`N` step through the matches with
/// wrap-around. The selection is never lost: a search jumps to the first match at or
/// after it, and a search with no match leaves it where it was.
extension ExplorerState {
    mutating func applySearch(_ action: Action) {
        switch action {
        case .beginSearch:
            overlay = .searchPrompt
            search.draft = ""
        case .searchInput(let c):
            guard overlay == .searchPrompt else { return }
            search.draft.append(c)
        case .searchBackspace:
            guard overlay == .searchPrompt else { return }
            if !search.draft.isEmpty { search.draft.removeLast() }
        case .cancelSearch:
            if overlay == .searchPrompt { overlay = nil }
            search.draft = ""
        case .submitSearch:
            guard overlay == .searchPrompt else { return }
            overlay = nil
            let query = search.draft.trimmingSpaces()
            search = Search()
            search.query = query
            guard !query.isEmpty else { return }
            refreshMatches(jumpFrom: selected ?? 0)
        case .nextMatch: stepMatch(by: 1)
        case .previousMatch: stepMatch(by: -1)
        default: break
        }
    }

    /// Recomputes the matches among visible events (after a new query or a filter change)
    /// and makes the first match at or after `index` current, selecting it.
    mutating func refreshMatches(jumpFrom index: Int, select shouldSelect: Bool = true) {
        let folded = SearchFolding.fold(search.query)
        let placeMatches = SearchFolding.places(in: dataset, matchingFolded: folded)
        search.matches = visible.filter {
            SearchFolding.event(events[$0], matchesFolded: folded, placeMatches: placeMatches)
        }
        guard !search.matches.isEmpty else {
            search.current = nil
            return
        }
        let position = search.matches.firstIndex { $0 >= index } ?? 0
        search.current = position
        if shouldSelect { select(search.matches[position]) }
    }

    mutating func stepMatch(by delta: Int) {
        guard !search.matches.isEmpty else { return }
        let count = search.matches.count
        let next: Int
        if let current = search.current, search.matches[current] == selected {
            next = ((current + delta) % count + count) % count
        } else {
            // The user moved away from the match: step from where the selection is now.
            let here = selected ?? 0
            if delta > 0 {
                next = search.matches.firstIndex { $0 > here } ?? 0
            } else {
                next = search.matches.lastIndex { $0 < here } ?? (count - 1)
            }
        }
        search.current = next
        select(search.matches[next])
    }
}

extension ExplorerState.Search {
    /// True when a query has been submitted.
    public var isActive: Bool { !query.isEmpty }
}
