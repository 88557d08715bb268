import Foundation
import XCTest

/// The README is a front page: short, pictures near the top, and every number it states is
/// the data's or the package's own. The guide lives in docs/; every relative link resolves.
final class FrontPageTests: XCTestCase {
    let root = TumenBinary.packageRoot

    private func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    func testTheFrontPageIsShortWithThreePicturesNearTheTop() throws {
        let readme = try text("README.md")
        let words = readme.split(whereSeparator: { $0.isWhitespace }).count
        XCTAssertLessThan(words, 800, "README.md has \(words) words; move text into docs/")
        let top = readme.split(separator: "\n", omittingEmptySubsequences: false).prefix(25).joined(separator: "\n")
        for picture in ["screenshots/timeline.png", "screenshots/map-region.png", "screenshots/presenter.png"] {
            XCTAssertTrue(top.contains("](\(picture))"), "\(picture) is not in the README's first 25 lines")
        }
    }

    func testEveryNumberOnTheFrontPageIsTheDatasetsOrThePackages() throws {
        let readme = try text("README.md")
        let summary = try TumenBinary.run(["validate", root.appendingPathComponent("data/tumen.json").path])
        XCTAssertEqual(summary.status, 0, summary.stderr)
        func count(_ noun: String) throws -> String {
            let match = try XCTUnwrap(
                summary.stdout.range(of: #"\d+ \#(noun)"#, options: .regularExpression), summary.stdout)
            return String(summary.stdout[match])
        }
        let stated =
            "holds \(try count("events")), \(try count("places")), \(try count("routes")) and \(try count("lessons"))"
        XCTAssertTrue(readme.replacingOccurrences(of: "\n", with: " ").contains(stated), "README should say: \(stated)")
        let sources = try count("sources").split(separator: " ")[0]
        let words = ["1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven"]
        XCTAssertTrue(
            readme.replacingOccurrences(of: "\n", with: " ").contains(
                "from the \(words[String(sources)] ?? String(sources)) source documents"),
            "README's number of source documents is not \(sources)")
        let package = try text("Package.swift")
        let tools = try XCTUnwrap(package.range(of: #"swift-tools-version:\s*\d+\.\d+"#, options: .regularExpression))
        let version = package[tools].split(separator: ":")[1].trimmingCharacters(in: .whitespaces)
        XCTAssertTrue(
            readme.contains("Swift \(version) or later"), "README's Swift version is not the package's \(version)")
        // No other digits in the prose (code blocks and links aside): each new one needs a check here.
        let prose = readme.split(separator: "\n").filter {
            !$0.hasPrefix("    ") && !$0.hasPrefix("|") && !$0.hasPrefix("> ")
        }
        .joined(separator: "\n").replacingOccurrences(of: #"\([^)]*\)|`[^`]*`"#, with: "", options: .regularExpression)
        let numbers = prose.matches(of: /\d+(\.\d+)?/).map { String($0.output.0) }
        XCTAssertEqual(
            Set(numbers),
            Set(
                summary.stdout.matches(of: /\d+ (events|places|routes|lessons)/).map {
                    String($0.output.0.split(separator: " ")[0])
                } + [version]),
            "a number on the front page that no test checks: \(numbers)")
    }

    func testEveryRelativeLinkInTheREADMEAndTheGuideResolves() throws {
        let pages =
            ["README.md"]
            + (try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
                .filter { $0.hasSuffix(".md") }.map { "docs/" + $0 })
        XCTAssertGreaterThan(pages.count, 7)
        for page in pages {
            let body = try text(page)
            let folder = root.appendingPathComponent(page).deletingLastPathComponent()
            for match in body.matches(of: /\]\(([^)#:\s]+)(#[^)]*)?\)/) {
                let target = folder.appendingPathComponent(String(match.output.1)).standardizedFileURL.path
                XCTAssertTrue(
                    FileManager.default.fileExists(atPath: target),
                    "\(page) links to \(match.output.1), which does not exist")
            }
        }
    }
}
