/// Reads the basemap file format (data/basemap/README.md): a magic line, then layers of
/// countries of rings, coordinates as zigzag varint deltas on a per-layer grid.
public enum BasemapDecoder {
    public static let magic = Array("TUMENMAP1\n".utf8)

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { "byte \(offset): \(reason)" }
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> Basemap {
        var reader = ByteReader(bytes: bytes)
        guard bytes.starts(with: magic) else { throw Failure(offset: 0, reason: "not a Tumen basemap (bad magic)") }
        reader.offset = magic.count
        let layerCount = try reader.count(max: 64)
        var layers: [BasemapLayer] = []
        for _ in 0..<layerCount {
            let length = try reader.count(max: bytes.count)
            let end = reader.offset + length
            guard end <= bytes.count else {
                throw Failure(offset: reader.offset, reason: "layer runs past the end of the file")
            }
            layers.append(try decodeLayer(&reader))
            guard reader.offset == end else {
                throw Failure(offset: reader.offset, reason: "layer length does not match its content")
            }
        }
        guard reader.offset == bytes.count else {
            throw Failure(offset: reader.offset, reason: "unexpected bytes after the last layer")
        }
        return Basemap(layers: layers)
    }

    private static func decodeLayer(_ reader: inout ByteReader) throws(Failure) -> BasemapLayer {
        let name = try reader.string()
        let micro = 1_000_000.0
        let bounds = GeoBox(
            west: Double(try reader.signed()) / micro, south: Double(try reader.signed()) / micro,
            east: Double(try reader.signed()) / micro, north: Double(try reader.signed()) / micro
        )
        let tolerance = Double(try reader.unsigned()) / micro
        let step = Double(try reader.unsigned()) / micro
        guard step > 0 else { throw Failure(offset: reader.offset, reason: "layer \(name) has a zero grid step") }
        let countryCount = try reader.count(max: 10_000)
        var countries: [BasemapCountry] = []
        countries.reserveCapacity(countryCount)
        var x = 0
        var y = 0
        for _ in 0..<countryCount {
            let code = try reader.string()
            let name = try reader.string()
            let labelLongitude = Double(try reader.signed()) / micro
            let labelLatitude = Double(try reader.signed()) / micro
            let ringCount = try reader.count(max: 100_000)
            var rings: [BasemapRing] = []
            for _ in 0..<ringCount {
                let pointCount = try reader.count(max: reader.remaining)
                var longitudes = [Double]()
                var latitudes = [Double]()
                longitudes.reserveCapacity(pointCount)
                latitudes.reserveCapacity(pointCount)
                for _ in 0..<pointCount {
                    x += try reader.signed()
                    y += try reader.signed()
                    longitudes.append(Double(x) * step)
                    latitudes.append(Double(y) * step)
                }
                rings.append(BasemapRing(longitudes: longitudes, latitudes: latitudes))
            }
            countries.append(
                BasemapCountry(
                    code: code, name: name, labelLatitude: labelLatitude,
                    labelLongitude: labelLongitude, rings: rings))
        }
        return BasemapLayer(name: name, bounds: bounds, tolerance: tolerance, countries: countries)
    }
}

/// A cursor over the file's bytes; every read checks the end, so a truncated or corrupt
/// file is an error, never a crash.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    var remaining: Int { bytes.count - offset }

    mutating func unsigned() throws(BasemapDecoder.Failure) -> Int {
        var value = 0
        var shift = 0
        while true {
            guard offset < bytes.count else { throw .init(offset: offset, reason: "file ends inside a number") }
            guard shift < 63 else { throw .init(offset: offset, reason: "number too long") }
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
    }

    mutating func signed() throws(BasemapDecoder.Failure) -> Int {
        let raw = try unsigned()
        return raw & 1 == 0 ? raw >> 1 : -(raw >> 1) - 1
    }

    /// A count, checked against a limit so a corrupt count cannot ask for huge memory.
    mutating func count(max limit: Int) throws(BasemapDecoder.Failure) -> Int {
        let start = offset
        let value = try unsigned()
        guard value <= limit else { throw .init(offset: start, reason: "count \(value) is larger than possible here") }
        return value
    }

    mutating func string() throws(BasemapDecoder.Failure) -> String {
        let length = try count(max: 200)
        guard length <= remaining else { throw .init(offset: offset, reason: "file ends inside a name") }
        let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
        offset += length
        return text
    }
}
