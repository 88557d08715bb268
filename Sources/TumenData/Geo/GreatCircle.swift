import FoundationEssentials
import Glibc

/// Distances and directions on the earth, for describing a route in words: "45 km
/// north-east of Tumen, in a straight line". A sphere of the mean earth radius is close
/// enough for that (within half a percent of the ellipsoid), and needs no tables.
public enum GreatCircle {
    /// The IUGG mean earth radius.
    public static let earthRadiusKilometres = 6371.0088

    /// The great-circle ("straight-line") distance by the haversine formula, which stays
    /// accurate for the short legs (a few kilometres) where the law of cosines does not.
    public static func kilometres(from a: GeoPoint, to b: GeoPoint) -> Double {
        let φ1 = a.latitude * .pi / 180
        let φ2 = b.latitude * .pi / 180
        let Δφ = φ2 - φ1
        let Δλ = (b.longitude - a.longitude) * .pi / 180
        let h = sin(Δφ / 2) * sin(Δφ / 2) + cos(φ1) * cos(φ2) * sin(Δλ / 2) * sin(Δλ / 2)
        return 2 * earthRadiusKilometres * asin(min(1, h.squareRoot()))
    }

    /// The initial bearing from `a` towards `b`, in degrees clockwise from north, 0 ..< 360.
    public static func bearing(from a: GeoPoint, to b: GeoPoint) -> Double {
        let φ1 = a.latitude * .pi / 180
        let φ2 = b.latitude * .pi / 180
        let Δλ = (b.longitude - a.longitude) * .pi / 180
        let y = sin(Δλ) * cos(φ2)
        let x = cos(φ1) * sin(φ2) - sin(φ1) * cos(φ2) * cos(Δλ)
        let degrees = atan2(y, x) * 180 / .pi
        return (degrees + 360).truncatingRemainder(dividingBy: 360)
    }
}

/// The eight points of the compass, as a person says them. Eight, not sixteen: "north-
/// north-east" is harder to hear than it is precise, and the places are approximate anyway.
public enum CompassPoint: Int, Sendable, CaseIterable {
    case north, northEast, east, southEast, south, southWest, west, northWest

    /// The point whose 45° sector holds the bearing (north is 337.5° to 22.5°).
    public init(bearing: Double) {
        let normalised = (bearing.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
        self = CompassPoint(rawValue: Int((normalised + 22.5) / 45) % 8)!
    }

    public var name: String {
        switch self {
        case .north: "north"
        case .northEast: "north-east"
        case .east: "east"
        case .southEast: "south-east"
        case .south: "south"
        case .southWest: "south-west"
        case .west: "west"
        case .northWest: "north-west"
        }
    }
}
