extension DatasetLoader {
    /// The last step for any format decoded from a JSON tree with a `JSONFieldReader`
    /// (Tumen's own, and importers'): runs `DatasetValidator`, ties every problem and
    /// warning to a line and column, and returns the dataset or throws all problems.
    public static func finish(
        _ dataset: Dataset, reader: JSONFieldReader, root: JSONNode?, bytes: [UInt8], path: String,
        format: DatasetFormat, extraWarnings: [String] = [], treeIsPartial: Bool = false
    ) throws(DatasetLoadError) -> LoadedDataset {
        let extraWarnings =
            format == .tumen ? extraWarnings : extraWarnings + DuplicateEvents.warnings(in: dataset, path: path)
        var issues = reader.issues
        if !reader.isFull {
            issues += DatasetValidator.validate(dataset, skipping: reader.invalidPaths)
        }
        let limit = JSONFieldReader.maximumIssues
        if issues.count >= limit {
            issues = Array(issues.prefix(limit))
            issues.append(
                DatasetIssue(
                    path: .root, message: "stopped after \(limit) problems; fix these first", offset: bytes.count))
        }
        if issues.isEmpty && reader.warnings.isEmpty {
            return LoadedDataset(dataset: dataset, path: path, format: format, warnings: extraWarnings)
        }
        // A partial tree (events decoded while parsing) cannot place a problem that has
        // only a field path; the file parsed again in full can. Only files with such
        // problems pay for it.
        var root = root
        if treeIsPartial, (issues + reader.warnings).contains(where: { $0.offset == nil }) {
            root = try? JSONParser.parse(bytes)
        }
        let problems = locate(issues, root: root, bytes: bytes, path: path)
        if !problems.isEmpty {
            throw DatasetLoadError(exitCode: DatasetLoadError.badData, problems: problems)
        }
        // Warnings whose issues carry no offset are placed by their path before grouping.
        let warnings = locate(WarningGroups.grouped(reader.warnings), root: root, bytes: bytes, path: path).map {
            warning -> String in
            var shown = warning
            shown.message = "warning: " + shown.message
            return shown.description
        }
        return LoadedDataset(dataset: dataset, path: path, format: format, warnings: warnings + extraWarnings)
    }

    /// Issues as problems in file order (as a reader meets them; ties keep the order
    /// found). A position comes from the issue's offset, else from looking its path
    /// up in `root`; without either, the problem names the file and field path only.
    public static func locate(_ issues: [DatasetIssue], root: JSONNode?, bytes: [UInt8], path: String)
        -> [DatasetProblem]
    {
        guard !issues.isEmpty else { return [] }
        // Built only when something is reported: indexing lines costs a pass over the file.
        let lines = LineIndex(bytes)
        let problems = issues.map { issue -> DatasetProblem in
            let fieldPath = issue.path.components.isEmpty ? nil : issue.path.description
            guard let offset = issue.offset ?? root?.nearestNode(at: issue.path).offset else {
                return DatasetProblem(file: path, message: issue.message, fieldPath: fieldPath)
            }
            let (line, column) = lines.position(of: offset)
            return DatasetProblem(file: path, line: line, column: column, message: issue.message, fieldPath: fieldPath)
        }
        return problems.enumerated().sorted {
            ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset) < (
                $1.element.line ?? 0, $1.element.column ?? 0, $1.offset
            )
        }.map(\.element)
    }
}
