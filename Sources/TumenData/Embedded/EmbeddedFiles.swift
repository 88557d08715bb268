/// The files built into the binary by scripts/embed-data.sh (EmbeddedData.swift), so an
/// installed `tumen` runs from anywhere: used when no data/tumen.json or basemap file is
/// found and no override ($TUMEN_DATA, --data, $TUMEN_BASEMAP) is given.
public enum EmbeddedFiles {
    /// data/tumen.json as it was when the binary was built.
    public static var dataset: [UInt8] { Base64.decode(EmbeddedData.datasetBase64) }
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

    static func decode(utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count / 4 * 3)
        var accumulator: UInt32 = 0
        var bits = 0
        for character in utf8 {
            let value: UInt32
            switch character {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(character - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(character - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(character - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): value = 62
            case UInt8(ascii: "/"): value = 63
            case UInt8(ascii: "="): return output
            default: continue
            }
            accumulator = accumulator << 6 | value
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
