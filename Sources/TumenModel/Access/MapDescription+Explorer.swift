import TumenData

extension MapDescription {
    /// What the map shows in words for an explorer state: the selected stage, else the
    /// route as a whole. It describes the map as drawn (`ExplorerState.mapScene`), caught up
    /// with the selection; the map view and its `w` panel are where it is asked for.
    public func describe(_ state: ExplorerState) -> [String] {
        let scene = state.mapScene
        guard let route = scene.route else { return ["No routes in this dataset."] }
        if let index = scene.viewport.stageIndex, route.stages.indices.contains(index) {
            return stage(index, of: route)
        }
        return overview(of: route)
    }
}
