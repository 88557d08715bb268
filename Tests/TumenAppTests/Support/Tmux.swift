import Foundation
import XCTest

/// A private tmux server running one session, for end-to-end tests of the interactive
/// app: start it at a size with a shell, type and send keys, wait for text, read the
/// screen, resize, and always kill it afterwards. Each instance uses its own socket
/// (`tmux -L`), so tests never touch a user's tmux. `Tmux.start` throws `XCTSkip` when
/// tmux is not installed.
final class Tmux {
    let socket: String
    let session = "tumen"
    private var killed = false

    /// Starts a detached session of `width`x`height` running `sh` (no line editing, so
    /// the shell never fixes up terminal modes the app left behind), in `directory`.
    /// UTF-8 locale unless `environment` says otherwise; core dumps off.
    static func start(
        width: Int = 80, height: Int = 24, environment: [String: String] = [:],
        directory: URL = TumenBinary.packageRoot
    ) throws -> Tmux {
        guard let tmuxPath = executable else {
            throw XCTSkip("tmux is not installed; the end-to-end terminal tests need it")
        }
        _ = tmuxPath
        let tmux = Tmux(socket: "tumen-test-\(getpid())-\(UUID().uuidString.prefix(8))")
        var arguments = [
            "new-session", "-d", "-s", tmux.session, "-x", "\(width)", "-y", "\(height)",
            "-c", directory.path,
        ]
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PS1": "$ ", "NO_COLOR": ""]
        for (key, value) in environment { env[key] = value }
        for (key, value) in env.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments += ["sh"]
        try tmux.run(arguments)
        try tmux.run(["set-option", "-g", "remain-on-exit", "off"])
        tmux.type("ulimit -c 0")
        return tmux
    }

    private static let executable: String? = {
        for folder in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin"] {
            let path = folder + "/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    private init(socket: String) {
        self.socket = socket
    }

    deinit { kill() }

    /// Runs a tmux command on this server; returns its standard output.
    /// posix_spawn and waitpid, not Foundation's Process: the server that `new-session`
    /// starts inherits the client's descriptors, which leaves Process waiting forever.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)")
            .path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([Tmux.executable!, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, Tmux.executable!, &actions, nil, argv, environ) == 0 else {
            throw NSError(domain: "Tmux", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot start tmux"])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let data = FileManager.default.contents(atPath: outPath) ?? Data()
        guard status == 0 else {
            throw NSError(
                domain: "Tmux", code: Int(status),
                userInfo: [NSLocalizedDescriptionKey: "tmux \(arguments.joined(separator: " ")) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Types a command line into the shell and presses Enter.
    func type(_ line: String) {
        _ = try? run(["send-keys", "-t", session, "-l", line])
        _ = try? run(["send-keys", "-t", session, "Enter"])
    }

    /// Sends tmux key names (`Enter`, `C-c`, `Down`) or, with `literal`, text as typed.
    func send(_ keys: String..., literal: Bool = false) {
        _ = try? run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen, one string per row, trailing spaces trimmed.
    func capture() -> [String] {
        let text = (try? run(["capture-pane", "-p", "-t", session])) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            var line = Substring($0)
            while line.last == " " { line = line.dropLast() }
            return String(line)
        }
    }

    var screenText: String { capture().joined(separator: "\n") }

    /// A pane variable such as `cursor_flag`, `alternate_on`, `pane_width`.
    func paneVariable(_ name: String) -> String {
        ((try? run(["display-message", "-p", "-t", session, "#{\(name)}"])) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `condition` (polling every 30 ms); false on timeout.
    @discardableResult
    func waitFor(timeout: Double = 5, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(screenText) { return true }
            usleep(30_000)
        } while Date() < deadline
        return false
    }

    /// Waits until `text` appears on the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 5) -> Bool {
        waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen has not changed for `quiet` seconds.
    func waitUntilStable(quiet: Double = 0.2, timeout: Double = 5) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = screenText
        var since = Date()
        while Date() < deadline {
            usleep(30_000)
            let now = screenText
            if now != last {
                last = now
                since = Date()
            } else if Date().timeIntervalSince(since) >= quiet {
                return
            }
        }
    }

    func resize(width: Int, height: Int) {
        _ = try? run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Ends the server and everything running in it, and removes its socket file (tmux
    /// leaves it behind, one file in /tmp/tmux-UID per test otherwise). Safe to call twice.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? run(["kill-server"])
        // Where tmux puts a -L socket; the server may have ended already on its own.
        let directory = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(directory)/tmux-\(getuid())/\(socket)")
    }
}
