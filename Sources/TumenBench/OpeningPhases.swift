import Foundation
import TumenModel
import TumenRender

/// Where the time to open a file goes: each stage of `DatasetLoader.load` and of the
/// first frame timed on its own, median of several runs in this process. Used to
/// choose what to optimise (docs/PERFORMANCE.md, "Opening 100,000 events").
enum OpeningPhases {
    /// `tumen-bench phases FILE [--runs N]`: one line per stage, milliseconds.
    static func run(path: String, runs: Int) throws {
        var figures: [(String, [Double])] = []
        func record(_ name: String, _ ms: Double) {
            if let index = figures.firstIndex(where: { $0.0 == name }) { figures[index].1.append(ms) } else { figures.append((name, [ms])) }
        }
        for _ in 0..<max(1, runs) {
            var start = Clock.now()
            func lap(_ name: String) {
                let now = Clock.now()
                record(name, (now - start) * 1000)
                start = now
            }
            let bytes = try DatasetLoader.readFile(path)
            lap("read file")
            let root = try DatasetLoader.parseJSON(bytes: bytes, path: path)
            lap("parse JSON")
            let reader = JSONFieldReader()
            let dataset = TumenFormatDecoder.decode(root, reader: reader)
            lap("decode")
            let issues = DatasetValidator.validate(dataset, skipping: reader.invalidPaths)
            lap("validate")
            guard issues.isEmpty, reader.issues.isEmpty else { throw BenchError("\(path) has problems; run tumen validate") }
            withExtendedLifetime(root) {}
            lap("free JSON tree")
            let state = ExplorerState(dataset: consume dataset, size: Size(width: 80, height: 24), showContentNote: false)
            lap("explorer state")
            let screen = RootView.render(state, theme: .dark(unicode: true))
            lap("first frame 80x24")
            withExtendedLifetime((state, screen)) {}
        }
        // The fastest run too: on a busy machine it is the steadier figure.
        let total = figures.reduce(0) { $0 + Clock.median($1.1) }
        let fastestTotal = figures.reduce(0) { $0 + ($1.1.min() ?? 0) }
        func row(_ name: String, _ median: Double, _ fastest: Double) -> String {
            name.padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "%8.1f ms median %8.1f ms fastest", median, fastest)
        }
        for (name, times) in figures {
            print(row(name, Clock.median(times), times.min() ?? 0) + String(format: "  %4.1f%%", Clock.median(times) / total * 100))
        }
        print(row("total", total, fastestTotal))
    }
}
