extension ExplorerState {
    /// Applies a map action. Panning moves a quarter of the view; zoom halves or doubles the span.
    mutating func applyMap(_ action: MapAction) {
        switch action {
        case .panLeft: map.centerLongitude -= map.spanLongitude / 4
        case .panRight: map.centerLongitude += map.spanLongitude / 4
        case .panUp: map.centerLatitude += map.spanLongitude / 8
        case .panDown: map.centerLatitude -= map.spanLongitude / 8
        case .zoomIn: map.spanLongitude = max(0.5, map.spanLongitude / 2)
        case .zoomOut: map.spanLongitude = min(360, map.spanLongitude * 2)
        case .fit: map = MapViewport(routeID: map.routeID, stageIndex: map.stageIndex)
        case .nextStage: stepStage(by: 1)
        case .previousStage: stepStage(by: -1)
        }
    }

    private mutating func stepStage(by delta: Int) {
        guard let route = dataset.routes.first(where: { $0.id == map.routeID }) ?? dataset.routes.first,
              !route.stages.isEmpty else { return }
        map.routeID = route.id
        let next = min(max((map.stageIndex ?? -1) + delta, 0), route.stages.count - 1)
        map.stageIndex = next
        if let eventID = route.stages[next].event { apply(.selectEvent(id: eventID)) }
    }
}
