import FoundationEssentials
import TumenData

/// What the screen-reader mode says about the map view as a whole: arriving in it, and
/// where a pan or a zoom has left it. A stage itself is described by `MapDescription`.
public enum ScreenReaderMapText {
    /// The map as the map view draws it: caught up with the timeline's selection (the
    /// reducer's `shownMap`).
    static func shown(_ state: ExplorerState) -> ExplorerState {
        var state = state
        state.map = state.shownMap
        return state
    }

    /// `m`: the route, the selected stage if there is one, and how to go on.
    static func opening(_ state: ExplorerState, words: MapDescription) -> String {
        let state = shown(state)
        guard let route = state.mapRoute else { return "Map view. No routes in this dataset. " + inView(state) }
        var parts = ["Map view.", words.overview(of: route)[0]]
        if let index = state.map.stageIndex, route.stages.indices.contains(index) {
            parts += words.stage(index, of: route)
        } else {
            parts.append("] and [ step through the stages; w reads the whole route.")
        }
        return parts.joined(separator: " ")
    }

    /// "About 450 km across." The width the viewport promises, along its centre line.
    static func across(_ state: ExplorerState) -> String {
        let box = state.map.box
        let middle = (box.south + box.north) / 2
        let kilometres = GreatCircle.kilometres(
            from: GeoPoint(latitude: middle, longitude: box.west),
            to: GeoPoint(latitude: middle, longitude: box.east))
        return "About \(MapDescription.distanceText(max(1, kilometres))) across."
    }

    /// "In view: Yanji, Tumen, Kunming and 5 more places." The most important places first.
    static func inView(_ state: ExplorerState, limit: Int = 5) -> String {
        let box = state.map.box
        let places = state.dataset.places
            .filter { box.contains(latitude: $0.latitude, longitude: $0.longitude) }
            .sorted { $0.importance != $1.importance ? $0.importance > $1.importance : $0.name < $1.name }
        guard !places.isEmpty else { return "No places in view." }
        var names = places.prefix(limit).map { Spoken.line($0.name) }
        if places.count > limit {
            names.append("\(places.count - limit) more place\(places.count - limit == 1 ? "" : "s")")
        }
        return "In view: " + Spoken.list(names) + "."
    }

    /// After a zoom or a pan: which way, how wide, and what is in view.
    static func moved(_ action: MapAction, _ state: ExplorerState) -> String {
        let state = shown(state)
        let what: String
        switch action {
        case .zoomIn: what = "Map zoomed in."
        case .zoomOut: what = "Map zoomed out."
        case .panLeft: what = "Map moved west."
        case .panRight: what = "Map moved east."
        case .panUp: what = "Map moved north."
        case .panDown: what = "Map moved south."
        case .fit: what = "The whole route in view."
        default: what = "Map moved."
        }
        return [what, across(state), inView(state)].joined(separator: " ")
    }

    /// A map key that changed nothing: why not.
    static func unchanged(_ action: MapAction, _ state: ExplorerState) -> String {
        let state = shown(state)
        let count = state.mapRoute?.stages.count ?? 0
        switch action {
        case .zoomIn: return "The map is at its closest zoom. " + across(state)
        case .zoomOut: return "The map cannot zoom out further. " + across(state)
        case .panLeft, .panRight, .panUp, .panDown: return "The map cannot move further that way."
        case .fit: return "The whole route is already in view."
        case .nextStage:
            return count == 0 ? "No routes in this dataset." : "Already at the last stage, \(count) of \(count)."
        case .previousStage:
            return count == 0 ? "No routes in this dataset." : "Already at the first stage, 1 of \(count)."
        case .nextEvent: return "No later event. " + ScreenReaderText.eventLine(state)
        case .previousEvent: return "No earlier event. " + ScreenReaderText.eventLine(state)
        }
    }
}
