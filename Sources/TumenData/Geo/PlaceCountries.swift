/// Which country a place is in, by name, for the map in words ("Yanji, in China").
/// A place that names its own countries (a crossing, a transit country the sources
/// withhold) is "in Laos or Myanmar"; any other is in the country under its point on the
/// basemap. Without a basemap only the places' own codes are known, and no names: the
/// code is said then ("LAO"), which is better than nothing and never wrong.
public struct PlaceCountries: Sendable {
    private let names: [String: String]
    private let locator: CountryLocator?

    public init(basemap: Basemap?) {
        var names: [String: String] = [:]
        for layer in basemap?.layers ?? [] {
            for country in layer.countries where names[country.code] == nil { names[country.code] = country.name }
        }
        self.names = names
        locator = basemap.map(CountryLocator.init)
    }

    /// The country names, in the place's order; empty at sea or off the basemap.
    public func names(of place: Place) -> [String] {
        let codes =
            !place.countries.isEmpty
            ? place.countries
            : locator?.country(at: GeoPoint(latitude: place.latitude, longitude: place.longitude)).map { [$0] } ?? []
        return codes.map { names[$0] ?? $0 }
    }

    /// "China", "Laos or Myanmar", "China, Laos or Myanmar"; nil when not known.
    public func phrase(for place: Place) -> String? {
        let found = names(of: place)
        guard let last = found.last else { return nil }
        return found.count == 1 ? last : found.dropLast().joined(separator: ", ") + " or " + last
    }
}
