import Foundation
import TumenFiles
import XCTest

@testable import TumenData

/// The committed basemap: it decodes, it is what scripts/make-basemap.py makes, and a damaged
/// or missing file is reported, never a crash.
final class MapBasemapTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let committed = root + "/data/basemap/basemap.bin"

    func testTheCommittedBasemapDecodesAndIsSmallAndQuick() throws {
        let load = BasemapLoader.load(path: Self.committed)
        let basemap = try XCTUnwrap(load.basemap, load.notice ?? "")
        let bytes = try FileManager.default.attributesOfItem(atPath: Self.committed)[.size] as? Int ?? 0
        print(
            "basemap: \(bytes) bytes, loaded in \(String(format: "%.1f", load.milliseconds)) ms, "
                + basemap.layers.map { "\($0.name) \($0.pointCount) points" }.joined(separator: ", "))
        XCTAssertLessThan(bytes, 200_000)
        XCTAssertEqual(basemap.layers.map(\.name), ["region-fine", "region-medium", "region-coarse", "world"])
        let fine = basemap.layers[0]
        XCTAssertEqual(fine.bounds, GeoBox(west: 90, south: 8, east: 135, north: 52))
        let northKorea = try XCTUnwrap(fine.countries.first { $0.code == "PRK" })
        XCTAssertEqual(northKorea.name, "North Korea")
        XCTAssertEqual(fine.countries.first { $0.code == "CHN" }?.name, "China")
        XCTAssertTrue(basemap.worldLayer?.countries.contains { $0.code == "FRA" } ?? false)
        let names = basemap.layers.flatMap(\.countries).map(\.name)
        XCTAssertTrue(
            names.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } }, "country names show on ASCII terminals")
    }

    func testAPointIsFoundInTheCountryWhoseOutlineHoldsIt() throws {
        let basemap = try XCTUnwrap(BasemapLoader.load(path: Self.committed).basemap)
        func code(_ latitude: Double, _ longitude: Double) -> String? {
            basemap.country(containingLatitude: latitude, longitude: longitude)?.code
        }
        XCTAssertEqual(code(39.04, 125.76), "PRK", "Pyongyang")
        XCTAssertEqual(code(37.57, 126.98), "KOR", "Seoul")
        XCTAssertEqual(code(42.90, 129.51), "CHN", "Yanji, 40 km from the border: the fine outline tells")
        XCTAssertEqual(code(48.86, 2.35), "FRA", "outside the region, the world layer")
        XCTAssertNil(code(38.0, 132.0), "the Sea of Japan")
    }

    func testTheTumenRiverBorderKeepsItsBendsAtTheFinestLevel() throws {
        // Between Hoeryong and Tumen city the river runs north for about 60 km; at the
        // finest level North Korea's outline keeps many points along that stretch.
        let basemap = try XCTUnwrap(BasemapLoader.load(path: Self.committed).basemap)
        let ring = try XCTUnwrap(
            basemap.layers[0].countries.first { $0.code == "PRK" }?.rings.max { $0.count < $1.count })
        let alongTheRiver = zip(ring.longitudes, ring.latitudes).filter { lon, lat in
            (129.6...129.95).contains(lon) && (42.4...43.0).contains(lat)
        }
        XCTAssertGreaterThanOrEqual(alongTheRiver.count, 12)
    }

    func testScriptReproducesTheCommittedFileByteForByte() throws {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [
            environment["TUMEN_GEODATA"], Self.root + "/../shared/geodata", Self.root + "/../../shared/geodata",
        ]
        .compactMap { $0 }.map { $0 + "/ne_10m_admin_0_countries_deu.zip" }
        guard let source = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw XCTSkip(
                "Natural Earth source not found (\(candidates.joined(separator: ", "))): "
                    + "cannot check that scripts/make-basemap.py reproduces data/basemap/basemap.bin")
        }
        let output = NSTemporaryDirectory() + "tumen-basemap-\(getpid()).bin"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root + "/scripts/make-basemap.py", "--source", source, "--output", output]
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch { throw XCTSkip("cannot run python3 (\(error)): cannot rebuild the basemap") }
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 || messages.contains("No module named 'shapefile'") {
            throw XCTSkip("python3 has no pyshp (pip install pyshp): cannot rebuild the basemap")
        }
        XCTAssertEqual(process.terminationStatus, 0, messages)
        let rebuilt = try Data(contentsOf: URL(fileURLWithPath: output))
        let committed = try Data(contentsOf: URL(fileURLWithPath: Self.committed))
        XCTAssertEqual(rebuilt.count, committed.count, "sizes differ: rerun scripts/make-basemap.py and commit")
        XCTAssertTrue(rebuilt == committed, "data/basemap/basemap.bin is not what scripts/make-basemap.py makes")
    }

    func testAMissingBasemapGivesANoticeNotACrash() {
        let load = BasemapLoader.load(candidates: ["/nonexistent/basemap.bin"])
        XCTAssertNil(load.basemap)
        XCTAssertEqual(load.notice, "No basemap found (data/basemap/basemap.bin): coastlines and borders not drawn")
    }

    func testATruncatedOrCorruptBasemapIsReportedWithItsOffset() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.committed)))
        XCTAssertThrowsError(try BasemapDecoder.decode(Array(bytes.prefix(5000)))) { error in
            XCTAssertTrue("\(error)".contains("byte "), "\(error)")
        }
        XCTAssertThrowsError(try BasemapDecoder.decode(Array("GIF89a".utf8))) { error in
            XCTAssertEqual("\(error)", "byte 0: not a Tumen basemap (bad magic)")
        }
        var damaged = bytes
        for i in stride(from: 200, to: damaged.count, by: 97) { damaged[i] = 0xFF }
        XCTAssertThrowsError(try BasemapDecoder.decode(damaged))

        let path = NSTemporaryDirectory() + "tumen-damaged-\(getpid()).bin"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes.prefix(5000)).write(to: URL(fileURLWithPath: path))
        let load = BasemapLoader.load(path: path)
        XCTAssertNil(load.basemap)
        XCTAssertTrue(load.notice?.hasPrefix("Basemap \(path) is damaged (byte ") ?? false, load.notice ?? "nil")
    }

    func testTheEnvironmentOverrideIsTheOnlyCandidate() {
        XCTAssertEqual(BasemapLoader.standardCandidates(environment: ["TUMEN_BASEMAP": "/x/b.bin"]), ["/x/b.bin"])
        let candidates = BasemapLoader.standardCandidates(
            environment: [:], currentDirectory: "/work", executable: "/repo/.build/debug/tumen")
        XCTAssertEqual(candidates.first, "/work/data/basemap/basemap.bin")
        XCTAssertTrue(candidates.contains("/repo/data/basemap/basemap.bin"))
        XCTAssertEqual(
            BasemapLoader.standardCandidates(environment: ["TUMEN_DATA": "/class/data/tumen.json"]).first,
            "/class/data/basemap/basemap.bin", "beside the dataset the user chose")
    }

    func testDetailIsChosenByZoomAndTheWorldLayerOutsideTheRegion() throws {
        let basemap = try XCTUnwrap(BasemapLoader.load(path: Self.committed).basemap)
        let border = GeoBox(west: 128, south: 42, east: 131, north: 43.5)
        XCTAssertEqual(basemap.regionalLayer(forDegreesPerColumn: 0.03, intersecting: border)?.name, "region-fine")
        XCTAssertEqual(basemap.regionalLayer(forDegreesPerColumn: 0.1, intersecting: border)?.name, "region-medium")
        XCTAssertEqual(basemap.regionalLayer(forDegreesPerColumn: 0.6, intersecting: border)?.name, "region-coarse")
        XCTAssertNil(
            basemap.regionalLayer(
                forDegreesPerColumn: 0.6, intersecting: GeoBox(west: -10, south: 40, east: 20, north: 60)))
        XCTAssertEqual(basemap.worldLayer?.name, "world")
    }
}
