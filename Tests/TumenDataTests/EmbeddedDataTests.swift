import Foundation
import TumenData
import TumenFiles
import XCTest

/// The copies built into the binary (scripts/embed-data.sh) are data/ byte for byte, and
/// they are what a binary with no files beside it uses.
final class EmbeddedDataTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    private func file(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.root + "/" + relative)))
    }

    func testTheEmbeddedDatasetIsDataTumenJSONByteForByte() throws {
        let onDisk = try file("data/tumen.json")
        XCTAssertFalse(onDisk.isEmpty)
        XCTAssertTrue(EmbeddedFiles.dataset == onDisk, "data/tumen.json changed: run scripts/embed-data.sh")
    }

    func testTheEmbeddedBasemapIsTheCommittedFileByteForByte() throws {
        let onDisk = try file("data/basemap/basemap.bin")
        XCTAssertFalse(onDisk.isEmpty)
        XCTAssertTrue(EmbeddedFiles.basemap == onDisk, "data/basemap/basemap.bin changed: run scripts/embed-data.sh")
    }

    func testTheBase64DecoderDecodesEveryLengthAndSkipsLineBreaks() {
        let samples: [[UInt8]] = [[], [0], [0, 255], [1, 2, 3], [250, 251, 252, 253], Array(0...255)]
        for bytes in samples {
            let encoded = Data(bytes).base64EncodedString(options: [.lineLength64Characters])
            XCTAssertEqual(Base64.decode(encoded), bytes, encoded)
        }
    }

    func testWithNoBasemapFileTheBuiltInOneIsDrawn() throws {
        // No override and no file from a directory without data/ (the executable's own
        // directory is searched too, so the test checks the fallback function itself).
        let embedded = BasemapLoader.loadEmbedded()
        XCTAssertNotNil(embedded.basemap)
        XCTAssertNil(embedded.notice)
        XCTAssertEqual(embedded.path, BasemapLoader.embeddedPath)
        XCTAssertEqual(embedded.basemap, BasemapLoader.load(path: Self.root + "/data/basemap/basemap.bin").basemap)
        // The override still wins, even when it names nothing.
        let overridden = BasemapLoader.loadStandard(environment: ["TUMEN_BASEMAP": "/nonexistent/basemap.bin"])
        XCTAssertNil(overridden.basemap)
        XCTAssertNotNil(overridden.notice)
    }
}
