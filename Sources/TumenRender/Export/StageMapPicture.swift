import TumenData
import TumenModel

/// A route stage's map as an SVG picture for the HTML handout: drawn by the same code as
/// the presenter's map (`PresenterView.drawMap`, the whole route in view, revealed up to
/// this stage) on a Screen, then written by `SVGWriter`, so the handout shows what the
/// class saw. ASCII, so the picture needs no braille or box-drawing font.
enum StageMapPicture {
    static let size = Size(width: 80, height: 28)

    /// The `<svg>` element, ready to sit inside HTML: no XML declaration, marked as one
    /// picture (`role="img"`) named `title` and described by the element `describedBy`.
    static func inlineSVG(
        stage: PresenterStep.StageInfo, dataset: Dataset, context: RenderContext,
        id: String, title: String, describedBy: String
    ) -> String {
        let theme = Theme.dark(unicode: false)
        var screen = Screen(size: size, fill: Cell(" ", style: theme.normal))
        PresenterView.drawMap(
            stage, dataset: dataset, into: &screen,
            rect: Rect(column: 0, row: 0, width: size.width, height: size.height),
            theme: theme, context: context)
        theme.settle(&screen)
        var svg = SVGWriter.write(screen)
        if let declarationEnd = svg.firstRange(of: "?>\n"), svg.hasPrefix("<?xml") {
            svg.removeSubrange(svg.startIndex..<declarationEnd.upperBound)
        }
        guard let tagEnd = svg.firstRange(of: ">") else { return svg }
        // Named twice on purpose: aria-label for screen readers, <title> for a tooltip and for
        // tools that read SVG alone; described by the caption under it (the map in words).
        let attributes =
            " id=\"\(id)\" role=\"img\" aria-label=\"\(HandoutHTML.escape(title))\" aria-describedby=\"\(describedBy)\""
        svg.insert(contentsOf: attributes, at: tagEnd.lowerBound)
        let withAttributes = svg.firstRange(of: ">")!
        svg.insert(contentsOf: "\n<title>\(HandoutHTML.escape(title))</title>", at: withAttributes.upperBound)
        return svg.hasSuffix("\n") ? String(svg.dropLast()) : svg
    }

    /// How to read the pictures, from the map's own symbols: one sentence per symbol.
    static func key(for dataset: Dataset) -> [(symbol: String, meaning: String)] {
        let symbols = MapSymbols(unicode: false)
        var key: [(String, String)] = [
            ("1 2 3", "the route's stages, in order; the stage of the step in reverse video")
        ]
        let modes = Set(dataset.routes.flatMap { $0.stages.dropFirst().map(\.drawnMode) })
        for mode in [TravelMode.road, .rail, .boat, .foot, .air, .unknown] where modes.contains(mode) {
            key.append((symbols.legSample(mode), MapPanel.legendWord(mode)))
        }
        key += [(symbols.place, "another place"), (symbols.sea, "sea"), ("_ - / \\ |", "coasts and borders")]
        return key
    }
}
