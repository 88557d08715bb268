import Foundation

/// Timing and memory readings for the benchmarks: a monotonic clock, medians, and the
/// process's peak resident memory as the kernel counts it.
enum Clock {
    /// Seconds on a monotonic clock (not the wall clock, which may jump).
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Milliseconds one call of `body` takes: the median of `runs` calls.
    static func medianMilliseconds(runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = now()
            body()
            times.append((now() - start) * 1000)
        }
        return median(times)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Peak resident memory of this process so far, in megabytes: VmHWM from /proc.
    /// (getrusage's ru_maxrss survives exec, so a child spawned by a big parent would
    /// report the parent's peak.)
    static func peakMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = line.split(separator: " ").compactMap({ Double($0) }).first
        else { return 0 }
        return kilobytes / 1024
    }

    /// Resident memory now, in megabytes, from /proc (the peak cannot show it fall).
    static func currentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = status.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
