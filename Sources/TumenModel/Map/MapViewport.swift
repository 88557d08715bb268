import TumenData

/// The part of the world the map view shows, and which route stage is selected.
///
/// The view shows at least `spanLongitude` × `spanLatitude` degrees around the centre; the
/// renderer fits that box into whatever rectangle it has (MapProjection), so the same
/// viewport works at 80×24, 200×60 and in the split view, and survives resizes.
public struct MapViewport: Sendable, Equatable {
    /// Centre of the view in degrees.
    public var centerLatitude: Double
    public var centerLongitude: Double
    /// Degrees of longitude and latitude that must fit in the view; smaller is closer.
    public var spanLongitude: Double
    public var spanLatitude: Double
    /// Route id and 0-based index of the selected stage on that route.
    public var routeID: String?
    public var stageIndex: Int?
    /// The event (index into `ExplorerState.events`) the map last moved to show. When the
    /// timeline's selection differs, the map catches up: on screen at once, and in the
    /// state with the next map action (MapReducer), so panning starts from what was shown.
    public var followedEvent: Int?

    /// The closest zoom: about 50 km across.
    public static let minimumSpan = 0.5

    public init(
        centerLatitude: Double = 30, centerLongitude: Double = 112.5, spanLongitude: Double = 45,
        spanLatitude: Double = 44, routeID: String? = nil, stageIndex: Int? = nil
    ) {
        self.centerLatitude = centerLatitude
        self.centerLongitude = centerLongitude
        self.spanLongitude = spanLongitude
        self.spanLatitude = spanLatitude
        self.routeID = routeID
        self.stageIndex = stageIndex
    }

    /// A view of `box` with a margin around it, so markers and labels at its edge stay inside.
    public init(fitting box: GeoBox, routeID: String? = nil, stageIndex: Int? = nil) {
        self.init(
            centerLatitude: box.centerLatitude, centerLongitude: box.centerLongitude,
            spanLongitude: max(Self.minimumSpan, box.width * 1.25 + 0.2),
            spanLatitude: max(Self.minimumSpan, box.height * 1.2 + 0.2),
            routeID: routeID, stageIndex: stageIndex
        )
    }

    /// The first view of a dataset: all its places, or the default region when it has none.
    public init(fitting dataset: Dataset) {
        if let box = GeoBox(enclosing: dataset.places.map { ($0.latitude, $0.longitude) }) {
            self.init(fitting: box)
        } else {
            self.init()
        }
    }

    /// The box the viewport promises to show (the screen may show more on one axis).
    public var box: GeoBox {
        GeoBox(
            west: centerLongitude - spanLongitude / 2, south: centerLatitude - spanLatitude / 2,
            east: centerLongitude + spanLongitude / 2, north: centerLatitude + spanLatitude / 2)
    }
}
