extension Basemap {
    /// The country whose outline holds a point, looked up in the finest layer that covers it
    /// (a point near a border, such as the Tumen River's bank, needs the detailed outline),
    /// else in the world layer. Nil over the sea.
    ///
    /// The map uses it to tie the dataset's places to the basemap's countries: which
    /// countries the routes pass through, and which country an event placed at country level
    /// (a place of kind `country`) means. Outlines, not names, so a dataset may call a
    /// country what it likes.
    public func country(containingLatitude latitude: Double, longitude: Double) -> BasemapCountry? {
        let covering =
            layers
            .filter { $0.bounds.contains(latitude: latitude, longitude: longitude) }
            .sorted { $0.tolerance < $1.tolerance }
        for layer in covering {
            if let country = layer.countries.first(where: { $0.contains(latitude: latitude, longitude: longitude) }) {
                return country
            }
        }
        return nil
    }
}

extension BasemapCountry {
    /// Even-odd over all the country's rings, as the land mask fills them, so a lake or an
    /// enclave is not inside.
    public func contains(latitude: Double, longitude: Double) -> Bool {
        var inside = false
        for ring in rings where ring.count >= 3 && ring.bounds.contains(latitude: latitude, longitude: longitude) {
            var j = ring.count - 1
            for i in 0..<ring.count {
                let (yi, yj) = (ring.latitudes[i], ring.latitudes[j])
                if (yi > latitude) != (yj > latitude) {
                    let x = ring.longitudes[i] + (latitude - yi) / (yj - yi) * (ring.longitudes[j] - ring.longitudes[i])
                    if longitude < x { inside.toggle() }
                }
                j = i
            }
        }
        return inside
    }
}
