/// How people travelled a leg of a route, as the sources tell it. The map draws each mode
/// in its own line style, so a flight never looks like a road.
public enum TravelMode: String, Sendable, Equatable, CaseIterable {
    case foot, road, rail, boat, air, unknown

    /// Words for panels, handouts and the legend: "on foot", "by road".
    public var phrase: String {
        switch self {
        case .foot: "on foot"
        case .road: "by road"
        case .rail: "by rail"
        case .boat: "by boat"
        case .air: "by air"
        case .unknown: "how is not known"
        }
    }
}

/// One source's word on how a stage was travelled. A source that names two ways (buses
/// and trains) gives two claims; a stage keeps every source's claims, so where the
/// sources disagree both are shown.
public struct TravelModeClaim: Sendable, Equatable {
    public var mode: TravelMode
    /// Who says so; nil only for `unknown` (no source says how).
    public var source: SourceReference?

    public init(mode: TravelMode, source: SourceReference? = nil) {
        self.mode = mode
        self.source = source
    }
}

extension RouteStage {
    /// The mode the map draws the leg into this stage with: the first claim's (the
    /// dataset lists the preferred source first), or `unknown` when there is none.
    public var drawnMode: TravelMode { travelModes.first?.mode ?? .unknown }

    /// The claims grouped by source, in order: [(["road", "rail"], CNN), (["road"], retelling)].
    public var travelModesBySource: [(modes: [TravelMode], source: SourceReference?)] {
        var groups: [(modes: [TravelMode], source: SourceReference?)] = []
        for claim in travelModes {
            if let index = groups.firstIndex(where: { $0.source?.source == claim.source?.source }) {
                if !groups[index].modes.contains(claim.mode) { groups[index].modes.append(claim.mode) }
            } else {
                groups.append(([claim.mode], claim.source))
            }
        }
        return groups
    }

    /// True when sources name different ways of travelling this stage.
    public var travelModesDisagree: Bool {
        let sets = travelModesBySource.map { Set($0.modes) }
        return sets.count > 1 && Set(sets).count > 1
    }
}
