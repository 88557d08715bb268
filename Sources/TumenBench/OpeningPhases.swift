import Foundation
import TumenData
import TumenFiles
import TumenModel
import TumenRender

/// Where the time to open a file goes, median and fastest of several runs in this
/// process. First the stages as the app runs them; then the loader's own steps
/// timed apart, with the whole JSON tree built (as importers of other formats do),
/// to choose what to optimise (docs/PERFORMANCE.md, "Opening 100,000 events").
enum OpeningPhases {
    /// `tumen-bench phases FILE [--runs N]`: one line per stage, milliseconds.
    static func run(path: String, runs: Int) throws {
        var app = Laps()
        var loader = Laps()
        for _ in 0..<max(1, runs) {
            app.start()
            let bytes = try DatasetLoader.readFile(path)
            app.lap("read file")
            let dataset = try DatasetLoader.decode(bytes: bytes, path: path).dataset
            app.lap("parse, decode, check")
            let state = ExplorerState(
                dataset: consume dataset, size: Size(width: 80, height: 24), showContentNote: false)
            app.lap("explorer state")
            let context = RenderContext(loadingBasemap: { .standard })
            let screen = RootView.render(state, theme: .dark(unicode: true), context: context)
            app.lap("first frame 80x24")
            withExtendedLifetime((state, screen)) {}

            loader.start()
            let root = try DatasetLoader.parseJSON(bytes: bytes, path: path)
            loader.lap("parse to a tree")
            let reader = JSONFieldReader()
            let decoded = TumenFormatDecoder.decode(root, reader: reader)
            loader.lap("decode the tree")
            let issues = DatasetValidator.validate(decoded, skipping: reader.invalidPaths)
            loader.lap("check")
            guard issues.isEmpty, reader.issues.isEmpty else {
                throw BenchError("\(path) has problems; run tumen validate")
            }
            withExtendedLifetime(root) {}
            loader.lap("free the tree")
        }
        print("Opening \(path) as the app does (\(runs) runs):")
        app.print()
        print("The loader's steps apart, the whole tree built:")
        loader.print()
    }

    /// Named stages timed in order, run after run.
    struct Laps {
        private var figures: [(name: String, times: [Double])] = []
        private var last = 0.0

        mutating func start() { last = Clock.now() }

        mutating func lap(_ name: String) {
            let now = Clock.now()
            if let index = figures.firstIndex(where: { $0.name == name }) {
                figures[index].times.append((now - last) * 1000)
            } else {
                figures.append((name, [(now - last) * 1000]))
            }
            last = now
        }

        /// The fastest run too: on a busy machine it is the steadier figure.
        func print() {
            let total = figures.reduce(0) { $0 + Clock.median($1.times) }
            let fastestTotal = figures.reduce(0) { $0 + ($1.times.min() ?? 0) }
            func row(_ name: String, _ median: Double, _ fastest: Double) -> String {
                "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0)
                    + String(format: "%8.1f ms median %8.1f ms fastest", median, fastest)
            }
            for (name, times) in figures {
                Swift.print(
                    row(name, Clock.median(times), times.min() ?? 0)
                        + String(format: "  %4.1f%%", Clock.median(times) / total * 100))
            }
            Swift.print(row("total", total, fastestTotal))
        }
    }
}
