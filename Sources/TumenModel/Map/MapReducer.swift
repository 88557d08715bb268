import TumenData

extension ExplorerState {
    /// Applies a map action. Panning moves a quarter of the view; zoom halves or doubles it.
    mutating func applyMap(_ action: MapAction) {
        switch action {
        case .panLeft: map.centerLongitude = max(-180, map.centerLongitude - map.spanLongitude / 4)
        case .panRight: map.centerLongitude = min(180, map.centerLongitude + map.spanLongitude / 4)
        case .panUp: map.centerLatitude = min(85, map.centerLatitude + map.spanLatitude / 4)
        case .panDown: map.centerLatitude = max(-85, map.centerLatitude - map.spanLatitude / 4)
        case .zoomIn:
            let factor = max(0.5, MapViewport.minimumSpan / min(map.spanLongitude, map.spanLatitude))
            if factor < 1 { zoom(by: factor) }
        case .zoomOut:
            let factor = min(2, 360 / map.spanLongitude, 180 / map.spanLatitude)
            if factor > 1 { zoom(by: factor) }
        case .fit: fitRoute()
        case .nextStage: stepStage(by: 1)
        case .previousStage: stepStage(by: -1)
        case .nextEvent: moveSelection(by: 1)
        case .previousEvent: moveSelection(by: -1)
        }
    }

    /// The route the map is showing: the chosen one, else the dataset's first.
    public var mapRoute: Route? { heldMapScene.route }

    /// The selected stage's place, if a stage is selected.
    public var mapSelectedStage: RouteStage? { heldMapScene.selectedStage }

    /// Zooms about the selected stage when it is in view, so it stays where it is on screen
    /// (`]` then `+` `+` `+` closes in on that stage); about the centre otherwise.
    private mutating func zoom(by factor: Double) {
        if let stage = mapSelectedStage, let place = dataset.places.first(where: { $0.id == stage.place }),
            map.box.contains(latitude: place.latitude, longitude: place.longitude)
        {
            map.centerLatitude = place.latitude + (map.centerLatitude - place.latitude) * factor
            map.centerLongitude = place.longitude + (map.centerLongitude - place.longitude) * factor
        }
        map.spanLongitude *= factor
        map.spanLatitude *= factor
    }

    /// `0`: the whole route in view; without routes, all the places.
    private mutating func fitRoute() {
        let placeIDs = mapRoute.map { $0.stages.map(\.place) } ?? dataset.places.map(\.id)
        let points = placeIDs.compactMap { id in dataset.places.first(where: { $0.id == id }) }
            .map { (latitude: $0.latitude, longitude: $0.longitude) }
        guard let box = GeoBox(enclosing: points) else { return }
        map = MapViewport(fitting: box, routeID: map.routeID, stageIndex: map.stageIndex)
    }

    /// `]` `[`: the stage is chosen here, not worked out from its event, so a stage no event
    /// tells (Tumen city) can be selected too; its event, if it has one, becomes the selection.
    private mutating func stepStage(by delta: Int) {
        guard let route = mapRoute, !route.stages.isEmpty else { return }
        let next = min(max((map.stageIndex ?? -1) + delta, 0), route.stages.count - 1)
        if let eventID = route.stages[next].event, let index = events.firstIndex(where: { $0.id == eventID }),
            visiblePosition(of: index) != nil
        {
            select(index)
        }
        map.routeID = route.id
        map.stageIndex = next
        map.followedEvent = selected
        keepInSight(placeIDs: [route.stages[next].place])
    }

    /// Brings the map to the selected event when it differs from the one the map last
    /// followed; otherwise leaves zoom, pan and stage as the user left them. The reducer
    /// calls it after every action in the map view, so leaving for the timeline and coming
    /// back changes nothing unless the selection changed meanwhile.
    mutating func catchUpMap() {
        if selected != map.followedEvent { followSelectedEvent() }
    }

    /// After every action: the map view catches the map itself up; the split view shows the
    /// map under the timeline caught up (`shownMap`) without changing the map the user left.
    /// With no map on screen there is nothing to work out: the shown map is the map.
    mutating func catchUpShownMap() {
        if view == .map { catchUpMap() }
        shownMap = view == .map || ExplorerLayout.splitsMap(size) ? mapCaughtUp : map
    }

    /// `map` caught up with the selection, leaving `map` itself alone.
    private var mapCaughtUp: MapViewport {
        guard selected != map.followedEvent else { return map }
        var caughtUp = self
        caughtUp.followSelectedEvent()
        return caughtUp.map
    }

    /// Puts the map at `viewport` as if panned and zoomed there, to be caught up by the next
    /// action like any map the user left: for tests that start from a view keys reach slowly.
    mutating func moveMap(to viewport: MapViewport) {
        map = viewport
        shownMap = mapCaughtUp
    }

    /// After the selection moved: if the event tells a route stage, that stage becomes the
    /// selected one (on the route shown, if the event is a stage of it); if it tells none,
    /// no stage is selected, so the panel describes the event and no stale stage lingers.
    /// The map moves only if none of the event's places is in sight.
    mutating func followSelectedEvent() {
        map.followedEvent = selected
        selectStageOfSelectedEvent()
        if let event = selectedEvent { keepInSight(placeIDs: event.places) }
    }

    /// The selected event's stage becomes the map's stage, on the route shown if the event is
    /// a stage of it; an event that tells no stage leaves none selected. The first state uses
    /// it alone: its view already fits every place.
    mutating func selectStageOfSelectedEvent() {
        map.stageIndex = nil
        guard let event = selectedEvent else { return }
        let routes = dataset.routes.filter { $0.id == map.routeID } + dataset.routes.filter { $0.id != map.routeID }
        for route in routes {
            if let index = route.stages.firstIndex(where: { $0.event == event.id }) {
                map.routeID = route.id
                map.stageIndex = index
                return
            }
        }
    }

    /// Recentres on the first of the places when none of them is inside the inner part of
    /// the view (a tenth of the span in from each edge, so a marker never sits on the rim).
    private mutating func keepInSight(placeIDs: [String]) {
        let places = placeIDs.compactMap { id in dataset.places.first(where: { $0.id == id }) }
        guard let first = places.first else { return }
        let box = map.box
        let inner = GeoBox(
            west: box.west + box.width / 10, south: box.south + box.height / 10,
            east: box.east - box.width / 10, north: box.north - box.height / 10)
        if places.contains(where: { inner.contains(latitude: $0.latitude, longitude: $0.longitude) }) { return }
        map.centerLatitude = first.latitude
        map.centerLongitude = first.longitude
    }
}
