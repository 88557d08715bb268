import Foundation

/// Waits until `condition` holds, checking every `interval` seconds; false when `timeout`
/// seconds pass first. What the tests that watch another process (tmux, ssh, a server)
/// all need.
func poll(timeout: Double = 5, interval: Double = 0.05, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
        if condition() { return true }
        usleep(useconds_t(interval * 1_000_000))
    } while Date() < deadline
    return false
}
