import TumenData
import TumenModel

/// Which countries matter to the dataset, so their names win label space over others and
/// may be shortened when the full name does not fit: first the countries its routes pass
/// through (those holding a route stage's place), then the countries it names as places
/// of kind `country`. Every other country is named only where its full name fits inside it.
enum CountryPriority {
    static let route = 0
    static let named = 1
    static let other = 2

    /// Rank by basemap country code; codes not in the dictionary are `other`. `countries`
    /// gives each place's country (PlaceCountryCache).
    static func ranks(of dataset: Dataset, countries: [String: String]) -> [String: Int] {
        var ranks: [String: Int] = [:]
        func rank(_ placeID: String, _ value: Int) {
            guard let code = countries[placeID] else { return }
            ranks[code] = min(ranks[code] ?? value, value)
        }
        for stage in dataset.routes.flatMap(\.stages) { rank(stage.place, route) }
        for place in dataset.places where place.kind == .country { rank(place.id, named) }
        return ranks
    }
}
