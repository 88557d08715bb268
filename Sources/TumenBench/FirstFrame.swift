import Foundation
import TumenModel
import TumenRender

/// The first full frame as the app reaches it: load the file, build the state, render
/// 80x24. Measured in a fresh process so the process's own start-up and peak memory
/// count, as they do for a user.
enum FirstFrame {
    struct Figures { var firstFrameMs: Double; var processMs: Double; var peakMB: Double }

    /// `tumen-bench first-frame FILE`: prints "FIRST_FRAME_MS PEAK_MB" and exits.
    static func runHere(path: String, started: Double) throws {
        let dataset = try DatasetLoader.load(path: path).dataset
        let state = ExplorerState(dataset: dataset, size: Size(width: 80, height: 24), showContentNote: false)
        let screen = RootView.render(state, theme: .dark(unicode: true))
        let ms = (Clock.now() - started) * 1000
        guard screen.text.contains("event 1 of") else { throw BenchError("the first frame is not the timeline") }
        print(String(format: "%.3f %.1f", ms, Clock.peakMegabytes()))
    }

    /// Spawns this executable with `first-frame` three times; medians of each figure.
    static func inFreshProcess(path: String, runs: Int = 3) throws -> Figures {
        var frames: [Double] = [], totals: [Double] = [], peaks: [Double] = []
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: BundledData.executablePath())
            process.arguments = ["first-frame", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            let start = Clock.now()
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            totals.append((Clock.now() - start) * 1000)
            let parts = String(decoding: output, as: UTF8.self).split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            guard process.terminationStatus == 0, parts.count == 2 else { throw BenchError("first-frame \(path) failed") }
            frames.append(parts[0])
            peaks.append(parts[1])
        }
        return Figures(firstFrameMs: Clock.median(frames), processMs: Clock.median(totals), peakMB: Clock.median(peaks))
    }
}
