import Foundation
import TumenFiles
import XCTest

/// PathText answers as Foundation's URL did for the paths BundledData and BasemapLoader
/// build, and asks the file system what they asked.
final class PathTextTests: XCTestCase {
    func testParentJoinAndStandardizedMatchURL() {
        let paths = [
            "/", "/a", "/a/", "/a/b", "/a/b/", "/work/clone/.build/release/tumen", "/a/./b", "/a/b/../c", "/a//b",
            "/../a", "/a/b/../../..", "/usr/local/bin/tumen",
        ]
        for path in paths {
            let url = URL(fileURLWithPath: path)
            XCTAssertEqual(PathText.standardized(path), url.standardizedFileURL.path, path)
            XCTAssertEqual(
                PathText.parent(PathText.standardized(path)),
                url.standardizedFileURL.deletingLastPathComponent().path, path)
            XCTAssertEqual(
                PathText.join(PathText.standardized(path), "data/tumen.json"),
                url.standardizedFileURL.appendingPathComponent("data/tumen.json").path, path)
        }
        XCTAssertEqual(PathText.parent("tumen.json"), ".")
        XCTAssertEqual(PathText.parent("data/tumen.json"), "data")
        XCTAssertEqual(PathText.standardized("a/../../b"), "../b")
        XCTAssertEqual(PathText.standardized("./"), ".")
    }

    func testExistsAndResolvedFollowTheFileSystem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathtext-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("real.json")
        try Data("{}".utf8).write(to: file)
        let link = folder.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)

        XCTAssertTrue(PathText.exists(file.path))
        XCTAssertTrue(PathText.exists(link.path))
        XCTAssertFalse(PathText.exists(folder.appendingPathComponent("missing.json").path))
        XCTAssertEqual(PathText.resolved(link.path), file.resolvingSymlinksInPath().path)
        XCTAssertNil(PathText.resolved(folder.appendingPathComponent("missing.json").path))
        XCTAssertNil(PathText.resolved(""))
        XCTAssertEqual(PathText.currentDirectory(), FileManager.default.currentDirectoryPath)
    }
}
