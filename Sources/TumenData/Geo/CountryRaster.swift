import FoundationEssentials
import Glibc

/// The basemap's countries rasterised on a longitude/latitude grid: the ground a route leg
/// is routed over. Cells are about square on the ground (longitude steps widen with the
/// cosine of the box's middle latitude). Inside the basemap's region the regional layer
/// that suits the step is used, the world layer outside it, as the map does.
struct CountryRaster {
    let box: GeoBox
    let latitudeStep: Double
    let longitudeStep: Double
    let mask: LandMask
    /// The country codes `mask` numbers.
    let codes: [String]

    var columns: Int { mask.columns }
    var rows: Int { mask.rows }

    init(box: GeoBox, step: Double, basemap: Basemap) {
        let cosine = max(0.05, cos(box.centerLatitude * .pi / 180))
        latitudeStep = step
        longitudeStep = step / cosine
        let columns = max(1, Int((box.width / longitudeStep).rounded(.up)))
        let rows = max(1, Int((box.height / latitudeStep).rounded(.up)))
        self.box = GeoBox(
            west: box.west, south: box.north - Double(rows) * step,
            east: box.west + Double(columns) * longitudeStep, north: box.north)
        var mask = LandMask(columns: columns, rows: rows)
        var codes: [String] = []
        var numbers: [String: Int] = [:]
        let grid = self.box
        let regional = basemap.regionalLayer(forDegreesPerColumn: step, intersecting: grid)
        let (west, north, lonStep, latStep) = (grid.west, grid.north, longitudeStep, latitudeStep)
        func centre(_ column: Int, _ row: Int) -> (latitude: Double, longitude: Double) {
            (north - (Double(row) + 0.5) * latStep, west + (Double(column) + 0.5) * lonStep)
        }
        for (layer, inRegion) in [(regional, true), (basemap.worldLayer, false)] {
            guard let layer else { continue }
            let accept: (Int, Int) -> Bool = { column, row in
                let p = centre(column, row)
                return (regional?.bounds.contains(latitude: p.latitude, longitude: p.longitude) ?? false) == inRegion
            }
            for country in layer.countries {
                let rings = country.rings.filter { $0.bounds.intersects(grid) }.map { ring in
                    (0..<ring.count).map { i in
                        (x: (ring.longitudes[i] - west) / lonStep, y: (north - ring.latitudes[i]) / latStep)
                    }
                }
                guard !rings.isEmpty else { continue }
                let number =
                    numbers[country.code]
                    ?? {
                        codes.append(country.code)
                        numbers[country.code] = codes.count - 1
                        return codes.count - 1
                    }()
                mask.fill(rings: rings, country: number, accept: accept)
            }
        }
        self.mask = mask
        self.codes = codes
    }

    func code(column: Int, row: Int) -> String? {
        mask.country(column: column, row: row).map { codes[$0] }
    }

    /// The cell a point falls in, clamped to the grid.
    func cell(of point: GeoPoint) -> (column: Int, row: Int) {
        let column = Int(((point.longitude - box.west) / longitudeStep).rounded(.down))
        let row = Int(((box.north - point.latitude) / latitudeStep).rounded(.down))
        return (min(max(0, column), columns - 1), min(max(0, row), rows - 1))
    }

    func centre(column: Int, row: Int) -> GeoPoint {
        GeoPoint(
            latitude: box.north - (Double(row) + 0.5) * latitudeStep,
            longitude: box.west + (Double(column) + 0.5) * longitudeStep)
    }
}
