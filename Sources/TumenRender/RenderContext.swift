import FoundationEssentials
import TumenData
import TumenModel

/// Everything a frame is drawn with besides the state and the theme: the basemap and the
/// caches that carry work from one frame to the next. Whoever owns the frames builds one
/// and passes it to every render call (a command, a loop, one SSH connection, a test), so a
/// frame depends on its arguments alone: no view reads the disk or the environment, and no
/// cache is shared by code that did not choose to share it.
///
/// Each cache returns exactly what drawing afresh would (its entries hold what they were
/// worked out from), so sharing or emptying one changes how fast a frame is, never what it
/// shows.
public final class RenderContext: Sendable {
    /// The basemap, read the first time a frame needs it: a timeline frame never does, so
    /// opening on the timeline costs no basemap.
    public var basemap: BasemapLoad { loadedBasemap.value }
    private let loadedBasemap: LoadOnce<BasemapLoad>
    /// The basemap rasterised for the last few projections.
    let basemapRasters: BasemapRasterCache
    /// Where events fall on the timeline's lanes.
    let laneLayers: TimelineLaneLayerCache
    /// Route legs in longitude and latitude, per dataset and basemap.
    let routeGeometry: RouteGeometryCache
    /// The basemap country of each place, per dataset and basemap.
    let placeCountries: PlaceCountryCache

    /// A context with `basemap` already loaded.
    public convenience init(basemap: BasemapLoad) {
        self.init(loadingBasemap: { basemap })
    }

    /// A context that calls `load` once, when a frame first needs the basemap (a map, the
    /// presenter's map, the map in words). `knownRouteGeometry`: route legs worked out ahead
    /// of time, used when a frame needs the legs of the same routes over the same basemap.
    public convenience init(
        loadingBasemap load: @escaping @Sendable () -> BasemapLoad, knownRouteGeometry: KnownRouteGeometry? = nil
    ) {
        self.init(
            basemap: LoadOnce(load), routeGeometry: RouteGeometryCache(known: knownRouteGeometry),
            placeCountries: PlaceCountryCache())
    }

    private init(basemap: LoadOnce<BasemapLoad>, routeGeometry: RouteGeometryCache, placeCountries: PlaceCountryCache) {
        loadedBasemap = basemap
        basemapRasters = BasemapRasterCache()
        laneLayers = TimelineLaneLayerCache()
        self.routeGeometry = routeGeometry
        self.placeCountries = placeCountries
    }

    /// A context for another owner of frames (one SSH connection among many): the same
    /// basemap, and the same answers for the dataset's routes and places, which do not
    /// depend on what is on screen; its own rasters and lane layers, which do, so owners
    /// looking at different things do not push each other's entries out.
    public func forAnotherViewer() -> RenderContext {
        RenderContext(basemap: loadedBasemap, routeGeometry: routeGeometry, placeCountries: placeCountries)
    }

    /// Empties every cache, so the next frame is drawn from nothing: `tumen-bench` times such
    /// a "cold" frame, as after a zoom, a pan or a filter.
    public func removeAllCaches() {
        basemapRasters.removeAll()
        laneLayers.removeAll()
        routeGeometry.removeAll()
        placeCountries.removeAll()
    }
}

/// A value worked out by the first caller that asks for it, under a lock.
final class LoadOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = ThreadLock()
    private var load: (@Sendable () -> Value)?
    private var loaded: Value?

    init(_ load: @escaping @Sendable () -> Value) {
        self.load = load
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let value = load!()
        loaded = value
        load = nil
        return value
    }
}
