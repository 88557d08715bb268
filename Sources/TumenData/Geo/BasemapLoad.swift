/// The basemap a map is drawn on, and where it came from. Failing to find or read one is
/// never fatal: the map then draws places and routes on a blank sea, and `notice` says why
/// in one line. Finding and reading it is TumenFiles' `BasemapLoader`.
public struct BasemapLoad: Sendable, Equatable {
    public var basemap: Basemap?
    /// Where it was read from, or the first place looked.
    public var path: String?
    /// One line for the map view when there is no basemap; nil when there is one.
    public var notice: String?
    /// Milliseconds spent reading and decoding (reported by the basemap tests).
    public var milliseconds: Double = 0

    public init(basemap: Basemap?, path: String?, notice: String?, milliseconds: Double = 0) {
        self.basemap = basemap
        self.path = path
        self.notice = notice
        self.milliseconds = milliseconds
    }

}
