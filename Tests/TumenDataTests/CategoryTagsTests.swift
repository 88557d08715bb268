import TumenData
import XCTest

/// Category tags (`POL`): short, unique within a dataset, and made from the name.
final class CategoryTagsTests: XCTestCase {
    func tags(_ names: [String]) -> [String] {
        CategoryTags.make(for: names.enumerated().map { Category(id: "c\($0.offset)", name: $0.element) })
    }

    func testTheBundledCategoriesGetTheirFirstThreeLetters() {
        XCTAssertEqual(
            tags(["Policy", "Border", "Route", "Trafficking", "Rescue", "Statistic", "International"]),
            ["POL", "BOR", "ROU", "TRA", "RES", "STA", "INT"])
    }

    func testNamesThatBeginAlikeGetDifferentTagsAndTheFirstKeepsThePlainOne() {
        let result = tags(["Policy", "Police", "Politics", "Polish", "Pol"])
        XCTAssertEqual(result[0], "POL")
        XCTAssertEqual(Set(result).count, result.count, "\(result)")
        XCTAssertTrue(result.allSatisfy { $0.hasPrefix("P") }, "\(result)")
    }

    func testOnlyLettersAndDigitsCountAndOddNamesStillGetATag() {
        let result = tags(["Law & order", "2nd wave", "", "—", "A", "정책", "정치", "ÉTAT", "straße"])
        XCTAssertEqual(Array(result.prefix(2)), ["LAW", "2ND"])
        XCTAssertEqual(result[4], "A")
        XCTAssertEqual(result[5], "정")
        XCTAssertEqual(result[6], "정2")
        XCTAssertEqual(result[7], "ÉTA")
        XCTAssertEqual(result[8], "STR")
        // No letters at all: a numbered tag no name can produce.
        XCTAssertTrue(result[2].hasPrefix("#") && result[3].hasPrefix("#"), "\(result)")
        XCTAssertEqual(Set(result).count, result.count, "\(result)")
    }

    func testManyCategoriesOfOneNameStayUniqueAndThreeCellsWide() {
        let result = tags(Array(repeating: "Group", count: 1000))
        XCTAssertEqual(Set(result).count, 1000)
        for tag in result { XCTAssertLessThanOrEqual(DisplayWidth.of(tag), CategoryTags.maximumWidth, tag) }
        XCTAssertEqual(result[0], "GRO")
    }
}
