/// Which country a point lies in, by the basemap's outlines (`Basemap.country(containing…)`:
/// the finest layer that covers the point first). Used to decide which countries a route
/// leg may pass through, and to check that the drawn legs keep to them.
public struct CountryLocator: Sendable {
    private let basemap: Basemap

    public init(basemap: Basemap) {
        self.basemap = basemap
    }

    /// The ADM0_A3 code of the country under the point, or nil at sea.
    public func country(at point: GeoPoint) -> String? {
        basemap.country(containingLatitude: point.latitude, longitude: point.longitude)?.code
    }
}
