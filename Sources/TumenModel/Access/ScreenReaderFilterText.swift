import TumenData

/// What the screen-reader mode says in the category filter (`f`): the category under the
/// cursor with its count, what hiding or showing one leaves, and the count on closing.
enum ScreenReaderFilterText {
    static func opening(_ state: ExplorerState) -> String {
        let categories = state.dataset.categories
        guard !categories.isEmpty else { return "Filter: this dataset has no categories. Enter closes." }
        return "Filter: \(categories.count) categories, \(state.hiddenCategories.count) hidden. " + cursorLine(state)
            + " j and k move, Space shows or hides, c shows all, Enter closes."
    }

    /// "Border: shown, 12 events. Category 2 of 7."
    static func cursorLine(_ state: ExplorerState) -> String {
        let categories = state.dataset.categories
        guard categories.indices.contains(state.filterCursor) else { return "" }
        let category = categories[state.filterCursor]
        let count = state.events.reduce(0) { $0 + ($1.category == category.id ? 1 : 0) }
        let shown = state.hiddenCategories.contains(category.id) ? "hidden" : "shown"
        return "\(Spoken.line(category.name)): \(shown), \(count) event\(count == 1 ? "" : "s"). "
            + "Category \(state.filterCursor + 1) of \(categories.count)."
    }

    /// "Border hidden. 52 of 64 events shown." and, when the selection had to move, where to.
    static func change(from old: ExplorerState, to new: ExplorerState) -> String {
        guard old.hiddenCategories != new.hiddenCategories else { return cursorLine(new) }
        var text: String
        if new.hiddenCategories.isEmpty && old.hiddenCategories.count > 1 {
            text = "All categories shown: \(new.visible.count) events."
        } else {
            let name =
                new.dataset.categories.indices.contains(new.filterCursor)
                ? Spoken.line(new.dataset.categories[new.filterCursor].name) : "Category"
            let hidden = new.hiddenCategories.count > old.hiddenCategories.count
            text = "\(name) \(hidden ? "hidden" : "shown"). \(shownCount(new))"
        }
        if old.selected != new.selected { text += " Now at: " + ScreenReaderText.eventLine(new, hint: false) }
        return text
    }

    static func closing(_ state: ExplorerState) -> String {
        "Filter closed. \(shownCount(state)) " + ScreenReaderText.eventLine(state)
    }

    /// "52 of 64 events shown."
    static func shownCount(_ state: ExplorerState) -> String {
        "\(state.visible.count) of \(state.events.count) events shown."
    }
}
