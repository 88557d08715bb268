import Foundation
import XCTest

/// A `tumen` copied away from the clone, run from / with nothing in its environment but
/// TERM and LANG, as an installed binary is: it finds its data and basemap inside itself.
final class InstalledBinaryTests: XCTestCase {
    private func runInstalledCopy(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tumen-installed-\(UUID().uuidString)/bin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let binary = folder.appendingPathComponent("tumen")
        try FileManager.default.copyItem(at: TumenBinary.url, to: binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8"].merging(environment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    func testAnInstalledCopyShowsTheTimelineFromTheRoot() throws {
        let result = try runInstalledCopy(["render", "--size", "100x30"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("event 1 of "), result.stdout)
        let validate = try runInstalledCopy(["validate"])
        XCTAssertEqual(validate.status, 0, validate.stderr)
        XCTAssertTrue(validate.stdout.hasPrefix("data/tumen.json: "), validate.stdout)
    }

    func testAnInstalledCopyDrawsTheMapWithCoastlines() throws {
        let result = try runInstalledCopy(["render", "--size", "100x30", "--keys", "m"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("CHINA"), result.stdout)
        XCTAssertFalse(result.stdout.contains("No basemap"), result.stdout)
        // The same with the basemap override naming nothing: the sea is blank and it says so.
        let without = try runInstalledCopy(
            ["render", "--size", "100x30", "--keys", "m"], environment: ["TUMEN_BASEMAP": "/nonexistent.bin"])
        XCTAssertTrue(without.stdout.contains("No basemap"), without.stdout)
    }

    func testTheDataOverrideStillWins() throws {
        let result = try runInstalledCopy(["validate"], environment: ["TUMEN_DATA": "/nonexistent/tumen.json"])
        XCTAssertEqual(result.status, 66, result.stdout)
    }
}
