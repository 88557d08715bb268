// Compiled in one module with TumenModel's and TumenRender's sources (scripts/fuzz.sh),
// so no import.

/// libFuzzer's entry point for the whole path a user's file takes: the bytes are loaded
/// (format detected), and when they load, every view is drawn at three sizes (timeline,
/// detail, map, help, filter, search, presenter) and the dataset exported in every
/// format. Nothing may crash or hang, and no row may leave its screen's width.
/// One context for the whole run, as the app keeps one for its session; the presenter's
/// map is drawn without a basemap, so each input costs what its own data costs.
private let explorerContext = RenderContext(basemap: BasemapLoad(basemap: nil, path: nil, notice: nil))
private let presenterContext = RenderContext(basemap: BasemapLoad(basemap: nil, path: nil, notice: nil))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzViews(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let loaded = try? DatasetLoader.decode(bytes: bytes, path: "fuzz") else { return 0 }
    let dataset = loaded.dataset
    for screenSize in [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 200, height: 60)] {
        var state = ExplorerState(dataset: dataset, size: screenSize, showContentNote: true)
        let keys: [Key] = [
            .enter, .character("j"), .enter, .character("J"), .character("+"), .character("+"),
            .character("m"), .character("]"), .character("-"), .character("t"), .character("?"),
            .escape, .character("f"), .character(" "), .escape, .character("/"), .character("a"),
            .enter, .character("G"), .tab,
        ]
        for (index, key) in keys.enumerated() {
            state.press(key)
            let screen = RootView.render(state, theme: .dark(unicode: index % 2 == 0), context: explorerContext)
            for line in screen.lines where DisplayWidth.of(line) != screenSize.width {
                fatalError("a row \(DisplayWidth.of(line)) wide on a \(screenSize.width)-column screen")
            }
        }
        if let deck = try? PresenterDeck(dataset: dataset, lesson: nil) {
            var presenter = PresenterState(deck: deck, size: screenSize)
            for _ in 0..<3 {
                _ = PresenterView.render(presenter, theme: .light(), context: presenterContext)
                presenter.apply(.next, at: 0)
            }
        }
    }
    for format in ExportFormat.allCases {
        _ = format.render(dataset, basemap: nil)
    }
    return 0
}
