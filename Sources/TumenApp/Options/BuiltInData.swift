import TumenBuiltIn
import TumenData
import TumenFiles
import TumenRender

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

    /// The bundled dataset's route legs over the built-in basemap, worked out when the
    /// binary was built: the slow part of a first map frame. Used for any dataset with the
    /// same routes and places, over a basemap equal to the built-in one.
    static let routeGeometry = KnownRouteGeometry {
        KnownRouteGeometry.Worked(
            dataset: BuiltInDataset.make(), basemap: BasemapLoad.builtIn.basemap,
            geometry: BuiltInDataset.routeGeometry())
    }
}

extension RenderContext {
    /// What a command draws with: the standard basemap, read when a frame first needs it,
    /// and the bundled dataset's route legs already worked out.
    static func forCommand() -> RenderContext {
        RenderContext(loadingBasemap: { .standard }, knownRouteGeometry: BuiltInData.routeGeometry)
    }
}
