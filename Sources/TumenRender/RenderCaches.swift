/// What rendering keeps between frames: the basemap rasters (`BasemapRasterCache`), the
/// route legs (`RouteGeometryCache`), the country holding each place (`PlaceCountryCache`)
/// and where events fall on the timeline's lanes
/// (`TimelineLaneLayerCache`). Each returns exactly what drawing afresh would; emptying
/// them only makes the next frame slower.
public enum RenderCaches {
    /// Empties them all, so the next frame is drawn from nothing: `tumen-bench` times such
    /// a "cold" frame, as after a zoom, a pan or a filter.
    public static func removeAll() {
        BasemapRasterCache.shared.removeAll()
        TimelineLaneLayerCache.shared.removeAll()
        RouteGeometryCache.shared.removeAll()
        PlaceCountryCache.shared.removeAll()
    }
}
