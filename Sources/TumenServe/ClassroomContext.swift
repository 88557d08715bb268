import TumenData
import TumenModel
import TumenRender

/// What every connection of one server shares: the dataset and lesson it serves, the
/// basemap (in a render context each connection takes its own caches from), the limits,
/// the hub and where to log.
final class ClassroomContext: Sendable {
    let dataset: Dataset
    let deck: PresenterDeck
    let render: RenderContext
    let configuration: ServeConfiguration
    let hub: ClassroomHub
    let log: @Sendable (String) -> Void
    let clock: @Sendable () -> Double

    init(
        dataset: Dataset, deck: PresenterDeck, basemap: BasemapLoad, configuration: ServeConfiguration,
        hub: ClassroomHub, log: @escaping @Sendable (String) -> Void, clock: @escaping @Sendable () -> Double
    ) {
        self.dataset = dataset
        self.deck = deck
        render = RenderContext(basemap: basemap)
        self.configuration = configuration
        self.hub = hub
        self.log = log
        self.clock = clock
    }

    /// A terminal size as the client reported it, within the server's bounds (0 means
    /// "not said": 80x24).
    func clamped(width: Int, height: Int) -> Size {
        let maximum = configuration.maximumSize
        return Size(
            width: width <= 0 ? 80 : min(width, maximum.width), height: height <= 0 ? 24 : min(height, maximum.height))
    }
}

/// One TCP connection: where it comes from, and whether it has opened its session yet
/// (only one session a connection, and only so long to open it).
final class ConnectionRecord {
    let remote: String
    var sessionOpened = false

    init(remote: String) {
        self.remote = remote
    }
}
