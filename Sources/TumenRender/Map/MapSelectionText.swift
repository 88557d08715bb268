import TumenData
import TumenModel

/// The words the map's panel uses for a selected event that is no route stage: its date and
/// title, and where it happened, each place by name with its Korean or Chinese name.
enum MapSelectionText {
    /// "1986: The repatriation agreement".
    static func heading(_ event: Event) -> String {
        "\(event.date.label): \(event.title)"
    }

    /// "Where: China (中国), North Korea (조선)." The names, not ids: a reader needs to know
    /// which places the event concerns when some (a country) have no marker on the map.
    static func whereText(_ places: [Place]) -> String {
        guard !places.isEmpty else { return "Where: not given." }
        let names = places.map { place in place.localName.map { "\(place.name) (\($0))" } ?? place.name }
        return "Where: " + names.joined(separator: ", ") + "."
    }

    /// The summary's first paragraph: the panel has room for a few lines, not the detail pane.
    static func firstParagraph(_ summary: String) -> String {
        String(summary.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")
    }
}
