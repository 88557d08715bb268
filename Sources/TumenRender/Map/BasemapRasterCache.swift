import TumenData
import TumenModel

/// The basemap drawn for one projection is the same every frame until the map pans or
/// zooms or the window changes size, and rasterising it is most of a map frame (about
/// 2 ms at 200x60). This keeps the last few rasters, keyed by everything they depend on,
/// so drawing stays a pure function of its inputs: a hit returns what a miss would draw.
final class BasemapRasterCache: Sendable {
    private struct Entry {
        var projection: MapProjection
        var basemap: Basemap?
        var braille: Bool
        var raster: BasemapPainter.Result
        var brailleLines: BrailleRaster?
    }

    /// Enough for the views a session flips between (map, split view, presenter).
    private let recent = RecentValues<Entry>(capacity: 4)

    func removeAll() { recent.removeAll() }

    /// The raster (and, for Unicode, the braille lines) of `basemap` in `projection`.
    /// Comparing basemaps is cheap for the one loaded basemap: equal arrays that share
    /// storage compare without looking at their elements.
    func rasters(projection: MapProjection, basemap: Basemap?, braille: Bool) -> (BasemapPainter.Result, BrailleRaster?)
    {
        let entry = recent.entry(matching: {
            $0.projection == projection && $0.braille == braille && $0.basemap == basemap
        }) {
            let painter = BasemapPainter(projection: projection)
            return Entry(
                projection: projection, basemap: basemap, braille: braille, raster: painter.rasterize(basemap),
                brailleLines: braille ? painter.brailleLines(basemap) : nil)
        }
        return (entry.raster, entry.brailleLines)
    }
}
