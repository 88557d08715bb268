/// One problem with a dataset file, as the user sees it:
/// `data/x.json:12:5: month 13 does not exist in '2018-13' (events[3].date.start)`.
/// Line and column are absent for problems with the file as a whole (missing,
/// a directory, too large) and for data that did not come from a file position.
public struct DatasetProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    public var fieldPath: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, fieldPath: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.fieldPath = fieldPath
    }

    /// Safe to print: text quoted from the data cannot reach a terminal as control codes.
    public var description: String {
        var text = file
        if let line, let column { text += ":\(line):\(column)" }
        text += ": " + message
        if let fieldPath, !fieldPath.isEmpty { text += " (\(fieldPath))" }
        return TextSanitizer.visible(text)
    }
}

/// Why a dataset could not be loaded. `exitCode` follows sysexits: 66 when the
/// file cannot be read at all (missing, a directory, unreadable), 65 when it was
/// read and its content is wrong.
public struct DatasetLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public static let badData: Int32 = 65
    public static let noInput: Int32 = 66

    public var exitCode: Int32
    public var problems: [DatasetProblem]

    public init(exitCode: Int32, problems: [DatasetProblem]) {
        self.exitCode = exitCode
        self.problems = problems
    }

    package static func noInput(_ file: String, _ message: String) -> DatasetLoadError {
        DatasetLoadError(exitCode: noInput, problems: [DatasetProblem(file: file, message: message)])
    }

    package static func badData(_ file: String, _ message: String) -> DatasetLoadError {
        DatasetLoadError(exitCode: badData, problems: [DatasetProblem(file: file, message: message)])
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}

/// The formats Tumen reads. Only `.tumen` is Tumen's own; the others are imported.
public enum DatasetFormat: String, Sendable, CaseIterable {
    case tumen
    case timelineJSON = "timelinejs"
    case timelineCSV = "timelinejs-csv"
    case storyMap = "storymap"

    /// How a user would name it in a sentence.
    public var displayName: String {
        switch self {
        case .tumen: return "Tumen dataset"
        case .timelineJSON: return "TimelineJS JSON"
        case .timelineCSV: return "TimelineJS spreadsheet CSV"
        case .storyMap: return "StoryMapJS JSON"
        }
    }
}

/// A dataset read from a file, with what loading noticed but did not reject
/// (unknown fields ignored, imported media shown as links).
public struct LoadedDataset: Sendable {
    public var dataset: Dataset
    public var path: String
    public var format: DatasetFormat
    /// Each already formatted like a problem: `FILE:LINE:COLUMN: warning: …`.
    public var warnings: [String]

    public init(dataset: Dataset, path: String, format: DatasetFormat, warnings: [String] = []) {
        self.dataset = dataset
        self.path = path
        self.format = format
        self.warnings = warnings
    }
}
