/// A short tag per category (`POL` for Policy, `BOR` for Border), so a category can be
/// told without its colour: on a monochrome projector, in `--theme mono`, for a reader who
/// cannot tell the lane colours apart, or when a dataset has more categories than a theme
/// has colours. Tags are at most three cells wide and unique within the dataset.
public enum CategoryTags {
    public static let maximumWidth = 3

    /// One tag per category, in the dataset's order. Each is the first three letters of
    /// the name, upper-cased; a tag already taken gives way to the first letter with two
    /// later ones (`Police` after `Policy`: `POI`), then to a digit, then to `#` and a
    /// number, which no name can produce. Earlier categories keep the plainer tags.
    public static func make(for categories: [Category]) -> [String] {
        var taken = Set<String>()
        return categories.enumerated().map { index, category in
            let tag = candidates(for: category.name).first { !taken.contains($0) } ?? fallback(index)
            taken.insert(tag)
            return tag
        }
    }

    /// The tags to try for a name, best first; each fits in three cells.
    static func candidates(for name: String) -> [String] {
        // Letters and digits only: "Law & order" gives LAW, "2nd wave" 2ND.
        // Twelve are plenty of pairs to choose from.
        let letters = name.filter { $0.isLetter || $0.isNumber }.prefix(12).map { $0.uppercased().first ?? $0 }
        guard let first = letters.first else { return [] }
        var result: [String] = [fitting(letters.prefix(3))]
        if letters.count > 2 {
            for i in 1..<letters.count - 1 {
                for j in i + 1..<letters.count { result.append(fitting([first, letters[i], letters[j]])) }
            }
        }
        // Then a digit, after two letters or (when the second is wide, as in Hangul) one.
        let second = letters.count > 1 ? [letters[1]] : []
        for digit in 2...9 { result.append(fitting([first] + second + [Character(String(digit))])) }
        for digit in 2...9 { result.append(fitting([first, Character(String(digit))])) }
        return result.filter { !$0.isEmpty }
    }

    /// As many of `characters` as fit in three cells (a Hangul or Hanzi letter takes two).
    static func fitting(_ characters: some Sequence<Character>) -> String {
        var tag = ""
        var used = 0
        for character in characters {
            let width = DisplayWidth.of(character)
            guard used + width <= maximumWidth else { break }
            tag.append(character)
            used += width
        }
        return tag
    }

    /// `#` and the category's number in base 36: unique among fallbacks, and never equal
    /// to a tag from a name, which holds only letters and digits.
    /// (Wider than three cells only past 1,296 categories.)
    static func fallback(_ index: Int) -> String {
        let digits = String(index, radix: 36, uppercase: true)
        return "#" + (digits.count < 2 ? "0" + digits : digits)
    }
}
