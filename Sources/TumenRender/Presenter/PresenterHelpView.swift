import TumenData
import TumenModel

/// The list of presenter keys (`?`), from the one command table, in a box over the step.
enum PresenterHelpView {
    static func draw(_ state: PresenterState, into screen: inout Screen, theme: Theme) {
        // One row per help text: the digits' ten commands share one.
        var rows: [(keys: String, help: String)] = []
        for context in [Command.Context.presenter, .presenterIndex] {
            for command in KeyBindings.commands where command.context == context {
                let keys = command.keys.map(KeyNames.notation(for:)).joined(separator: " ")
                let help = context == .presenterIndex ? "in the index: " + command.help : command.help
                if let index = rows.firstIndex(where: { $0.help == help }) {
                    if case .presenter(.digit) = command.action {
                        rows[index].keys = "0-9"
                    } else {
                        rows[index].keys += " " + keys
                    }
                } else {
                    rows.append((keys, help))
                }
            }
        }
        let size = state.size
        let keyWidth = min(30, rows.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let width = min(size.width - 4, keyWidth + 44)
        let height = min(rows.count + 4, size.height - 3)
        guard width >= 20, height >= 5 else { return }
        let left = (size.width - width) / 2
        let top = 1
        let (h, v) = theme.unicode ? ("─", "│") : ("-", "|")
        let (tl, tr, bl, br) = theme.unicode ? ("┌", "┐", "└", "┘") : ("+", "+", "+", "+")
        screen.fill(column: left, row: top, width: width, height: height, style: theme.normal)
        screen.put(tl + String(repeating: h, count: width - 2) + tr, column: left, row: top, style: theme.border)
        screen.put(
            bl + String(repeating: h, count: width - 2) + br, column: left, row: top + height - 1, style: theme.border)
        for row in top + 1..<top + height - 1 {
            screen.put(v, column: left, row: row, style: theme.border)
            screen.put(v, column: left + width - 1, row: row, style: theme.border)
        }
        screen.put(" Presenter keys: any key closes ", column: left + 2, row: top, style: theme.title, limit: width - 4)
        for (offset, row) in rows.prefix(height - 4).enumerated() {
            let y = top + 2 + offset
            screen.put(row.keys, column: left + 2, row: y, style: theme.title, limit: keyWidth)
            screen.put(row.help, column: left + 4 + keyWidth, row: y, style: theme.normal, limit: width - keyWidth - 6)
        }
    }
}
