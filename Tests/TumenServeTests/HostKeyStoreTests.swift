import Foundation
import XCTest

@testable import TumenServe

final class HostKeyStoreTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tumen-hostkey-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: folder)
    }

    func testTheKeyIsMadeOnceAndFoundAgain() throws {
        let store = HostKeyStore(directory: folder.appendingPathComponent("tumen").path)
        let made = try store.loadOrCreate()
        XCTAssertTrue(made.created)
        XCTAssertTrue(made.fingerprint.hasPrefix("SHA256:"))
        XCTAssertEqual(made.fingerprint.count, 7 + 43, "unpadded base64 of 32 bytes")
        let again = try store.loadOrCreate()
        XCTAssertFalse(again.created)
        XCTAssertEqual(again.fingerprint, made.fingerprint)
        var info = stat()
        XCTAssertEqual(stat(store.privateKeyPath, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        XCTAssertEqual(stat(store.directory, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700)
    }

    func testWhereItLives() {
        XCTAssertEqual(HostKeyStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]), "/s/tumen")
        XCTAssertEqual(
            HostKeyStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]),
            "/h/.local/state/tumen", "a relative XDG_STATE_HOME is ignored, as the specification says")
        XCTAssertNil(HostKeyStore.defaultDirectory(environment: [:]))
    }

    func testAFileThatIsNotAPlainFileIsRefused() throws {
        let store = HostKeyStore(directory: folder.path)
        try FileManager.default.createDirectory(atPath: store.privateKeyPath, withIntermediateDirectories: true)
        XCTAssertThrowsError(try store.loadOrCreate()) { error in
            XCTAssertTrue("\(error)".contains("is not a plain file"), "\(error)")
        }
    }

    func testASymbolicLinkIsRefusedNotFollowed() throws {
        let store = HostKeyStore(directory: folder.path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("elsewhere").path
        try FileManager.default.createSymbolicLink(atPath: store.privateKeyPath, withDestinationPath: target)
        XCTAssertThrowsError(try store.loadOrCreate())
        XCTAssertFalse(FileManager.default.fileExists(atPath: target), "nothing was written through the link")
    }
}
