import TumenData
import TumenModel

/// Below the minimum size: a clear message instead of a broken layout. It goes away by
/// itself when the window is enlarged (the next resize renders the explorer again).
enum TooSmallView {
    static func draw(_ state: ExplorerState, into screen: inout Screen, theme: Theme) {
        let full = Rect(state.size)
        screen.fill(column: 0, row: 0, width: full.width, height: full.height, style: theme.normal)
        let need = ExplorerLayout.minimum
        let lines = [
            "Window too small", "need \(need.width)x\(need.height), have \(state.size.width)x\(state.size.height)",
            "Enlarge the window", "(q quits)",
        ]
        let top = max(0, (full.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < full.height {
            let text = WordWrap.truncate(line, width: full.width, unicode: theme.unicode)
            let x = max(0, (full.width - DisplayWidth.of(text)) / 2)
            screen.put(text, column: x, row: top + i, style: i == 0 ? theme.warning : theme.normal)
        }
    }
}
