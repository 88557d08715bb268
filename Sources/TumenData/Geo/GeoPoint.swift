import FoundationEssentials
import Glibc

/// A point on the earth in degrees.
public struct GeoPoint: Sendable, Equatable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Distance in degrees of latitude, with longitude shrunk by the cosine of the mean
    /// latitude: good enough to compare ways across a region, not a geodesic.
    public func planarDistance(to other: GeoPoint) -> Double {
        let cosine = max(0.05, cos((latitude + other.latitude) / 2 * .pi / 180))
        let dx = (other.longitude - longitude) * cosine
        let dy = other.latitude - latitude
        return (dx * dx + dy * dy).squareRoot()
    }
}
