import TumenData
import TumenFiles
import TumenModel
import TumenRender

extension RenderContext {
    /// The repository's basemap, with caches kept across a test target's tests as the app
    /// keeps them across frames (a cache never changes what is drawn, only how fast).
    public static let forTests = RenderContext(basemap: .standard)
    /// No basemap: places and routes on a blank sea, as when the file is missing.
    public static let forTestsWithoutBasemap = RenderContext(basemap: BasemapLoad(basemap: nil, path: nil, notice: nil))
}
