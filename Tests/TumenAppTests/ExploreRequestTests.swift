import ArgumentParser
import Foundation
import XCTest

@testable import TumenApp

/// `tumen` alone skips ArgumentParser (a millisecond of a cold start) and opens the
/// explorer with `ExploreRequest.defaults`. These tests hold that shortcut to what
/// ArgumentParser makes of the same command line, and run both ends of it.
final class ExploreRequestTests: XCTestCase {
    func testTheDefaultsAreWhatArgumentParserMakesOfNoArguments() throws {
        XCTAssertEqual(try ExploreCommand.parse([]).request, .defaults)
        let root = try TumenCommand.parseAsRoot([])
        let explore = try XCTUnwrap(root as? ExploreCommand, "tumen alone runs explore")
        XCTAssertEqual(explore.request, .defaults)
    }

    func testEveryOptionReachesTheRequest() throws {
        let parsed = try ExploreCommand.parse([
            "--data", "x.json", "--input-format", "timelinejs", "--no-note", "--screen-reader", "--ascii",
            "--theme", "light",
        ]).request
        XCTAssertEqual(
            parsed,
            ExploreRequest(
                data: "x.json", inputFormat: .timelineJSON, noNote: true, screenReader: true, ascii: true,
                unicode: false, theme: "light"))
        XCTAssertEqual(try ExploreCommand.parse(["--unicode"]).request.unicode, true)
    }

    func testTumenAloneAnswersAsTumenExploreDoes() throws {
        // Without a terminal: the same refusal and exit code.
        let alone = try TumenBinary.run([], stdin: Data())
        let explore = try TumenBinary.run(["explore"], stdin: Data())
        XCTAssertEqual(alone.status, 69)
        XCTAssertEqual(alone.status, explore.status)
        XCTAssertEqual(alone.stderr, explore.stderr)
        XCTAssertTrue(alone.stderr.contains("needs an interactive terminal"), alone.stderr)
        // In the screen-reader mode from a pipe: the same lines, the content note first.
        let environment = ["TUMEN_SCREEN_READER": "1", "TERM": ""]
        let saidAlone = try TumenBinary.run([], stdin: Data("\njj\nq\n".utf8), environment: environment)
        let saidExplore = try TumenBinary.run(
            ["explore"], stdin: Data("\njj\nq\n".utf8), environment: environment)
        XCTAssertEqual(saidAlone.status, 0, saidAlone.stderr)
        XCTAssertEqual(saidAlone.stdout, saidExplore.stdout)
        XCTAssertTrue(saidAlone.stdout.contains("Goodbye."), saidAlone.stdout)
    }
}
