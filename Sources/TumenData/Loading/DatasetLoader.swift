import FoundationEssentials

/// Reads a dataset file of any supported format, checks it, and returns it or
/// every problem found. The one entry point for the explorer, `render`,
/// `present`, `validate`, `export` and `import`.
public enum DatasetLoader {
    /// Larger files are refused before parsing, so a runaway file fails fast instead of
    /// eating memory. A classroom dataset is a few hundred kilobytes; an export of a
    /// conflict-event database or a news archive runs to tens of megabytes; a million
    /// events of about 200 bytes is some 200 MB (docs/PERFORMANCE.md: time and memory).
    public static let maximumFileSize = 256 * 1024 * 1024

    /// The path that means standard input, as in most Unix tools.
    public static let standardInputPath = "-"

    /// The single place where a file's format is decided and its decoder chosen.
    /// Importers add their format here: a detection rule and a `case`. A JSON format
    /// decodes `root` with a `JSONFieldReader` and ends with `finish(_:reader:…)`, so
    /// its problems get positions and its data the same validation as Tumen's own.
    /// `progress`, when given, follows the events of a Tumen file as they are decoded.
    /// `basemap`, when given, is asked for the land (only when a story map might have its
    /// coordinates swapped), so the caller decides whether and where a basemap is read.
    public static func decode(
        bytes: [UInt8], path: String, format: DatasetFormat? = nil,
        progress: LoadProgress? = nil,
        basemap: (() -> Basemap?)? = nil
    ) throws(DatasetLoadError) -> LoadedDataset {
        if format == .timelineCSV || (format == nil && looksLikeCSV(bytes: bytes, path: path)) {
            return try TimelineCSVConverter.load(bytes: bytes, path: path)
        }
        // Tumen's events are decoded while the file is parsed, as soon as the members
        // before them show the file is Tumen's (see `TumenFormatDecoder.EventStream`).
        let stream = TumenFormatDecoder.EventStream(forced: format, progress: progress)
        let root = try parseJSON(bytes: bytes, path: path, handOver: stream.handOver)
        if stream.isTaken {
            return try TumenFormatDecoder.load(root: root, stream: stream, bytes: bytes, path: path)
        }
        let chosen = format ?? detectJSONFormat(root)
        if format == nil, let unknown = notADataset(root) {
            throw DatasetLoadError(
                exitCode: DatasetLoadError.badData,
                problems: [
                    DatasetProblem(file: path, line: 1, column: 1, message: unknown)
                ])
        }
        switch chosen {
        case .tumen:
            return try TumenFormatDecoder.load(root: root, bytes: bytes, path: path)
        case .timelineJSON:
            return try TimelineJSConverter.load(root: root, bytes: bytes, path: path)
        case .storyMap:
            return try StoryMapConverter.load(root: root, bytes: bytes, path: path, basemap: basemap)
        case .timelineCSV:
            return try TimelineCSVConverter.load(bytes: bytes, path: path)
        }
    }

    /// Parses JSON text, turning a syntax error into a positioned problem.
    public static func parseJSON(bytes: [UInt8], path: String, handOver: JSONParser.HandOver? = nil)
        throws(DatasetLoadError) -> JSONNode
    {
        do {
            return try JSONParser.parse(bytes, handOver: handOver)
        } catch {
            let (line, column) = LineIndex(bytes).position(of: error.offset)
            throw DatasetLoadError(
                exitCode: DatasetLoadError.badData,
                problems: [
                    DatasetProblem(file: path, line: line, column: column, message: error.message)
                ])
        }
    }

    /// Tumen's own files say `"format": "tumen-dataset"`; a file with Tumen's
    /// collections but no marker is still treated as Tumen's, so the error is
    /// "missing field 'format'" rather than a confusing TimelineJS one.
    public static func detectJSONFormat(_ root: JSONNode) -> DatasetFormat {
        if tumenKeys.contains(where: { root[$0] != nil }) { return .tumen }
        if root["storymap"] != nil { return .storyMap }
        // TimelineJS 2: {"timeline": {"type": "default", "date": […]}}.
        if TimelineJS2Converter.isVersion2(root) { return .timelineJSON }
        if root["events"] != nil, root["title"]?.kindName == "an object" || root["eras"] != nil || root["scale"] != nil
        {
            return .timelineJSON
        }
        if case .array = root["events"]?.value, root["version"] == nil { return .timelineJSON }
        return .tumen
    }

    /// For JSON that is no format Tumen reads (another program's file, opened by mistake),
    /// one message saying so, rather than a "missing required field" for each of Tumen's.
    static func notADataset(_ root: JSONNode) -> String? {
        let members: [String]
        switch root.value {
        case .object(let list): members = list.map(\.key)
        default: return nil  // the decoder says "expected an object, found an array"
        }
        let anyFormat = tumenKeys + ["version", "title", "events", "eras", "storymap", "timeline"]
        guard !members.contains(where: anyFormat.contains) else { return nil }
        let shown = members.prefix(5).map { "\"\(JSONParser.excerpt($0))\"" }.joined(separator: ", ")
        return "this is not a dataset Tumen can read: no member of a Tumen dataset (\"format\": \"tumen-dataset\"), "
            + "a TimelineJS file (\"events\") or a StoryMapJS story (\"storymap\"); "
            + (members.isEmpty ? "the object is empty" : "it has \(shown)\(members.count > 5 ? ", …" : "")")
    }

    /// Root members only Tumen's format has: any one of them makes a file Tumen's.
    static let tumenKeys = ["format", "categories", "sources", "places", "routes", "lessons"]

    /// A `.csv` or `.tsv` name, or text that does not start like JSON and whose first line
    /// has separated cells naming a date column (a sheet saved under another name).
    static func looksLikeCSV(bytes: [UInt8], path: String) -> Bool {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".csv") || lowered.hasSuffix(".tsv") { return true }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let first = body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return false }
        let firstLine = body.prefix(while: { $0 != 0x0A })
        let text = String(decoding: firstLine, as: UTF8.self).lowercased()
        return CSVParser.separators.contains(where: { text.unicodeScalars.contains($0) })
            && (text.contains("year") || text.contains("start date"))
    }

    package static func megabytes(_ size: Int) -> String {
        let value = Double(size) / 1_048_576
        return CFormat.string("%.1f MB", value)
    }
}
