import FoundationEssentials
import Glibc
import TumenData

/// Equirectangular projection with longitudes scaled by cos(latitude of the view's centre),
/// fitted to a grid of character cells. A cell is about twice as tall as it is wide, so one
/// row covers twice the ground of one column; without that, shapes would be squashed.
///
/// Near the centre this is true to shape; across the whole region (8°N–52°N) it stretches
/// the north a little, which keeps the projection simple and exactly invertible.
public struct MapProjection: Sendable, Equatable {
    /// Height of a cell divided by its width.
    public static let cellAspect = 2.0

    public var centerLatitude: Double
    public var centerLongitude: Double
    /// Columns per degree of (cos-scaled) longitude; rows per degree latitude is this / cellAspect.
    public var columnsPerDegree: Double
    public var columns: Int
    public var rows: Int
    private var cosine: Double

    /// The largest scale at which the viewport's spans fit into `columns` × `rows`.
    public init(fitting viewport: MapViewport, columns: Int, rows: Int) {
        centerLatitude = viewport.centerLatitude
        centerLongitude = viewport.centerLongitude
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        cosine = max(0.05, cos(viewport.centerLatitude * .pi / 180))
        let byWidth = Double(self.columns) / max(1e-6, viewport.spanLongitude * cosine)
        let byHeight = Double(self.rows) * Self.cellAspect / max(1e-6, viewport.spanLatitude)
        columnsPerDegree = min(byWidth, byHeight)
    }

    /// Fractional cell coordinates: (0, 0) is the top-left corner of the top-left cell, so
    /// the cell holding a point is (floor(x), floor(y)).
    public func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        (
            Double(columns) / 2 + (longitude - centerLongitude) * cosine * columnsPerDegree,
            Double(rows) / 2 - (latitude - centerLatitude) * columnsPerDegree / Self.cellAspect
        )
    }

    public func unproject(x: Double, y: Double) -> (latitude: Double, longitude: Double) {
        (
            centerLatitude - (y - Double(rows) / 2) * Self.cellAspect / columnsPerDegree,
            centerLongitude + (x - Double(columns) / 2) / (cosine * columnsPerDegree)
        )
    }

    /// The cell a point falls in (may be outside the grid).
    public func cell(latitude: Double, longitude: Double) -> (column: Int, row: Int) {
        let p = project(latitude: latitude, longitude: longitude)
        return (Int(p.x.rounded(.down)), Int(p.y.rounded(.down)))
    }

    /// Degrees of longitude one column spans: what basemap detail the view needs.
    public var degreesPerColumn: Double { 1 / (cosine * columnsPerDegree) }

    /// The part of the earth the grid shows.
    public var visibleBox: GeoBox {
        let topLeft = unproject(x: 0, y: 0)
        let bottomRight = unproject(x: Double(columns), y: Double(rows))
        return GeoBox(
            west: topLeft.longitude, south: bottomRight.latitude,
            east: bottomRight.longitude, north: topLeft.latitude)
    }
}
