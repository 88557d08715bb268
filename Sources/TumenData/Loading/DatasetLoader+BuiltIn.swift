extension DatasetLoader {
    /// The dataset built into the binary (`EmbeddedFiles.dataset`), opened on every start
    /// when no file is given. It is data/tumen.json byte for byte, and the tests check
    /// that it passes every check with no warning (BuiltInDatasetTests), so the
    /// validator's pass over it (a fifth of opening it) is not run again here, unless
    /// `checking` (`tumen validate`, which is asked to check). Should decoding it report
    /// anything after all, it goes through `finish` like any file.
    public static func decodeBuiltIn(path: String, checking: Bool = false) throws(DatasetLoadError) -> LoadedDataset {
        let bytes = EmbeddedFiles.dataset
        if checking { return try decode(bytes: bytes, path: path) }
        let stream = TumenFormatDecoder.EventStream(forced: .tumen)
        let root = try parseJSON(bytes: bytes, path: path, handOver: stream.handOver)
        let dataset = TumenFormatDecoder.decode(root, reader: stream.reader, events: stream.events)
        guard stream.isTaken, stream.reader.issues.isEmpty, stream.reader.warnings.isEmpty else {
            return try finish(
                dataset, reader: stream.reader, root: root, bytes: bytes, path: path, format: .tumen,
                treeIsPartial: stream.isTaken)
        }
        return LoadedDataset(dataset: dataset, path: path, format: .tumen)
    }
}
