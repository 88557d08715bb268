import Foundation
import XCTest

/// `tumen serve` running in the background for a test, on a free port of the loopback,
/// with its host key and session files in the test's own folder. Its output goes to
/// files the test can read while it runs; `stop()` sends SIGTERM and waits.
final class ServeProcess {
    let process = Process()
    let folder: URL
    let outURL: URL
    let errURL: URL
    private(set) var port = 0

    /// The environment the server and the presenter share: their own state and runtime
    /// folders, so nothing of the user's is read or written.
    static func environment(folder: URL) -> [String: String] {
        [
            "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
            "XDG_RUNTIME_DIR": folder.appendingPathComponent("run").path,
        ]
    }

    init(arguments: [String], folder: URL) throws {
        self.folder = folder
        outURL = folder.appendingPathComponent("serve.out")
        errURL = folder.appendingPathComponent("serve.err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = TumenBinary.url
        process.arguments = ["serve", "--port", "0"] + arguments
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in Self.environment(folder: folder) { environment[key] = value }
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits for the banner and reads the port from it; false if the server did not start.
    func waitUntilListening(timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let match = stdout.firstMatch(of: /port (\d+)\./), let port = Int(match.1) {
                self.port = port
                return true
            }
            if !process.isRunning { return false }
            usleep(50_000)
        }
        return false
    }

    var stdout: String { String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self) }
    var stderr: String { String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self) }

    /// Waits until the log (standard error) contains `text`.
    @discardableResult
    func waitForLog(_ text: String, timeout: Double = 5) -> Bool {
        poll(timeout: timeout) { stderr.contains(text) }
    }

    /// SIGTERM, then the exit status (nil if it had to be killed).
    @discardableResult
    func stop(timeout: Double = 10) -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    deinit { stop() }
}

/// The OpenSSH client, as a student runs it: each test's own known_hosts file (first
/// connection accepts the key), no configuration of the user's, no agent.
enum OpenSSH {
    static let path: String? = ["/usr/bin/ssh", "/usr/local/bin/ssh"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func require() throws -> String {
        guard let path else { throw XCTSkip("the OpenSSH client is not installed (.ci/run installs openssh-client)") }
        return path
    }

    static func options(port: Int, folder: URL) -> [String] {
        [
            "-F", "/dev/null", "-p", String(port),
            "-o", "StrictHostKeyChecking=accept-new",
            "-o", "UserKnownHostsFile=" + folder.appendingPathComponent("known_hosts").path,
            "-o", "IdentityAgent=none", "-o", "ConnectTimeout=10",
        ]
    }

    /// A command line for a shell in tmux.
    static func commandLine(port: Int, folder: URL, extra: [String] = [], user: String = "class") -> String {
        let path = self.path ?? "ssh"
        return ([path] + options(port: port, folder: folder) + extra + ["\(user)@127.0.0.1"])
            .map { "'\($0)'" }.joined(separator: " ")
    }

    /// Runs ssh without a terminal (BatchMode: it never asks for anything); returns the
    /// exit status and what it printed on standard error.
    static func run(
        port: Int, folder: URL, extra: [String], command: [String] = [], timeout: Double = 20,
        environment: [String: String] = [:], stdinPath: String? = nil
    ) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try require())
        process.arguments = options(port: port, folder: folder) + extra + ["class@127.0.0.1"] + command
        var env = ProcessInfo.processInfo.environment
        env["SSH_AUTH_SOCK"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let errURL = folder.appendingPathComponent("ssh-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outURL = folder.appendingPathComponent("ssh-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardInput =
            try stdinPath.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        let text = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        return (process.terminationStatus, text)
    }
}
