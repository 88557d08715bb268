import Foundation
import TumenData
import TumenFiles
import TumenModel
import TumenRender

/// The first full frame as the app reaches it: load the file, build the state, render
/// 80x24. Measured in a fresh process so the process's own start-up and peak memory
/// count, as they do for a user.
enum FirstFrame {
    struct Figures {
        var firstFrameMs: Double
        var processMs: Double
        var peakMB: Double
    }

    /// `tumen-bench first-frame FILE`: prints "FIRST_FRAME_MS PEAK_MB" and exits.
    static func runHere(path: String, started: Double) throws {
        let dataset = try DatasetLoader.load(path: path).dataset
        let state = ExplorerState(dataset: consume dataset, size: Size(width: 80, height: 24), showContentNote: false)
        let context = RenderContext(loadingBasemap: { .standard })
        let screen = RootView.render(state, theme: .dark(unicode: true), context: context)
        let ms = (Clock.now() - started) * 1000
        guard screen.text.contains("event 1 of") else { throw BenchError("the first frame is not the timeline") }
        print(String(format: "%.3f %.1f", ms, Clock.peakMegabytes()))
    }

    /// Spawns this executable with `first-frame` three times; medians of each figure.
    /// posix_spawn, not Foundation's Process, whose own set-up would be timed too.
    static func inFreshProcess(path: String, runs: Int = 3) throws -> Figures {
        var frames: [Double] = []
        var totals: [Double] = []
        var peaks: [Double] = []
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-bench-frame-\(getpid())").path
        defer { unlink(output) }
        let arguments = [BundledData.executablePath(), "first-frame", path]
        for _ in 0..<runs {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            var argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            let start = Clock.now()
            guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else {
                throw BenchError("cannot start \(arguments[0])")
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            totals.append((Clock.now() - start) * 1000)
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            let parts = text.split(separator: " ").compactMap {
                Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            guard status == 0, parts.count == 2 else { throw BenchError("first-frame \(path) failed") }
            frames.append(parts[0])
            peaks.append(parts[1])
        }
        return Figures(firstFrameMs: Clock.median(frames), processMs: Clock.median(totals), peakMB: Clock.median(peaks))
    }
}
