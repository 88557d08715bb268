// Compiled in one module with TumenModel's sources (scripts/fuzz.sh), so no import.

/// libFuzzer's entry point: the bytes are a dataset file. Every format is tried, and the
/// detection too; loading may fail (that is the point) but must never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in [nil] + DatasetFormat.allCases.map(Optional.some) {
        if let loaded = try? DatasetLoader.decode(bytes: bytes, path: "fuzz", format: format) {
            // A dataset that loads must also build an explorer state without trouble.
            _ = ExplorerState(dataset: loaded.dataset, size: Size(width: 80, height: 24))
        }
    }
    return 0
}
