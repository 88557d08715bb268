/// The files built into the binary by scripts/embed-data.sh (EmbeddedData.swift), so an
/// installed `tumen` runs from anywhere: used when no data/tumen.json or basemap file is
/// found and no override ($TUMEN_DATA, --data, $TUMEN_BASEMAP) is given.
public enum EmbeddedFiles {
    /// data/tumen.json as it was when the binary was built: a copy of text that is
    /// already in the binary's read-only data, so it costs one memcpy.
    public static var dataset: [UInt8] {
        EmbeddedData.dataset.withUTF8Buffer { Array($0) }
    }
    /// data/basemap/basemap.bin as it was when the binary was built.
    public static var basemap: [UInt8] { Base64.decode(EmbeddedData.basemapBase64) }
}

/// A small standard base64 decoder (no Foundation, no allocation per character);
/// characters outside the alphabet are skipped, decoding stops at `=`.
public enum Base64 {
    public static func decode(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { decode(utf8: $0) }
    }

    /// Each byte's value in the alphabet; `skip` for characters outside it, `end` for `=`.
    private static let skip: UInt8 = 0xFF
    private static let end: UInt8 = 0xFE
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: skip, count: 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(value)
        }
        table[Int(UInt8(ascii: "="))] = end
        return table
    }()

    static func decode(utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count / 4 * 3)
        var accumulator: UInt32 = 0
        var bits = 0
        let values = Self.values
        for character in utf8 {
            let value = values[Int(character)]
            if value == end { return output }
            if value == skip { continue }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                accumulator &= (1 << UInt32(bits)) - 1
            }
        }
        return output
    }
}
