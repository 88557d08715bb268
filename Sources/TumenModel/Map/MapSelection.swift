/// What the map and its panel describe. Decided here, from the state, so the panel, the
/// markers and the shading cannot disagree with each other or with the status bar.
public enum MapSelection: Sendable, Equatable {
    /// A route stage: the one stepped to with `[` `]`, or the stage the selected event tells.
    /// `event` is the stage's event (index into `ExplorerState.events`), nil when the
    /// sources tell the stage without one.
    case stage(route: Route, index: Int, event: Int?)
    /// The selected event, which is no stage of any route: the panel names it and where it
    /// happened.
    case event(index: Int, places: [Place])
    /// No event is visible and no stage is chosen.
    case nothing
}

extension ExplorerState {
    /// The map's selection. The reducer keeps `map.stageIndex` on the selected event's stage
    /// (MapReducer.followSelectedEvent clears it when the event has none), so a stage here is
    /// never a stale one left from an earlier selection.
    public var mapSelection: MapSelection {
        if let route = mapRoute, let index = map.stageIndex, route.stages.indices.contains(index) {
            let eventID = route.stages[index].event
            let event = eventID.flatMap { id in selectedEvent?.id == id ? selected : events.firstIndex(where: { $0.id == id }) }
            return .stage(route: route, index: index, event: event)
        }
        if let selected {
            return .event(index: selected, places: events[selected].places.compactMap(place(withID:)))
        }
        return .nothing
    }

    /// The places the map marks as selected: the selected event's (or, for a stage that no
    /// event tells, the stage's own place).
    public var mapHighlightedPlaceIDs: Set<String> {
        switch mapSelection {
        case .stage(let route, let index, let event):
            if let event { return Set(events[event].places) }
            return [route.stages[index].place]
        case .event(let index, _):
            return Set(events[index].places)
        case .nothing:
            return []
        }
    }

    /// Places of kind `country` among the highlighted ones: an event about North Korea as a
    /// whole has no point to mark, so the map shades that country instead.
    public var mapHighlightedCountries: [Place] {
        let ids = mapHighlightedPlaceIDs
        return dataset.places.filter { $0.kind == .country && ids.contains($0.id) }
    }

    func place(withID id: String) -> Place? {
        dataset.places.first(where: { $0.id == id })
    }
}
