/// A longitude/latitude rectangle in degrees. It does not wrap across the antimeridian:
/// the basemap and every dataset this project draws stay within -180…180.
public struct GeoBox: Sendable, Equatable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    public static let world = GeoBox(west: -180, south: -90, east: 180, north: 90)

    /// The smallest box holding all the points, or nil for none.
    public init?(enclosing points: [(latitude: Double, longitude: Double)]) {
        guard let first = points.first else { return nil }
        self.init(west: first.longitude, south: first.latitude, east: first.longitude, north: first.latitude)
        for point in points.dropFirst() {
            west = min(west, point.longitude)
            east = max(east, point.longitude)
            south = min(south, point.latitude)
            north = max(north, point.latitude)
        }
    }

    public var width: Double { east - west }
    public var height: Double { north - south }
    public var centerLongitude: Double { (west + east) / 2 }
    public var centerLatitude: Double { (south + north) / 2 }

    public func contains(latitude: Double, longitude: Double) -> Bool {
        longitude >= west && longitude <= east && latitude >= south && latitude <= north
    }

    public func intersects(_ other: GeoBox) -> Bool {
        other.east >= west && other.west <= east && other.north >= south && other.south <= north
    }

    /// True when `other` lies wholly inside this box.
    public func contains(_ other: GeoBox) -> Bool {
        other.west >= west && other.east <= east && other.south >= south && other.north <= north
    }
}
