import TumenData

/// What the map view draws, as one value: the dataset's places and routes, the viewport, and
/// what is selected. The explorer hands over its own (`ExplorerState.mapScene`, which the
/// reducer keeps caught up with the selection); the presenter builds one for a stage of a
/// lesson (`MapScene(presenting:in:)`). One map view draws both, and reads nothing else.
public struct MapScene: Sendable {
    public var dataset: Dataset
    /// The events `selected` and the stages' events are found in, in timeline order
    /// (`ExplorerState.events`); the presenter's map has none.
    public var events: [Event]
    /// Index into `events` of the selected event.
    public var selected: Int?
    public var viewport: MapViewport
    /// The presenter reveals a route stage by stage: with a 0-based stage index here, only
    /// the current route is drawn, up to that stage, and closed routes go unnamed.
    public var revealUpTo: Int?

    public init(dataset: Dataset, events: [Event], selected: Int?, viewport: MapViewport, revealUpTo: Int? = nil) {
        self.dataset = dataset
        self.events = events
        self.selected = selected
        self.viewport = viewport
        self.revealUpTo = revealUpTo
    }

    /// A lesson's route stage as the presenter shows it: the whole route in view from the
    /// first stage on, so the map keeps still while the route grows across it, and no event:
    /// the map of a stage shows places and routes only.
    public init(presenting stage: PresenterStep.StageInfo, in dataset: Dataset) {
        var places = dataset
        places.events = []
        let route = dataset.routes.first(where: { $0.id == stage.routeID })
        let points = (route?.stages ?? []).compactMap { stage in dataset.places.first(where: { $0.id == stage.place }) }
            .map { (latitude: $0.latitude, longitude: $0.longitude) }
        var viewport: MapViewport
        if let box = GeoBox(enclosing: points) {
            viewport = MapViewport(fitting: box, routeID: stage.routeID, stageIndex: stage.index)
        } else {
            viewport = MapViewport(fitting: places)
            viewport.routeID = stage.routeID
            viewport.stageIndex = stage.index
        }
        self.init(dataset: places, events: [], selected: nil, viewport: viewport, revealUpTo: stage.index)
    }

    /// The route the map is showing: the chosen one, else the dataset's first.
    public var route: Route? {
        dataset.routes.first(where: { $0.id == viewport.routeID }) ?? dataset.routes.first
    }

    /// The selected stage, if a stage is selected.
    public var selectedStage: RouteStage? {
        guard let route, let index = viewport.stageIndex, route.stages.indices.contains(index) else { return nil }
        return route.stages[index]
    }

    /// What the map and its panel describe. The reducer keeps `viewport.stageIndex` on the
    /// selected event's stage (MapReducer.followSelectedEvent clears it when the event has
    /// none), so a stage here is never a stale one left from an earlier selection.
    public var selection: MapSelection {
        if let route, let index = viewport.stageIndex, route.stages.indices.contains(index) {
            let eventID = route.stages[index].event
            let selectedID = selected.map { events[$0].id }
            let event = eventID.flatMap { id in
                selectedID == id ? selected : events.firstIndex(where: { $0.id == id })
            }
            return .stage(route: route, index: index, event: event)
        }
        if let selected {
            return .event(index: selected, places: events[selected].places.compactMap(place(withID:)))
        }
        return .nothing
    }

    /// The places the map marks as selected: the selected event's (or, for a stage that no
    /// event tells, the stage's own place).
    public var highlightedPlaceIDs: Set<String> {
        switch selection {
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
    public var highlightedCountries: [Place] {
        let ids = highlightedPlaceIDs
        return dataset.places.filter { $0.kind == .country && ids.contains($0.id) }
    }

    func place(withID id: String) -> Place? {
        dataset.places.first(where: { $0.id == id })
    }
}
