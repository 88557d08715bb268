// Compiled in one module with TumenModel's sources (scripts/fuzz.sh), so no import.

/// libFuzzer's entry point: the bytes (as UTF-8, repaired) are a key script. Parsing may
/// fail with a positioned error but must never crash; what parses is written back in
/// the notation and must parse again to the same steps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let steps = try? KeyNotation.parse(text, source: "fuzz") else { return 0 }
    let again = try? KeyNotation.parse(KeyNotation.notation(for: steps), source: "fuzz")
    if again != steps { fatalError("key notation does not round-trip: \(text.debugDescription)") }
    return 0
}
