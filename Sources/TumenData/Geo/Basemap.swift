/// Country outlines at several levels of detail, decoded from data/basemap/basemap.bin
/// (made by scripts/make-basemap.py from Natural Earth; format in data/basemap/README.md).
///
/// Region layers cover East and South-East Asia at three tolerances; the world layer covers
/// everything coarsely; the map draws the regional layer that suits its zoom inside the
/// region and the world layer outside it.
public struct Basemap: Sendable, Equatable {
    public var layers: [BasemapLayer]

    public init(layers: [BasemapLayer]) {
        self.layers = layers
    }

    /// The layer covering the whole world, drawn wherever no regional layer reaches.
    public var worldLayer: BasemapLayer? { layers.filter { $0.bounds == .world }.max { $0.tolerance < $1.tolerance } }

    /// The regional layer for a view: among those overlapping it, the coarsest whose
    /// simplification stays under about three quarters of a column (finer detail would only
    /// draw as noise between neighbouring cells), else the finest.
    public func regionalLayer(forDegreesPerColumn degreesPerColumn: Double, intersecting view: GeoBox) -> BasemapLayer?
    {
        let coarseToFine =
            layers
            .filter { $0.bounds != .world && $0.bounds.intersects(view) }
            .sorted { $0.tolerance > $1.tolerance }
        return coarseToFine.first(where: { $0.tolerance <= degreesPerColumn * 0.75 }) ?? coarseToFine.last
    }
}

/// One level of detail: a set of countries, each a set of closed rings.
public struct BasemapLayer: Sendable, Equatable {
    public var name: String
    /// The box the layer was clipped to. Ring edges lying on it were made by clipping
    /// and are not coastlines or borders, so they are not drawn.
    public var bounds: GeoBox
    /// Douglas-Peucker tolerance in degrees: no point moved further than this.
    public var tolerance: Double
    public var countries: [BasemapCountry]

    public init(name: String, bounds: GeoBox, tolerance: Double, countries: [BasemapCountry]) {
        self.name = name
        self.bounds = bounds
        self.tolerance = tolerance
        self.countries = countries
    }

    public var pointCount: Int { countries.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } } }
}

public struct BasemapCountry: Sendable, Equatable {
    /// Natural Earth's ADM0_A3 code, e.g. "PRK".
    public var code: String
    /// Short English name ("North Korea"), for the map's country labels.
    public var name: String
    /// Natural Earth's preferred label point.
    public var labelLatitude: Double
    public var labelLongitude: Double
    public var rings: [BasemapRing]

    public init(code: String, name: String, labelLatitude: Double, labelLongitude: Double, rings: [BasemapRing]) {
        self.code = code
        self.name = name
        self.labelLatitude = labelLatitude
        self.labelLongitude = labelLongitude
        self.rings = rings
    }
}

/// A closed ring (the last point joins the first), with its bounding box for quick culling.
public struct BasemapRing: Sendable, Equatable {
    public var longitudes: [Double]
    public var latitudes: [Double]
    public var bounds: GeoBox

    public init(longitudes: [Double], latitudes: [Double]) {
        self.longitudes = longitudes
        self.latitudes = latitudes
        bounds = GeoBox(
            west: longitudes.min() ?? 0, south: latitudes.min() ?? 0,
            east: longitudes.max() ?? 0, north: latitudes.max() ?? 0
        )
    }

    public var count: Int { longitudes.count }
}
