import Foundation
import XCTest

/// What `tumen serve` must not do, tried with the real OpenSSH client on the loopback:
/// run a command, start sftp, forward ports either way, take other environment variables,
/// let a wrong password in, or use a host key file that is not its own. Each refusal is
/// seen by the client and logged by the server.
final class ServeRefusalTests: XCTestCase {
    private var folder: ScratchFolder!
    private var server: ServeProcess?

    override func setUpWithError() throws {
        _ = try OpenSSH.require()
        folder = try ScratchFolder("serve-refusals")
    }

    override func tearDown() {
        server?.stop()
        folder?.remove()
    }

    private func startServer(_ arguments: [String] = []) throws -> ServeProcess {
        let server = try ServeProcess(arguments: arguments, folder: folder.url)
        self.server = server
        XCTAssertTrue(server.waitUntilListening(), "serve did not start:\n\(server.stdout)\n\(server.stderr)")
        return server
    }

    func testCommandsSubsystemsForwardingAndEnvironmentAreRefusedAndLogged() throws {
        let server = try startServer()
        let batch = ["-o", "BatchMode=yes"]

        let exec = try OpenSSH.run(port: server.port, folder: folder.url, extra: batch, command: ["ls", "/"])
        XCTAssertNotEqual(exec.status, 0)
        XCTAssertTrue(exec.stderr.contains("exec request failed"), exec.stderr)
        XCTAssertTrue(server.waitForLog("refused command \"ls /\" from 127.0.0.1:"), server.stderr)

        let sftp = try OpenSSH.run(port: server.port, folder: folder.url, extra: batch + ["-s"], command: ["sftp"])
        XCTAssertNotEqual(sftp.status, 0)
        XCTAssertTrue(sftp.stderr.contains("subsystem request failed"), sftp.stderr)
        XCTAssertTrue(server.waitForLog("refused subsystem sftp"), server.stderr)

        let remote = try OpenSSH.run(
            port: server.port, folder: folder.url,
            extra: batch + ["-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:9"])
        XCTAssertNotEqual(remote.status, 0)
        XCTAssertTrue(remote.stderr.contains("remote port forwarding failed"), remote.stderr)
        XCTAssertTrue(server.waitForLog("refused remote port forwarding"), server.stderr)

        // -L: the client listens; the server refuses the channel when something connects.
        let local = try localForwardAttempt(port: server.port)
        XCTAssertTrue(local.contains("open failed"), local)
        XCTAssertTrue(server.waitForLog("refused port forwarding to 127.0.0.1:9"), server.stderr)

        _ = try OpenSSH.run(
            port: server.port, folder: folder.url, extra: batch + ["-tt", "-o", "SendEnv=TUMEN_PROBE"],
            timeout: 3, environment: ["TUMEN_PROBE": "1"])
        XCTAssertTrue(server.waitForLog("refused environment variable TUMEN_PROBE"), server.stderr)
        XCTAssertFalse(server.stderr.contains("refused environment variable TERM"), server.stderr)
    }

    func testAWrongPasswordIsRefusedAfterADelayAndTheRightOneLetsIn() throws {
        let server = try startServer(["--password", "sesame"])
        func attempt(_ word: String) throws -> (status: Int32, stderr: String, seconds: Double) {
            let askpass = try folder.write("askpass-\(word).sh", "#!/bin/sh\necho '\(word)'\n")
            chmod(askpass, 0o700)
            let started = Date()
            let result = try OpenSSH.run(
                port: server.port, folder: folder.url,
                extra: ["-T", "-o", "NumberOfPasswordPrompts=1", "-o", "PreferredAuthentications=password"],
                environment: ["SSH_ASKPASS": askpass, "SSH_ASKPASS_REQUIRE": "force", "DISPLAY": ":0"])
            return (result.status, result.stderr, Date().timeIntervalSince(started))
        }
        let wrong = try attempt("open")
        XCTAssertEqual(wrong.status, 255)
        XCTAssertTrue(wrong.stderr.contains("Permission denied"), wrong.stderr)
        XCTAssertGreaterThanOrEqual(wrong.seconds, 1.0, "a failure is answered only after a delay")
        XCTAssertTrue(server.waitForLog("wrong password from 127.0.0.1:"), server.stderr)

        // The right one logs in; without a terminal (-T) the session is then refused politely.
        let right = try attempt("sesame")
        XCTAssertFalse(right.stderr.contains("Permission denied"), right.stderr)
        XCTAssertTrue(server.waitForLog("refused a session without a terminal"), server.stderr)
    }

    func testTheHostKeyIsMadeOnceKeptPrivateAndNeverOverwritten() throws {
        let first = try startServer()
        let fingerprint = try XCTUnwrap(first.stdout.firstMatch(of: /Host key (SHA256:\S+)/)?.1)
        XCTAssertTrue(first.stdout.contains("made just now"), first.stdout)
        XCTAssertEqual(first.stop(), 0)
        let keyPath = folder.url.appendingPathComponent("state/tumen/host-key-ed25519").path
        let attributes = try FileManager.default.attributesOfItem(atPath: keyPath)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let folderAttributes = try FileManager.default.attributesOfItem(
            atPath: folder.url.appendingPathComponent("state/tumen").path)
        XCTAssertEqual((folderAttributes[.posixPermissions] as? NSNumber)?.intValue, 0o700)

        // ssh-keygen agrees with the fingerprint printed for students.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") {
            let keygen = try ProcessOutput.run("/usr/bin/ssh-keygen", ["-l", "-f", keyPath + ".pub"])
            XCTAssertTrue(keygen.contains(String(fingerprint)), "\(keygen) vs \(fingerprint)")
        }

