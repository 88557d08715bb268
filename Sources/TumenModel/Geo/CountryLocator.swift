/// Which country a point lies in, by the basemap's outlines: the finest regional layer
/// inside its box, the world layer elsewhere. Used to decide which countries a route leg
/// may pass through, and to check that the drawn legs keep to them.
public struct CountryLocator: Sendable {
    private let layers: [BasemapLayer]

    public init(basemap: Basemap) {
        let regional = basemap.layers.filter { $0.bounds != .world }.sorted { $0.tolerance < $1.tolerance }
        layers = regional.prefix(1) + (basemap.worldLayer.map { [$0] } ?? [])
    }

    /// The ADM0_A3 code of the country under the point, or nil at sea.
    public func country(at point: GeoPoint) -> String? {
        guard let layer = layers.first(where: { $0.bounds.contains(latitude: point.latitude, longitude: point.longitude) })
        else { return nil }
        for country in layer.countries {
            var inside = false
            for ring in country.rings where ring.bounds.contains(latitude: point.latitude, longitude: point.longitude) {
                if Self.ring(ring, contains: point) { inside.toggle() }
            }
            if inside { return country.code }
        }
        return nil
    }

    /// Even-odd crossing test.
    static func ring(_ ring: BasemapRing, contains point: GeoPoint) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let (yi, yj) = (ring.latitudes[i], ring.latitudes[j])
            if (yi > point.latitude) != (yj > point.latitude) {
                let x = ring.longitudes[i] + (point.latitude - yi) / (yj - yi) * (ring.longitudes[j] - ring.longitudes[i])
                if point.longitude < x { inside.toggle() }
            }
            j = i
        }
        return inside
    }
}
