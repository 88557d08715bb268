import FoundationEssentials
import Glibc
import TumenData
import TumenModel

/// "|-----| 500 km": how far a stretch of the map is, at the view's centre latitude, with a
/// round length (1, 2 or 5 times a power of ten) that fits in the given columns.
struct ScaleBar: Equatable {
    let kilometres: Int
    let columns: Int

    var text: String { "|" + String(repeating: "-", count: max(1, columns - 2)) + "| \(kilometres) km" }

    init?(projection: MapProjection, maxColumns: Int) {
        let kilometresPerColumn = projection.degreesPerColumn * cos(projection.centerLatitude * .pi / 180) * 111.32
        guard kilometresPerColumn > 0, maxColumns >= 4 else { return nil }
        let longest = kilometresPerColumn * Double(maxColumns - 1)
        var best: Int?
        var power = 1
        while power <= 100_000 {
            for step in [1, 2, 5] where Double(step * power) <= longest { best = step * power }
            power *= 10
        }
        guard let best else { return nil }
        kilometres = best
        columns = Int((Double(best) / kilometresPerColumn).rounded()) + 1
        guard columns >= 3 else { return nil }
    }
}
