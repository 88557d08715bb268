import Foundation
import XCTest

/// Runs the built `tumen` executable as a user would, capturing what it prints.
/// Tests that check exit codes and messages go through here, not through the
/// command structs, so they see exactly what a shell sees.
enum TumenBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (the folder holding Package.swift).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The `tumen` binary beside the test bundle (same build folder and configuration).
    static let url: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle(for: Marker.self).bundleURL.deletingLastPathComponent()]
        for folder in candidates {
            let binary = folder.appendingPathComponent("tumen")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return packageRoot.appendingPathComponent(".build/debug/tumen")
    }()

    private final class Marker {}

    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
        currentDirectory: URL? = nil, file: StaticString = #filePath, line: UInt = #line
    ) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // Output goes to temporary files: no pipe can fill up and dead-lock the child.
        let folder = FileManager.default.temporaryDirectory
        let outURL = folder.appendingPathComponent("tumen-out-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent("tumen-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
