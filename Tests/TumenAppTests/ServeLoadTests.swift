import Foundation
import XCTest

/// Sixty students at once with the real OpenSSH client (scripts/serve-load.py): half follow
/// while the teacher steps, half explore with random keys, one stops reading altogether.
/// Fails if the server dies, a follower misses a step (the slow reader must not hold the
/// others up), or a student is not served. The figures it prints are for
/// docs/PERFORMANCE.md, from a release build; here they are only printed.
final class ServeLoadTests: XCTestCase {
    func testSixtyStudentsFollowAndExploreWhileOneStopsReading() throws {
        _ = try OpenSSH.require()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            throw XCTSkip("python3 is not installed")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            TumenBinary.packageRoot.appendingPathComponent("scripts/serve-load.py").path,
            "--clients", "60", "--seconds", "20", "--step", "1.5", "--tumen", TumenBinary.url.path,
        ]
        let folder = try ScratchFolder("serve-load")
        defer { folder.remove() }
        let outURL = folder.url.appendingPathComponent("load.out")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: outURL)
        try process.run()
        process.waitUntilExit()
        let report = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
        print(report)
        XCTAssertEqual(process.terminationStatus, 0, report)
        XCTAssertTrue(report.contains("clients: 61 (30 following, 30 exploring"), report)
        XCTAssertTrue(report.contains("server exit status after SIGTERM: 0"), report)
    }
}
