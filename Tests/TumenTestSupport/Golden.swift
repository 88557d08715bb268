import Foundation
import TumenRender
import XCTest

/// Compares a screen with its golden: `name.txt` holds the text (`Screen.text`) and
/// `name.styles.txt` beside it the style layer (`StyleLayer`), so a wrong colour fails
/// as surely as a wrong letter. `TUMEN_UPDATE_GOLDENS=1` writes what differs and fails,
/// naming the files: a run that records has checked nothing, and must not look green.
///
///     assertScreen(RootView.render(state, theme: .dark(), context: .forTests),
///                  golden: goldens.appendingPathComponent("help-80x24.txt"))
public func assertScreen(_ screen: Screen, golden url: URL, file: StaticString = #filePath, line: UInt = #line) {
    let problems = Golden.check(Golden.files(of: screen, golden: url))
    if !problems.isEmpty { XCTFail(problems.joined(separator: "\n"), file: file, line: line) }
}

/// The same for text that is not a `Screen` (a command's output, an exported file).
public func assertGoldenText(_ text: String, golden url: URL, file: StaticString = #filePath, line: UInt = #line) {
    let problems = Golden.check([(text, url)])
    if !problems.isEmpty { XCTFail(problems.joined(separator: "\n"), file: file, line: line) }
}

enum Golden {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["TUMEN_UPDATE_GOLDENS"] == "1" }

    /// A screen's two layers and the files that hold them.
    static func files(of screen: Screen, golden url: URL) -> [(actual: String, url: URL)] {
        [(screen.text, url), (StyleLayer.text(of: screen), stylesFile(for: url))]
    }

    /// `map-80x24.txt` → `map-80x24.styles.txt`.
    static func stylesFile(for url: URL) -> URL {
        let base = url.pathExtension == "txt" ? url.deletingPathExtension() : url
        return base.deletingLastPathComponent().appendingPathComponent(base.lastPathComponent + ".styles.txt")
    }

    /// What is wrong with each file against what was drawn (nothing: they match), writing
    /// the ones that differ when recording.
    static func check(_ files: [(actual: String, url: URL)], recording: Bool = isRecording) -> [String] {
        var problems: [String] = []
        var recorded: [String] = []
        for (actual, url) in files {
            // Read as bytes: a golden that is not UTF-8 is a difference, not a missing file.
            let expected = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
            if expected == actual { continue }
            if recording {
                do {
                    try Data(actual.utf8).write(to: url, options: .atomic)
                    recorded.append(url.path)
                } catch {
                    problems.append("cannot record \(url.path): \(error)")
                }
            } else if let expected {
                problems.append(difference(expected: expected, actual: actual, name: url.lastPathComponent))
            } else {
                problems.append(
                    "no golden \(url.path): record it with TUMEN_UPDATE_GOLDENS=1 swift test --filter "
                        + "<this test>, read the new file, and commit it")
            }
        }
        if !recorded.isEmpty {
            problems.append(
                "recorded \(recorded.joined(separator: ", ")) (TUMEN_UPDATE_GOLDENS=1); read the change "
                    + "(git diff), then run again without TUMEN_UPDATE_GOLDENS")
        }
        return problems
    }

    /// The lines that differ, golden above now, at most a dozen.
    static func difference(expected: String, actual: String, name: String) -> String {
        let now = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let golden = expected.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(now.count, golden.count)
        where (index < now.count ? now[index] : nil) != (index < golden.count ? golden[index] : nil) {
            lines.append(
                "line \(index + 1):\n  golden: \(index < golden.count ? String(golden[index]) : "(none)")\n"
                    + "  now:    \(index < now.count ? String(now[index]) : "(none)")")
        }
        let more = lines.count > 12 ? "\n(and \(lines.count - 12) more lines)" : ""
        return "\(name) differs (if the change is intended: TUMEN_UPDATE_GOLDENS=1, then read the diff):\n"
            + lines.prefix(12).joined(separator: "\n") + more
    }
}
