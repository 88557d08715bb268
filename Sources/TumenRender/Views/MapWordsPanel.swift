import TumenData
import TumenModel

/// `w` in the map view: the map described in words (MapDescription), in a box over the
/// lower part of the map, for sighted students too. It says what the screen-reader mode
/// says for the same state: the selected stage's place, country, straight-line distance
/// and direction from the stage before, travel and sources; or the whole route.
enum MapWordsPanel {
    static func draw(
        _ state: ExplorerState, mapRect: Rect, into screen: inout Screen, theme: Theme,
        basemap: BasemapLoad
    ) {
        // Beside the map's own panel on a wide screen, so the stage list stays in view.
        let width = mapRect.width >= MapView.sidePanelFromWidth ? mapRect.width - MapView.sidePanelWidth : mapRect.width
        guard width >= 24, mapRect.height >= 6 else { return }
        let words = MapDescription(dataset: state.dataset, basemap: basemap.basemap).describe(state)
        let innerWidth = width - 4
        var lines = words.flatMap { WordWrap.lines($0, width: innerWidth) }
        let room = max(1, min(mapRect.height * 2 / 3, mapRect.height - 2) - 2)
        if lines.count > room {
            lines = Array(lines.prefix(room))
            lines[room - 1] = WordWrap.truncate(
                lines[room - 1] + " " + (theme.unicode ? "…" : "..."), width: innerWidth, unicode: theme.unicode)
        }
        let height = lines.count + 2
        let box = Rect(column: mapRect.column, row: mapRect.maxRow - height, width: width, height: height)
        let inner = Box.draw(box, title: "The map in words (w closes)", into: &screen, theme: theme)
        for (offset, line) in lines.enumerated() {
            screen.put(line, column: inner.column, row: inner.row + offset, style: theme.normal, limit: inner.width)
        }
    }
}
