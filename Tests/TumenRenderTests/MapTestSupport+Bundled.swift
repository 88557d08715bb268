import TumenData
import TumenFiles
import TumenModel
import TumenTestSupport
import XCTest

@testable import TumenRender

/// The bundled data as a user meets it, for tests that check what a screen shows, and what
/// the map knows about that screen's cells.
extension MapTestSupport {
    /// data/tumen.json (skipped where the checkout has none).
    static func bundledDataset() throws -> Dataset {
        let path = repositoryRoot + "/data/tumen.json"
        try XCTSkipUnless(FileManager.default.fileExists(atPath: path), "data/tumen.json is not in this checkout")
        return try DatasetLoader.load(path: path).dataset
    }

    /// The bundled data after `keys` (as `tumen render --keys` reads them), and its screen.
    static func bundled(_ keys: String, width: Int, height: Int, theme: Theme = .mono()) throws -> (
        ExplorerState, Screen
    ) {
        var state = ExplorerState(
            dataset: try bundledDataset(), size: Size(width: width, height: height), showContentNote: false)
        for step in try KeyNotation.parse(keys, source: "test") { state.apply(step) }
        return (state, RootView.render(state, theme: theme, context: .forTests))
    }

    /// Where the map is on the explorer's screen (map view or split view), its projection and
    /// its basemap raster: whose land each cell is.
    static func mapCells(_ state: ExplorerState) -> (
        rect: Rect, projection: MapProjection, raster: BasemapPainter.Result
    ) {
        let shown = state.mapScene
        let body = Rect(column: 0, row: 0, width: state.size.width, height: state.size.height - 1)
        let rect = MapView.mapRect(shown, in: state.layout.map ?? body)
        let projection = MapProjection(fitting: shown.viewport, columns: rect.width, rows: rect.height)
        let raster = MapViewTests.context.basemapRasters.rasters(
            projection: projection,
            basemap: MapViewTests.basemap.basemap,
            braille: false
        ).0
        return (rect, projection, raster)
    }
}
