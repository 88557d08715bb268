import XCTest

@testable import TumenRender

/// LaneMarks, the rule that a count never touches another count or marker, on single
/// rows: the cases from issue 14, then thousands of random rows.
final class LaneMarksTests: XCTestCase {
    func layout(_ cells: [(Int, Int)], width: Int = 40, selection: Int? = nil) -> [String] {
        LaneMarks.layout(
            cells.map { LaneMarks.Cell(column: $0.0, count: $0.1, ordinal: 0) }, width: width, selection: selection
        )
        .map { "\($0.count == 1 ? "o" : String($0.count))@\($0.column)" }
    }

    func testCountsSideBySideBecomeTheirSum() {
        // The Rescue lane at 80x24 read "63": six events and three in the next column.
        XCTAssertEqual(layout([(10, 6), (11, 3)]), ["9@10"])
        XCTAssertEqual(layout([(10, 1), (11, 2)]), ["3@10"])
        XCTAssertEqual(layout([(10, 2), (11, 1)]), ["3@10"])
        // A count needs a gap; one free cell is enough.
        XCTAssertEqual(layout([(10, 2), (12, 3)]), ["2@10", "3@12"])
        XCTAssertEqual(layout([(10, 2), (12, 1)]), ["2@10", "o@12"])
    }

    func testLoneMarkersMayStandSideBySide() {
        XCTAssertEqual(layout([(10, 1), (11, 1), (12, 1)]), ["o@10", "o@11", "o@12"])
    }

    func testAMergeThatTouchesTheMarkBeforeTakesItIn() {
        // "oooo3": the count takes in the fourth marker, then touches the third, and so on.
        XCTAssertEqual(layout([(0, 1), (1, 1), (2, 1), (3, 1), (4, 3)]), ["7@0"])
        // A count that grows a digit covers the next column, whose neighbour then joins it.
        XCTAssertEqual(layout([(10, 9), (11, 1), (12, 1), (14, 1)]), ["11@10", "o@14"])
    }

    func testCountsStayInsideTheRow() {
        XCTAssertEqual(layout([(39, 12)]), ["12@38"])
        XCTAssertEqual(layout([(36, 1), (39, 120)]), ["121@36"])
    }

    func testCountsKeepClearOfTheSelection() {
        // Others in the selection's own cell go just right of it.
        XCTAssertEqual(layout([(10, 3)], selection: 10), ["3@12"])
        XCTAssertEqual(layout([(10, 1)], selection: 10), ["o@11"])
        XCTAssertEqual(layout([(9, 2)], selection: 10), ["2@8"])
        XCTAssertEqual(layout([(9, 1), (11, 1)], selection: 10), ["o@9", "o@11"])
        // At the right edge, to the left; with no room on the left, to the right.
        XCTAssertEqual(layout([(39, 2)], selection: 39), ["2@37"])
        XCTAssertEqual(layout([(0, 25)], selection: 1), ["25@3"])
    }

    func testRandomRowsKeepTheRuleAndTheSum() {
        var random = SplitMix64(seed: 7)
        for round in 0..<5000 {
            let width = 24 + Int(random.next() % 100)
            var cells: [LaneMarks.Cell] = []
            for x in 0..<width where random.next() % 3 == 0 {
                let count = random.next() % 4 == 0 ? 1 + Int(random.next() % 300) : 1 + Int(random.next() % 3)
                cells.append(LaneMarks.Cell(column: x, count: count, ordinal: Int(random.next() % 2)))
            }
            let selection = random.next() % 2 == 0 ? Int(random.next() % UInt64(width)) : nil
            let marks = LaneMarks.layout(cells, width: width, selection: selection)
            let context =
                "round \(round): width \(width), selection \(String(describing: selection)), cells "
                + "\(cells.map { "\($0.count)@\($0.column)" })"
            XCTAssertEqual(marks.reduce(0) { $0 + $1.count }, cells.reduce(0) { $0 + $1.count }, context)
            var row = [Character](repeating: " ", count: width)
            if let selection { row[selection] = "*" }
            for mark in marks {
                XCTAssertTrue(mark.column >= 0 && mark.end < width, "\(mark) outside: \(context)")
                let text = mark.count == 1 ? "o" : String(mark.count)
                for (offset, character) in text.enumerated() where (0..<width).contains(mark.column + offset) {
                    XCTAssertEqual(row[mark.column + offset], " ", "\(mark) overlaps: \(context)")
                    row[mark.column + offset] = character
                }
            }
            // Every run of digits has a cell on each side that is neither digit nor mark.
            for (x, character) in row.enumerated() where character.isNumber {
                for side in [x - 1, x + 1] where (0..<width).contains(side) {
                    XCTAssertTrue(row[side] == " " || row[side].isNumber, "'\(String(row))': \(context)")
                }
            }
        }
    }
}
