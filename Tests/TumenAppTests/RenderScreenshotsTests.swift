import Foundation
import XCTest

/// screenshots/*.txt must be what the current binary renders, so the README's
/// pictures never show an old screen. Regenerate with scripts/make-screenshots.sh.
final class RenderScreenshotsTests: XCTestCase {
    struct View {
        var name: String
        var arguments: [String]
    }

    /// screenshots/views.tsv, the list the script renders: NAME, SIZE, KEYS, OPTIONS ("-" for none).
    static func views() throws -> [View] {
        let url = TumenBinary.packageRoot.appendingPathComponent("screenshots/views.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { throw CocoaError(.fileReadCorruptFile, userInfo: ["line": String(line)]) }
            var arguments = ["render", "--unicode", "--size", fields[1]]
            if fields[2] != "-" { arguments += ["--keys", fields[2]] }
            if fields[3] != "-" { arguments += fields[3].split(separator: " ").map(String.init) }
            return View(name: fields[0], arguments: arguments)
        }
    }

    func testCommittedScreenshotsAreCurrent() throws {
        let views = try Self.views()
        XCTAssertGreaterThanOrEqual(views.count, 10)
        var stale: [String] = []
        for view in views {
            let url = TumenBinary.packageRoot.appendingPathComponent("screenshots/\(view.name).txt")
            let committed = (try? String(contentsOf: url, encoding: .utf8)) ?? "(missing)"
            let result = try TumenBinary.run(view.arguments, currentDirectory: TumenBinary.packageRoot)
            XCTAssertEqual(result.status, 0, "\(view.name): \(result.stderr)")
            if result.stdout != committed {
                stale.append(view.name)
                let first = zip(
                    result.stdout.split(separator: "\n", omittingEmptySubsequences: false),
                    committed.split(separator: "\n", omittingEmptySubsequences: false)
                )
                .enumerated().first { $0.element.0 != $0.element.1 }
                if let first {
                    print(
                        "screenshots/\(view.name).txt line \(first.offset + 1):\n  now:       "
                            + "\(first.element.0)\n  committed: \(first.element.1)"
                    )
                }
            }
        }
        XCTAssertEqual(
            stale, [],
            "screenshots out of date: \(stale.joined(separator: ", ")). "
                + "Regenerate with: scripts/make-screenshots.sh (then look at the PNGs and commit screenshots/)")
    }

    func testEveryScreenshotHasItsPicture() throws {
        for view in try Self.views() {
            let png = TumenBinary.packageRoot.appendingPathComponent("screenshots/\(view.name).png")
            let header = try Data(contentsOf: png).prefix(8)
            XCTAssertEqual(
                Array(header), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(view.name).png is not a PNG")
        }
    }
}
