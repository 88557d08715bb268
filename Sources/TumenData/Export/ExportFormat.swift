/// What `tumen export` can write. Each format has one writer, a pure function of
/// the dataset (and, for GeoJSON, the basemap its legs are routed over), so a new
/// format is one case and one file.
public enum ExportFormat: String, Sendable, CaseIterable {
    case json, csv, markdown, geojson, timelinejs, storymap

    /// `basemap`: GeoJSON's legs are routed over it as the map routes them, and the
    /// Markdown handout's map in words names the countries stages are in by it.
    public func render(_ dataset: Dataset, basemap: Basemap?) -> String {
        switch self {
        case .json: return CanonicalJSONWriter.write(dataset)
        case .csv: return EventsCSVWriter.write(dataset)
        case .markdown:
            return MarkdownHandoutWriter(mapWords: MapDescription(dataset: dataset, basemap: basemap)).write(dataset)
        case .geojson: return GeoJSONWriter.write(dataset, geometry: RouteGeometry(dataset: dataset, basemap: basemap))
        case .timelinejs: return TimelineJSWriter.write(dataset)
        case .storymap: return StoryMapWriter.write(dataset)
        }
    }

    /// Why this dataset cannot be written in this format (the command exits 65), or nil.
    public func refusal(_ dataset: Dataset) -> String? {
        self == .timelinejs ? TimelineJSWriter.refusal(dataset) : nil
    }

    /// Something the user should know about the file written, or nil.
    public func warning(_ dataset: Dataset) -> String? {
        self == .storymap ? StoryMapWriter.warning(dataset) : nil
    }
}

extension TextSanitizer {
    /// `visible(_:)` for text whose paragraphs must survive an export (summaries,
    /// descriptions): newlines stay, every other control character becomes a stand-in.
    public static func visibleKeepingNewlines(_ text: String) -> String {
        guard containsControlCharacters(text, allowingNewlines: true) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { visible(String($0)) }
            .joined(separator: "\n")
    }
}