        let second = try startServer()
        XCTAssertTrue(
            second.stdout.contains("Host key \(fingerprint) (ED25519); students"), "the same key:\n\(second.stdout)")
        XCTAssertEqual(second.stop(), 0)

        let original = try Data(contentsOf: URL(fileURLWithPath: keyPath))
        // Readable by others: refused, left as it is.
        chmod(keyPath, 0o644)
        var refused = try TumenBinary.run(
            ["serve", "--port", "0"], environment: ServeProcess.environment(folder: folder.url))
        XCTAssertEqual(refused.status, 78, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("can be read by other users (mode 644)"), refused.stderr)
        chmod(keyPath, 0o600)
        // Changed (another key, or damaged): refused, not overwritten.
        var changed = original
        changed[0] ^= 0xFF
        try changed.write(to: URL(fileURLWithPath: keyPath))
        refused = try TumenBinary.run(
            ["serve", "--port", "0"], environment: ServeProcess.environment(folder: folder.url))
        XCTAssertEqual(refused.status, 78, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("has changed: it no longer matches"), refused.stderr)
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: keyPath))
        refused = try TumenBinary.run(
            ["serve", "--port", "0"], environment: ServeProcess.environment(folder: folder.url))
        XCTAssertEqual(refused.status, 78, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("is not a Tumen host key (32 bytes expected, 3 found)"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: keyPath)), Data([1, 2, 3]), "left as it was")
    }

    func testAFloodOfKeysAndGarbageInsteadOfSSHAreCutOffWhileOthersCarryOn() throws {
        let server = try startServer()
        // 300,000 key bytes as fast as ssh sends them: far past what anyone types.
        let flood = try folder.write("flood.txt", String(repeating: "j", count: 300_000))
        let result = try OpenSSH.run(
            port: server.port, folder: folder.url, extra: ["-tt", "-o", "BatchMode=yes"], timeout: 20,
            stdinPath: flood)
        XCTAssertTrue(server.waitForLog("too many key bytes"), "stderr: \(server.stderr)\nssh: \(result.stderr)")
        // Bytes that are not SSH at all: the connection is closed, the server goes on.
        XCTAssertTrue(
            TCPProbe.connect(port: server.port, sending: Array(repeating: 0x41, count: 70_000) + [0x0D, 0x0A]))
        let after = try OpenSSH.run(
            port: server.port, folder: folder.url, extra: ["-o", "BatchMode=yes"], command: ["true"])
        XCTAssertTrue(after.stderr.contains("exec request failed"), "the server still answers: \(after.stderr)")
    }

    func testItListensOnTheLoopbackUnlessToldOtherwise() throws {
        guard let address = Self.nonLoopbackAddress() else {
            throw XCTSkip("this machine has no address but the loopback")
        }
        var server = try startServer()
        XCTAssertTrue(TCPProbe.connect(port: server.port), "the loopback is served")
        XCTAssertFalse(TCPProbe.connect(host: address, port: server.port), "\(address) is not served by default")
        server.stop()
        server = try startServer(["--listen", "0.0.0.0"])
        XCTAssertTrue(TCPProbe.connect(host: address, port: server.port), "--listen 0.0.0.0 serves \(address)")
        XCTAssertTrue(
            server.stdout.contains("class@\(address)"), "the banner names the address students type:\n\(server.stdout)")
        XCTAssertFalse(server.stdout.contains("Only this machine can connect"), server.stdout)
    }

    /// An IPv4 address of this machine other than the loopback, if it has one.
    static func nonLoopbackAddress() -> String? {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return nil }
        defer { freeifaddrs(list) }
        var entry = list
        while let current = entry {
            defer { entry = current.pointee.ifa_next }
            guard let address = current.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else {
                continue
            }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard
                getnameinfo(
                    address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0,
                    NI_NUMERICHOST) == 0
            else { continue }
            let text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !text.hasPrefix("127.") { return text }
        }
        return nil
    }

    /// Runs `ssh -N -L`, connects to the forwarded port once, and returns what ssh said.
    private func localForwardAttempt(port: Int) throws -> String {
        let listenPort = 20_000 + Int(getpid() % 20_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try OpenSSH.require())
        process.arguments =
            OpenSSH.options(port: port, folder: folder.url)
            + ["-o", "BatchMode=yes", "-N", "-L", "127.0.0.1:\(listenPort):127.0.0.1:9", "class@127.0.0.1"]
        let errURL = folder.url.appendingPathComponent("forward.err")
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let outURL = folder.url.appendingPathComponent("forward.out")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        let said = { String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self) }
        _ = poll(timeout: 10, interval: 0.1) { TCPProbe.connect(port: listenPort) }
        _ = poll { said().contains("open failed") }
        return said()
    }
}

/// Opens and closes a TCP connection to the loopback; true if it connected.
enum TCPProbe {
    static func connect(host: String = "127.0.0.1", port: Int, sending bytes: [UInt8] = []) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr(host)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if connected == 0, !bytes.isEmpty {
            _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        if connected == 0 { usleep(300_000) }
        return connected == 0
    }
}

/// A short command's standard output.
enum ProcessOutput {
    static func run(_ path: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
