import Foundation
import TumenData
import TumenFiles
import TumenModel
import TumenRender

/// The figures `tumen-bench` prints: for each dataset size, how long loading, the first
/// frame, one frame of each view and one key take, and the memory used.
enum Benchmarks {
    struct Row {
        var label: String
        var events: Int
        var loadMs: Double
        var firstFrameMs: Double
        var processMs: Double
        var peakMB: Double
        var frames: [(String, Double)]
        var keyMicroseconds: Double
        var searchMs: Double
        var filterMs: Double
    }

    /// The views timed, each at 80x24 and 200x60: the keys that open them.
    static let views: [(name: String, keys: String)] = [
        ("timeline", "jjjjj"), ("detail", "jjjjj<Enter>"), ("map", "m]]"),
    ]

    /// Runs every measurement on one dataset file. `firstFrame` comes from a fresh process
    /// (`tumen-bench first-frame FILE`), so memory and start-up are not those of this one.
    static func measure(label: String, path: String, runs: Int) throws -> Row {
        let loads = max(3, runs / 4)
        var dataset: Dataset?
        var failure: Error?
        let loadMs = Clock.medianMilliseconds(runs: loads) {
            do { dataset = try DatasetLoader.load(path: path).dataset } catch { failure = error }
        }
        guard let dataset else { throw BenchError("\(path) did not load: \(failure.map { "\($0)" } ?? "")") }
        let child = try FirstFrame.inFreshProcess(path: path)
        var frames: [(String, Double)] = []
        let theme = Theme.dark(unicode: true)
        let context = RenderContext(loadingBasemap: { .standard })
        for (width, height) in [(80, 24), (200, 60)] {
            for view in views {
                var state = ExplorerState(
                    dataset: dataset, size: Size(width: width, height: height), showContentNote: false)
                for step in try KeyNotation.parse(view.keys, source: "bench") { state.apply(step) }
                _ = RootView.render(state, theme: theme, context: context)  // warm: the basemap loads once
                let ms = Clock.medianMilliseconds(runs: runs) {
                    _ = RootView.render(state, theme: theme, context: context)
                }
                frames.append(("\(view.name) \(width)x\(height)", ms))
            }
        }
        // A frame with nothing kept from the last one, as after a zoom, a pan or a filter.
        var split = ExplorerState(dataset: dataset, size: Size(width: 200, height: 60), showContentNote: false)
        for step in try KeyNotation.parse(views[0].keys, source: "bench") { split.apply(step) }
        let cold = Clock.medianMilliseconds(runs: runs) {
            context.removeAllCaches()
            _ = RootView.render(split, theme: theme, context: context)
        }
        frames.append(("cold timeline 200x60", cold))
        let keyMicroseconds = try KeyScript.microsecondsPerKey(dataset: dataset, keys: 5_000)
        let searchMs = try KeyScript.milliseconds(for: "/the<Enter>", dataset: dataset, runs: max(3, runs / 3))
        let filterMs = try KeyScript.milliseconds(for: "f<Space><Esc>", dataset: dataset, runs: max(3, runs / 3))
        return Row(
            label: label, events: dataset.events.count, loadMs: loadMs, firstFrameMs: child.firstFrameMs,
            processMs: child.processMs, peakMB: child.peakMB, frames: frames, keyMicroseconds: keyMicroseconds,
            searchMs: searchMs, filterMs: filterMs)
    }

    static func table(_ rows: [Row]) -> String {
        var header = ["dataset", "events", "load ms", "first frame ms", "process ms", "peak MB"]
        header += rows.first?.frames.map { "\($0.0) ms" } ?? []
        header += ["per key µs", "search ms", "filter ms"]
        var lines = [header]
        for row in rows {
            var cells = [
                row.label, String(row.events), f(row.loadMs), f(row.firstFrameMs), f(row.processMs), f(row.peakMB),
            ]
            cells += row.frames.map { f($0.1) }
            cells += [f(row.keyMicroseconds), f(row.searchMs), f(row.filterMs)]
            lines.append(cells)
        }
        // Markdown, so the figures paste into docs/PERFORMANCE.md as they are.
        let rendered = lines.map { "| " + $0.joined(separator: " | ") + " |" }
        return ([rendered[0], "|" + String(repeating: " --- |", count: header.count)] + rendered.dropFirst()).joined(
            separator: "\n")
    }

    static func f(_ value: Double) -> String {
        value >= 100
            ? String(format: "%.0f", value)
            : value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }
}

/// Time per key for a long script of browsing keys (moving, paging, detail, zoom, the
/// map, help): every key pressed and the screen rendered, as the app does, at 100x30.
/// Search and filter, which look at every event once, are timed on their own.
enum KeyScript {
    static let pattern = "jjjkk<PageDown>jj<Enter>JJK<Esc>+jj+k--G<PageUp>gnnNm]]]+[k0-t<Tab><Tab>?<Esc>"

    /// Milliseconds from the first key of `keys` to the screen after the last, median.
    static func milliseconds(for keys: String, dataset: Dataset, runs: Int) throws -> Double {
        let steps = try KeyNotation.parse(keys, source: "bench")
        let base = ExplorerState(dataset: dataset, size: Size(width: 100, height: 30), showContentNote: false)
        let theme = Theme.dark(unicode: true)
        let context = RenderContext(loadingBasemap: { .standard })
        return Clock.medianMilliseconds(runs: runs) {
            var state = base
            for step in steps { state.apply(step) }
            _ = RootView.render(state, theme: theme, context: context)
        }
    }

    static func microsecondsPerKey(dataset: Dataset, keys count: Int) throws -> Double {
        let unit = try KeyNotation.parse(pattern, source: "bench")
        var state = ExplorerState(dataset: dataset, size: Size(width: 100, height: 30), showContentNote: false)
        let theme = Theme.dark(unicode: true)
        let context = RenderContext(loadingBasemap: { .standard })
        _ = RootView.render(state, theme: theme, context: context)
        let start = Clock.now()
        var done = 0
        while done < count {
            for step in unit where done < count {
                state.apply(step)
                _ = RootView.render(state, theme: theme, context: context)
                done += 1
            }
        }
        return (Clock.now() - start) * 1e6 / Double(count)
    }
}
