/// The part of the world the map view shows, and which route stage is selected.
public struct MapViewport: Sendable, Equatable {
    /// Centre of the view in degrees.
    public var centerLatitude: Double
    public var centerLongitude: Double
    /// Degrees of longitude across the full width of the view; smaller is closer.
    public var spanLongitude: Double
    /// Route id and 0-based index of the selected stage on that route.
    public var routeID: String?
    public var stageIndex: Int?

    public init(centerLatitude: Double = 33, centerLongitude: Double = 113, spanLongitude: Double = 45,
                routeID: String? = nil, stageIndex: Int? = nil) {
        self.centerLatitude = centerLatitude
        self.centerLongitude = centerLongitude
        self.spanLongitude = spanLongitude
        self.routeID = routeID
        self.stageIndex = stageIndex
    }
}
