import TumenBuiltIn
import TumenData

/// The dataset built into the binary, used when no file is given and none is found.
enum BuiltInData {
    /// Already decoded (`BuiltInDataset`, generated from data/tumen.json and checked by the
    /// tests), so nothing is parsed or checked on a start. `checking` (`tumen validate`,
    /// which is asked to check) decodes and checks the embedded text instead, so problems
    /// come with their line and column.
    static func load(path: String, checking: Bool = false) throws(DatasetLoadError) -> LoadedDataset {
        if checking {
            return try DatasetLoader.decode(bytes: EmbeddedFiles.dataset, path: path)
        }
        return LoadedDataset(dataset: BuiltInDataset.make(), path: path, format: .tumen)
    }
}
