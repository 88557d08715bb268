/// Latitude and longitude typed the wrong way round, a known mistake in sheets made for
/// map tools (TimeMapper files among them): every place then lands in the sea or in
/// Antarctica. Tumen plots coordinates as the file gives them, but says so when
/// exchanging them would put the places on land, so nothing is silently drawn at the pole.
enum SwappedCoordinates {
    /// Natural Earth's code for Antarctica: land, but no story's places are all there.
    static let antarctica = "ATA"

    static func warning(places: [Place], locator: CountryLocator) -> String? {
        guard !places.isEmpty else { return nil }
        func onLand(_ latitude: Double, _ longitude: Double) -> Bool {
            guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { return false }
            let country = locator.country(at: GeoPoint(latitude: latitude, longitude: longitude))
            return country != nil && country != antarctica
        }
        guard !places.contains(where: { onLand($0.latitude, $0.longitude) }) else { return nil }
        let fixed = places.filter { onLand($0.longitude, $0.latitude) }
        // Most of them on land once exchanged: a story's places can include the sea, not all of them.
        guard fixed.count * 2 > places.count, let example = fixed.first else { return nil }
        let all = places.count == 1 ? "the only place lies" : "all \(places.count) places lie"
        return "\(all) in the sea or in Antarctica as written, and \(fixed.count) of \(places.count) would be on land "
            + "with latitude and longitude exchanged (\(example.name): lat \(Self.number(example.latitude)), lon "
            + "\(Self.number(example.longitude)); "
            + "exchanged, lat \(Self.number(example.longitude)), lon \(Self.number(example.latitude))): the file "
            + "probably has them the wrong way round"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
