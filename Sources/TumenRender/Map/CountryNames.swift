/// The names a country may be labelled with, longest first: "NORTH KOREA", then
/// "N. KOREA", then "NK". The map tries them in turn, so a small country that matters to the
/// story is still named at a far zoom; the initials are explained in a key (CountryLabelKey).
struct CountryNames {
    enum Form: Equatable {
        case full, shortened, initials
    }

    struct Name: Equatable {
        var text: String
        var form: Form
    }

    let full: String
    let forms: [Name]

    /// Words that shorten to their initial and a full stop, as atlases do ("N. Korea").
    private static let compassWords: Set<String> = ["NORTH", "SOUTH", "EAST", "WEST", "CENTRAL"]

    init(_ name: String) {
        full = name.uppercased()
        var forms = [Name(text: full, form: .full)]
        let words = full.split(separator: " ").map(String.init)
        if words.count >= 2, Self.compassWords.contains(words[0]), let initial = words[0].first {
            forms.append(Name(text: "\(initial). " + words.dropFirst().joined(separator: " "), form: .shortened))
        }
        // Initials only for names of two or three words: "NK" reads as North Korea once the
        // key says so; the initials of a long name ("DRC") are not for a class.
        if (2...3).contains(words.count) {
            let initials = String(words.compactMap { $0.first(where: \.isLetter) })
            if initials.count == words.count { forms.append(Name(text: initials, form: .initials)) }
        }
        self.forms = forms
    }
}
