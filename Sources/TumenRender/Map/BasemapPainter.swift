import TumenData
import TumenModel

/// Rasterises the basemap for a map rectangle: which cells are land (and whose), and the
/// coastlines and borders through each cell. Inside the basemap's region it uses the regional
/// layer that suits the zoom; outside, the coarse world layer.
struct BasemapPainter {
    let projection: MapProjection

    /// What the map knows about each cell after painting, for the overlays drawn on top.
    struct Result {
        var land: LandMask
        var lines: LineRaster
        /// The countries `land` refers to by number.
        var countries: [BasemapCountry] = []
    }

    func rasterize(_ basemap: Basemap?) -> Result {
        let columns = projection.columns
        let rows = projection.rows
        var land = LandMask(columns: columns, rows: rows)
        var lines = LineRaster(columns: columns, rows: rows)
        guard let basemap else { return Result(land: land, lines: lines) }
        let view = projection.visibleBox
        let regional = basemap.regionalLayer(forDegreesPerColumn: projection.degreesPerColumn, intersecting: view)
        // Which layer owns each cell, by the cell centre's position.
        var regionalCells = [Bool](repeating: false, count: columns * rows)
        if let regional {
            for row in 0..<rows {
                for column in 0..<columns {
                    let p = projection.unproject(x: Double(column) + 0.5, y: Double(row) + 0.5)
                    regionalCells[row * columns + column] = regional.bounds.contains(
                        latitude: p.latitude, longitude: p.longitude)
                }
            }
        }
        let needsWorld = regional == nil || regionalCells.contains(false)
        var countries: [BasemapCountry] = []
        var numbers: [String: Int] = [:]
        for (layer, inRegion) in [(regional, true), (needsWorld ? basemap.worldLayer : nil, false)] {
            guard let layer else { continue }
            let accept: (Int, Int) -> Bool = { column, row in regionalCells[row * columns + column] == inRegion }
            draw(layer, view: view, land: &land, lines: &lines, accept: accept) { country in
                if let number = numbers[country.code] { return number }
                numbers[country.code] = countries.count
                countries.append(country)
                return countries.count - 1
            }
        }
        return Result(land: land, lines: lines, countries: countries)
    }

    private func draw(
        _ layer: BasemapLayer, view: GeoBox, land: inout LandMask, lines: inout LineRaster,
        accept: @escaping (Int, Int) -> Bool, number: (BasemapCountry) -> Int
    ) {
        let bounds = layer.bounds
        for country in layer.countries {
            var projected: [[(x: Double, y: Double)]] = []
            for ring in country.rings where ring.bounds.intersects(view) && isVisibleSize(ring) {
                var points: [(x: Double, y: Double)] = []
                points.reserveCapacity(ring.count)
                for i in 0..<ring.count {
                    points.append(projection.project(latitude: ring.latitudes[i], longitude: ring.longitudes[i]))
                }
                projected.append(points)
                for i in 0..<ring.count {
                    let j = i + 1 == ring.count ? 0 : i + 1
                    if Self.isClipEdge(ring, i, j, bounds) { continue }
                    lines.addSegment(points[i].x, points[i].y, points[j].x, points[j].y, accept: accept)
                }
            }
            if !projected.isEmpty { land.fill(rings: projected, country: number(country), accept: accept) }
        }
    }

    /// Islands smaller than about a cell would only scatter dots over the sea.
    private func isVisibleSize(_ ring: BasemapRing) -> Bool {
        let a = projection.project(latitude: ring.bounds.north, longitude: ring.bounds.west)
        let b = projection.project(latitude: ring.bounds.south, longitude: ring.bounds.east)
        return b.x - a.x >= 0.8 || b.y - a.y >= 0.5
    }

    /// An edge along the layer's clip box was made by clipping: not a real coast or border.
    static func isClipEdge(_ ring: BasemapRing, _ i: Int, _ j: Int, _ bounds: GeoBox) -> Bool {
        let epsilon = 1e-6
        let (x0, x1, y0, y1) = (ring.longitudes[i], ring.longitudes[j], ring.latitudes[i], ring.latitudes[j])
        func both(_ a: Double, _ b: Double, at edge: Double) -> Bool {
            abs(a - edge) < epsilon && abs(b - edge) < epsilon
        }
        return both(x0, x1, at: bounds.west) || both(x0, x1, at: bounds.east)
            || both(y0, y1, at: bounds.south) || both(y0, y1, at: bounds.north)
    }

    /// Braille lines for Unicode mode. A braille cell holds 2 × 4 dots, so the regional layer
    /// is chosen for half the degrees per column that `rasterize` uses.
    func brailleLines(_ basemap: Basemap?) -> BrailleRaster {
        var braille = BrailleRaster(columns: projection.columns, rows: projection.rows)
        guard let basemap else { return braille }
        let view = projection.visibleBox
        let regional = basemap.regionalLayer(forDegreesPerColumn: projection.degreesPerColumn / 2, intersecting: view)
        for (layer, inRegion) in [(regional, true), (basemap.worldLayer, false)] {
            guard let layer else { continue }
            for country in layer.countries {
                for ring in country.rings where ring.bounds.intersects(view) && isVisibleSize(ring) {
                    for i in 0..<ring.count {
                        let j = i + 1 == ring.count ? 0 : i + 1
                        if Self.isClipEdge(ring, i, j, layer.bounds) { continue }
                        let a = projection.project(latitude: ring.latitudes[i], longitude: ring.longitudes[i])
                        let b = projection.project(latitude: ring.latitudes[j], longitude: ring.longitudes[j])
                        braille.addSegment(a.x, a.y, b.x, b.y) { column, row in
                            let p = projection.unproject(x: Double(column) + 0.5, y: Double(row) + 0.5)
                            let inside =
                                regional?.bounds.contains(latitude: p.latitude, longitude: p.longitude) ?? false
                            return inside == inRegion
                        }
                    }
                }
            }
        }
        return braille
    }
}
