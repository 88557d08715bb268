import FoundationEssentials

/// `tumen export --format geojson`: an RFC 7946 FeatureCollection of what the map draws.
/// Every place is a Point; every leg of every route is a LineString carrying the exact
/// line the map projects (`RouteGeometry`), so QGIS or any GeoJSON viewer shows the
/// same way the terminal does, with the route, its stages, the travel mode and status.
public enum GeoJSONWriter {
    public static func write(_ dataset: Dataset, geometry: RouteGeometry) -> String {
        var features: [OrderedJSON] = dataset.places.map(place)
        let routes = Dictionary(dataset.routes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for leg in geometry.legs {
            guard let route = routes[leg.routeID] else { continue }
            features.append(self.leg(leg, route: route))
        }
        let collection: OrderedJSON = .object([("type", .string("FeatureCollection")), ("features", .array(features))])
        return collection.text(indent: 0) + "\n"
    }

    static func place(_ p: Place) -> OrderedJSON {
        var properties: [(String, OrderedJSON)] = [("id", .string(p.id)), ("name", .string(p.name))]
        properties.optional("localName", p.localName)
        properties += [
            ("kind", .string(p.kind.rawValue)), ("precision", .string(p.precision.rawValue)),
            ("importance", .integer(p.importance)),
        ]
        properties.optional("note", p.note)
        if !p.countries.isEmpty { properties.append(("countries", .array(p.countries.map(OrderedJSON.string)))) }
        return feature(
            .object([
                ("type", .string("Point")),
                ("coordinates", position(GeoPoint(latitude: p.latitude, longitude: p.longitude))),
            ]),
            id: "place/\(p.id)", properties: properties)
    }

    static func leg(_ leg: RouteGeometry.Leg, route: Route) -> OrderedJSON {
        let (from, to) = (route.stages[leg.fromStage], route.stages[leg.toStage])
        var properties: [(String, OrderedJSON)] = [
            ("route", .string(route.id)), ("routeName", .string(route.name)),
            ("status", .string(route.status.rawValue)),
            ("fromStage", .integer(from.number)), ("toStage", .integer(to.number)),
            ("fromPlace", .string(leg.fromPlace)), ("toPlace", .string(leg.toPlace)),
            ("title", .string(to.title)), ("mode", .string(leg.mode.rawValue)),
        ]
        if !to.travelModes.isEmpty {
            properties.append(
                (
                    "modeClaims",
                    .array(
                        to.travelModes.map { claim in
                            var c: [(String, OrderedJSON)] = [("mode", .string(claim.mode.rawValue))]
                            if let source = claim.source {
                                c += [("source", .string(source.source)), ("passage", .string(source.passage))]
                            }
                            return .object(c)
                        })
                ))
        }
        properties.optional("travel", to.travel)
        properties.append(
            ("allowedCountries", leg.allowedCountries.map { .array($0.sorted().map(OrderedJSON.string)) } ?? .null))
        // The sources give stages, not roads: say what the line is.
        properties.append(
            (
                "geometry",
                .string(
                    leg.mode == .air
                        ? "arc standing for a flight"
                        : "plain geometric way between the stages, not the road taken")
            ))
        return feature(
            .object([("type", .string("LineString")), ("coordinates", .array(leg.points.map(position)))]),
            id: "leg/\(route.id)/\(from.number)-\(to.number)", properties: properties)
    }

    static func feature(_ geometry: OrderedJSON, id: String, properties: [(String, OrderedJSON)]) -> OrderedJSON {
        .object([
            ("type", .string("Feature")), ("id", .string(id)), ("geometry", geometry),
            ("properties", .object(properties)),
        ])
    }

    /// [longitude, latitude] (RFC 7946 order), to a millionth of a degree (about 10 cm).
    static func position(_ point: GeoPoint) -> OrderedJSON {
        .array([.double((point.longitude * 1e6).rounded() / 1e6), .double((point.latitude * 1e6).rounded() / 1e6)])
    }
}
