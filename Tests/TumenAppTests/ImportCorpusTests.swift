import Foundation
import XCTest

/// Every file of the import corpus (Tests/Fixtures/import-corpus), through the real
/// binary as a teacher would use it: it opens (exit 0), with the counts EXPECTED.tsv
/// gives, on the view it should open on, and it goes back out and in again unchanged.
final class ImportCorpusTests: XCTestCase {
    static let folder = TumenBinary.packageRoot.appendingPathComponent("Tests/Fixtures/import-corpus")

    struct Expected {
        var file: String
        var format: String
        var sourceEvents: Int
        var events: Int
        var eras: Int
        var lanes: [String]
        var places: Int
        var stages: Int
        var routes: Int
        var view: String
    }

    static func expected() throws -> [Expected] {
        let table = try String(contentsOf: folder.appendingPathComponent("EXPECTED.tsv"), encoding: .utf8)
        return table.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expected(
                file: c[0], format: c[1], sourceEvents: Int(c[2])!, events: Int(c[3])!, eras: Int(c[4])!,
                lanes: c[5].isEmpty ? [] : c[5].components(separatedBy: "|"), places: Int(c[6])!,
                stages: Int(c[7])!, routes: Int(c[8])!, view: c[9])
        }
    }

    func testEveryFileHasAnExpectedLine() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0 != "EXPECTED.tsv"
        }.sorted()
        XCTAssertEqual(try Self.expected().map(\.file).sorted(), files)
        XCTAssertGreaterThanOrEqual(files.count, 30)
    }

    func testEveryFileOpensWithTheSourcesCounts() throws {
        for row in try Self.expected() {
            let path = Self.folder.appendingPathComponent(row.file).path
            let validated = try TumenBinary.run(["validate", path])
            XCTAssertEqual(validated.status, 0, "\(row.file): \(validated.stderr)")
            let imported = try TumenBinary.run(["import", path, "-o", "-"])
            XCTAssertEqual(imported.status, 0, "\(row.file): \(imported.stderr)")
            let d = try XCTUnwrap(
                JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any], row.file)
            func count(_ key: String) -> Int { (d[key] as? [Any])?.count ?? 0 }
            let routes = d["routes"] as? [[String: Any]] ?? []
            XCTAssertEqual(count("events"), row.events, row.file)
            XCTAssertEqual(count("events"), row.sourceEvents, "\(row.file): as many events as the source has")
            XCTAssertEqual(count("eras"), row.eras, row.file)
            XCTAssertEqual(
                (d["categories"] as? [[String: Any]])?.compactMap { $0["name"] as? String }, row.lanes, row.file)
            XCTAssertEqual(count("places"), row.places, row.file)
            XCTAssertEqual(routes.reduce(0) { $0 + (($1["stages"] as? [Any])?.count ?? 0) }, row.stages, row.file)
            XCTAssertEqual(routes.count, row.routes, row.file)
            XCTAssertTrue(
                validated.stdout.contains("(\(Self.formatName(row.format)))"), "\(row.file): \(validated.stdout)")
        }
    }

    /// The source's own count of events, read from the file without Tumen: TimelineJS 3's
    /// `events`, TimelineJS 2's `date`, the sheet's rows that are neither the title nor an era.
    func testSourceEventCountsAreTheFilesOwn() throws {
        for row in try Self.expected() where row.format != "storymap" {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(row.file))
            let count: Int
            if row.format == "timelinejs" {
                let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
                count =
                    (root["events"] as? [Any])?.count ?? ((root["timeline"] as? [String: Any])?["date"] as? [Any])?
                    .count ?? -1
            } else {
                count = Self.sheetEventRows(String(decoding: data, as: UTF8.self))
            }
            XCTAssertEqual(count, row.sourceEvents, row.file)
        }
    }

    /// A sheet's event rows, read plainly: quoted cells may hold separators and line breaks;
    /// the first `title` row and `era` rows are not events (TimelineJS reads a second title as one).
    static func sheetEventRows(_ text: String) -> Int {
        let separator: Character =
            text.prefix(while: { $0 != "\n" }).contains(";")
            ? ";" : text.prefix(while: { $0 != "\n" }).contains("\t") ? "\t" : ","
        var rows: [[String]] = []
        var cell = ""
        var row: [String] = []
        var quoted = false
        for character in text.replacingOccurrences(of: "\r\n", with: "\n") {
            if character == "\"" {
                quoted.toggle()
                continue
            }
            if !quoted && character == separator {
                row.append(cell)
                cell = ""
                continue
            }
            if !quoted && character == "\n" {
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
                continue
            }
            cell.append(character)
        }
        if !cell.isEmpty || !row.isEmpty {
            row.append(cell)
            rows.append(row)
        }
        let header = rows[0].map {
            $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "\u{FEFF}", with: "")
        }
        let type = header.firstIndex(of: "type")
        var sawTitle = false
        return rows.dropFirst().filter { cells in
            guard cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return false }
            let kind = type.flatMap { $0 < cells.count ? cells[$0].lowercased() : nil } ?? ""
            if kind == "era" { return false }
            if kind == "title" && !sawTitle {
                sawTitle = true
                return false
            }
            return true
        }.count
    }

    static func formatName(_ format: String) -> String {
        [
            "timelinejs": "TimelineJS JSON", "timelinejs-csv": "TimelineJS spreadsheet CSV",
            "storymap": "StoryMapJS JSON",
        ][format] ?? format
    }

    /// Undated story maps open on their map; everything else on the timeline.
    func testEachFileOpensOnItsView() throws {
        for row in try Self.expected() {
            let result = try TumenBinary.run([
                "render", "--size", "80x24", "--data", Self.folder.appendingPathComponent(row.file).path,
            ])
            XCTAssertEqual(result.status, 0, "\(row.file): \(result.stderr)")
            let status =
                result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init)
                ?? ""
            XCTAssertTrue(status.hasPrefix(" \(row.view)"), "\(row.file) opens on \(row.view): \(status)")
        }
    }

    /// import → export → import gives the same dataset, for every file, through the binary.
    func testEveryFileGoesBackOutAndInAgain() throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tumen-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        for row in try Self.expected() {
            let path = Self.folder.appendingPathComponent(row.file).path
            let format = row.format == "storymap" ? "storymap" : "timelinejs"
            let exported = try TumenBinary.run(["export", "--format", format, path])
            XCTAssertEqual(exported.status, 0, "\(row.file): \(exported.stderr)")
            let written = temporary.appendingPathComponent(row.file + ".\(format).json")
            try Data(exported.stdout.utf8).write(to: written)
            let before = try TumenBinary.run(["import", path, "-o", "-"])
            let after = try TumenBinary.run(["import", written.path, "-o", "-"])
            XCTAssertEqual(after.status, 0, "\(row.file): \(after.stderr)")
            XCTAssertEqual(after.stdout, before.stdout, "\(row.file) changed on its way out and back")
        }
    }
}
