import TumenData
import TumenModel

/// The basemap country holding each of the dataset's places, by place id. Finding a point
/// in the outlines costs about as much as the rest of a map frame, and the answer changes
/// only with the places or the basemap, so the last few are kept (RecentValues): a hit is
/// what working it out again would give.
final class PlaceCountryCache: Sendable {
    private struct Entry {
        var places: [Place]
        var basemap: Basemap?
        var codes: [String: String]
    }

    private let recent = RecentValues<Entry>(capacity: 2)

    func removeAll() { recent.removeAll() }

    /// Arrays that share storage (the same dataset frame after frame) compare at once.
    func codes(of places: [Place], in basemap: Basemap?) -> [String: String] {
        recent.entry(matching: { $0.places == places && $0.basemap == basemap }) {
            var codes: [String: String] = [:]
            if let basemap {
                for place in places {
                    codes[place.id] =
                        basemap.country(containingLatitude: place.latitude, longitude: place.longitude)?.code
                }
            }
            return Entry(places: places, basemap: basemap, codes: codes)
        }.codes
    }
}
