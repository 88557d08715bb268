import TumenData
import TumenModel

/// The index of steps (`i`): a box over the step listing every step with its number and
/// date, the highlighted one to go to with Enter, the current one marked.
enum PresenterIndexView {
    static func draw(_ state: PresenterState, cursor: Int, into screen: inout Screen, theme: Theme) {
        let size = state.size
        let steps = state.deck.steps
        let width = min(size.width - 4, 76)
        let height = min(steps.count + 2, size.height - 3)
        guard width >= 12, height >= 3 else { return }
        let left = (size.width - width) / 2
        let top = 1
        let unicode = theme.unicode
        let (h, v) = unicode ? ("─", "│") : ("-", "|")
        let (tl, tr, bl, br) = unicode ? ("┌", "┐", "└", "┘") : ("+", "+", "+", "+")
        screen.fill(column: left, row: top, width: width, height: height, style: theme.normal)
        screen.put(tl + String(repeating: h, count: width - 2) + tr, column: left, row: top, style: theme.border)
        screen.put(
            bl + String(repeating: h, count: width - 2) + br, column: left, row: top + height - 1, style: theme.border)
        for row in top + 1..<top + height - 1 {
            screen.put(v, column: left, row: row, style: theme.border)
            screen.put(v, column: left + width - 1, row: row, style: theme.border)
        }
        screen.put(" Steps: Enter go, Esc close ", column: left + 2, row: top, style: theme.title, limit: width - 4)

        // Scroll so the highlighted step stays in the box.
        let rows = height - 2
        let first = min(max(0, cursor - rows / 2), max(0, steps.count - rows))
        let numberWidth = String(steps.count).count
        for (offset, index) in (first..<min(steps.count, first + rows)).enumerated() {
            let step = steps[index]
            let number = String(index + 1)
            let mark = index == state.current ? "*" : " "
            var text = mark + String(repeating: " ", count: numberWidth - number.count) + number + "  " + step.title
            if let date = step.date { text += "  (\(date))" }
            let style = index == cursor ? theme.selected : theme.normal
            let row = top + 1 + offset
            screen.fill(column: left + 1, row: row, width: width - 2, height: 1, style: style)
            screen.put(text, column: left + 1, row: row, style: style, limit: width - 2)
        }
    }
}
