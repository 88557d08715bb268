import TumenData

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
    /// The map as the map view and the split view draw it: the viewport caught up with the
    /// selection (`shownMap`, kept by the reducer; the map as held when none is on screen).
    public var mapScene: MapScene {
        MapScene(dataset: dataset, events: events, selected: selected, viewport: shownMap)
    }

    /// The map as the state holds it, which map actions start from (the same as `mapScene`
    /// in the map view; in the timeline it waits until the user comes back).
    var heldMapScene: MapScene {
        MapScene(dataset: dataset, events: events, selected: selected, viewport: map)
    }

    /// The map's selection (MapScene.selection) on the map as the state holds it.
    public var mapSelection: MapSelection { heldMapScene.selection }

    /// The places the map marks as selected (MapScene.highlightedPlaceIDs).
    public var mapHighlightedPlaceIDs: Set<String> { heldMapScene.highlightedPlaceIDs }

    /// Country places the map shades (MapScene.highlightedCountries).
    public var mapHighlightedCountries: [Place] { heldMapScene.highlightedCountries }

    func place(withID id: String) -> Place? {
        dataset.places.first(where: { $0.id == id })
    }
}
