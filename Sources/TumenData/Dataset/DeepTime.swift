import FoundationEssentials
import Glibc

/// Years a million or more before year 0, written as TimelineJS writes its cosmological
/// dates: "13.8 billion years ago", "4.54 billion years ago", "66 million years ago"
/// (three significant figures, trailing zeros dropped), and on the axis its compact
/// "12 bya", "500 mya". At that distance the two thousand years between year 0 and
/// today are below the rounding, so "before year 0" and "ago" agree. Later years keep
/// their ordinary form ("300000 BCE", "490 BCE", "1986").
public enum DeepTime {
    /// From here back, years are counted in millions or billions.
    public static let threshold = 1_000_000

    static let units: [(size: Double, word: String, compact: String)] = [
        (1_000_000_000, "billion", "bya"), (1_000_000, "million", "mya"),
    ]

    /// "13.8 billion years ago", or nil for a year after the threshold.
    public static func label(_ year: Int) -> String? {
        guard let (number, unit) = parts(year) else { return nil }
        return "\(number) \(unit.word) years ago"
    }

    /// "539–485 million years ago" when both ends share a unit; nil unless both are deep.
    public static func range(_ start: Int, _ end: Int) -> String? {
        guard let (first, firstUnit) = parts(start), let (last, lastUnit) = parts(end) else { return nil }
        if firstUnit.word == lastUnit.word { return "\(first)–\(last) \(firstUnit.word) years ago" }
        return "\(first) \(firstUnit.word)–\(last) \(lastUnit.word) years ago"
    }

    /// The axis's short form for labels `step` years apart: "12 bya", "540 mya", with the
    /// decimals that tell neighbours apart ("65.99 mya"); nil for a year after the
    /// threshold, or where the step is so fine that the plain year reads better.
    public static func compact(_ year: Int, step: Double) -> String? {
        guard year <= -threshold else { return nil }
        let magnitude = Double(year.magnitude)
        guard let unit = units.first(where: { magnitude >= $0.size }) else { return nil }
        var decimals = 0
        while decimals <= 3, step * pow(10, Double(decimals)) < unit.size * 0.999 { decimals += 1 }
        guard decimals <= 3 else { return nil }
        var text = CFormat.string("%.\(decimals)f", magnitude / unit.size)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return "\(text) \(unit.compact)"
    }

    private static func parts(_ year: Int) -> (String, (size: Double, word: String, compact: String))? {
        guard year <= -threshold else { return nil }
        let magnitude = Double(year.magnitude)
        for unit in units where magnitude >= unit.size {
            let value = magnitude / unit.size
            let text = number(value)
            // 999.96 million rounds to "1000": say "1 billion" instead.
            if text == "1000", unit.size < units[0].size { return ("1", units[0]) }
            return (text, unit)
        }
        return nil
    }

    /// Three significant figures, trailing zeros dropped: 13.8, 4.54, 539, 66, 20.
    static func number(_ value: Double) -> String {
        let decimals = value >= 99.95 ? 0 : value >= 9.995 ? 1 : 2
        var text = CFormat.string("%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
