import Foundation
import TumenData
import TumenFiles
import TumenModel

// tumen-bench: figures for docs/PERFORMANCE.md, kept apart from the tests (timings
// depend on the machine; tests must not). Build in release:
//
//   swift run -c release tumen-bench                 # the table, all sizes
//   swift run -c release tumen-bench soak [--keys N] [--seed S] [--render-every N]
//   swift run -c release tumen-bench first-frame FILE
//   swift run -c release tumen-bench phases FILE [--runs N]   # where opening FILE spends its time
//   swift run -c release tumen-bench generate EVENTS FILE   # the generated datasets
let started = Clock.now()
let arguments = Array(CommandLine.arguments.dropFirst())

func option(_ name: String, default value: Int) -> Int {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let number = Int(arguments[index + 1])
    else { return value }
    return number
}

func bundledPath() throws -> String {
    guard let path = BundledData.path else { throw BenchError("data/tumen.json not found; run from the clone") }
    return path
}

do {
    // Options alone (`--runs 5 --up-to 10000`) mean the table.
    switch arguments.first.flatMap({ $0.hasPrefix("--") ? "table" : $0 }) {
    case "first-frame":
        guard arguments.count == 2 else { throw BenchError("usage: tumen-bench first-frame FILE") }
        try FirstFrame.runHere(path: arguments[1], started: started)
    case "phases":
        guard arguments.count >= 2 else { throw BenchError("usage: tumen-bench phases FILE [--runs N]") }
        try OpeningPhases.run(path: arguments[1], runs: option("--runs", default: 5))
    case "generate":
        guard arguments.count == 3, let count = Int(arguments[1]) else {
            throw BenchError("usage: tumen-bench generate EVENTS FILE")
        }
        try SyntheticDataset.write(events: count, basedOn: try bundledPath(), to: arguments[2])
    case "soak":
        let dataset = try DatasetLoader.load(path: try bundledPath()).dataset
        try Soak.run(
            dataset: dataset, keys: option("--keys", default: 1_000_000), seed: UInt64(option("--seed", default: 1)),
            renderEvery: max(1, option("--render-every", default: 1)))
    case nil, "table":
        let runs = option("--runs", default: 30)
        let bundled = try bundledPath()
        FileHandle.standardError.write(Data("measuring the bundled data\n".utf8))
        var rows = [try Benchmarks.measure(label: "bundled", path: bundled, runs: runs)]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let largest = option("--up-to", default: 100_000)
        for count in [1_000, 10_000, 100_000, 1_000_000] where count <= largest {
            let path = folder.appendingPathComponent("events-\(count).json").path
            try SyntheticDataset.write(events: count, basedOn: bundled, to: path)
            FileHandle.standardError.write(Data("measuring \(count) events\n".utf8))
            rows.append(
                try Benchmarks.measure(
                    label: "generated", path: path,
                    runs: count >= 1_000_000 ? 3 : count >= 100_000 ? max(5, runs / 3) : runs))
        }
        print(Benchmarks.table(rows))
    case let other?:
        throw BenchError("unknown subcommand \(other); use table, soak, first-frame, phases or generate")
    }
} catch {
    FileHandle.standardError.write(Data("tumen-bench: \(error)\n".utf8))
    exit(1)
}
