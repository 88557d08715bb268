import TumenData
import TumenModel

/// A picture of a screen as SVG: the cell grid in DejaVu Sans Mono with the
/// colours of a fixed palette, so the same screen always gives the same bytes
/// (for `tumen render --format svg` and screenshots/, via rsvg-convert).
///
/// Each run of same-styled narrow characters is one `<text>` stretched to exactly
/// its cells (`textLength`), so box drawing joins up and columns line up whatever
/// the font's advance; a wide character gets its own two cells.
public enum SVGWriter {
    public static let cellWidth = 10
    public static let cellHeight = 20
    /// DejaVu Sans Mono advances 1233/2048 em per character, so at 16.61 px a character
    /// is 10.000 px wide: the text lands on the cell grid even in renderers that ignore
    /// `textLength` (rsvg-convert does).
    static let fontSize = "16.61"
    /// Baseline below the top of a cell: the font's ascent (0.928 em) at that size, rounded down.
    static let baseline = 15

    public static func write(_ screen: Screen) -> String {
        let width = screen.size.width * cellWidth
        let height = screen.size.height * cellHeight
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)">
            <rect width="\(width)" height="\(height)" fill="\(SVGPalette.defaultBackground)"/>
            <g font-family="DejaVu Sans Mono, monospace" font-size="\(fontSize)" xml:space="preserve">

            """
        for row in 0..<screen.size.height {
            let runs = SVGRun.runs(in: screen, row: row)
            for run in runs where run.colors.background != SVGPalette.defaultBackground {
                svg +=
                    "<rect x=\"\(run.column * cellWidth)\" y=\"\(row * cellHeight)\" "
                    + "width=\"\(run.width * cellWidth)\" height=\"\(cellHeight)\" "
                    + "fill=\"\(run.colors.background)\"/>\n"
            }
            for run in runs where !run.text.allSatisfy({ $0 == " " }) {
                svg += run.block.map { block(run, $0, row: row) } ?? text(run, row: row)
            }
        }
        svg += "</g>\n</svg>\n"
        return svg
    }

    /// Block elements as rectangles: glyphs leave thin gaps between rows, and the
    /// presenter's large letters are made of them.
    static func block(_ run: SVGRun, _ part: SVGRun.BlockPart, row: Int) -> String {
        var (x, y, width, height) = (run.column * cellWidth, row * cellHeight, run.width * cellWidth, cellHeight)
        switch part {
        case .full: break
        case .upperHalf: height /= 2
        case .lowerHalf:
            height /= 2
            y += height
        case .leftHalf: width = run.width * cellWidth / 2
        case .rightHalf:
            width = cellWidth / 2
            x += cellWidth / 2
        }
        let opacity = run.style.attributes.contains(.dim) ? " fill-opacity=\"0.6\"" : ""
        return
            "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" "
            + "fill=\"\(run.colors.foreground)\"\(opacity)/>\n"
    }

    static func text(_ run: SVGRun, row: Int) -> String {
        var run = run
        // Blanks at either end draw nothing; dropping them keeps the file small.
        while run.width == run.text.count, run.text.last == " " {
            run.text.removeLast()
            run.width -= 1
        }
        while run.width == run.text.count, run.text.first == " " {
            run.text.removeFirst()
            run.width -= 1
            run.column += 1
        }
        var attributes =
            "x=\"\(run.column * cellWidth)\" y=\"\(row * cellHeight + baseline)\" fill=\"\(run.colors.foreground)\""
        attributes += " textLength=\"\(run.width * cellWidth)\" lengthAdjust=\"spacingAndGlyphs\""
        if run.style.attributes.contains(.bold) { attributes += " font-weight=\"bold\"" }
        if run.style.attributes.contains(.italic) { attributes += " font-style=\"italic\"" }
        if run.style.attributes.contains(.underline) { attributes += " text-decoration=\"underline\"" }
        if run.style.attributes.contains(.dim) { attributes += " fill-opacity=\"0.6\"" }
        return "<text \(attributes)>\(escapeXML(run.text))</text>\n"
    }

    /// Text safe inside an XML element or attribute: markup characters escaped and
    /// control characters (which XML 1.0 forbids) made visible.
    public static func escapeXML(_ text: String) -> String {
        var escaped = ""
        for character in TextSanitizer.visible(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

/// Cells of one row that share a style and are drawn as one piece of text.
struct SVGRun {
    var column: Int
    var width: Int
    var text: String
    var style: Style
    var colors: (foreground: String, background: String)

    /// The block elements drawn as rectangles. Left and right halves are drawn one cell at a time.
    enum BlockPart { case full, upperHalf, lowerHalf, leftHalf, rightHalf }

    var block: BlockPart? { Self.blockPart(text) }

    static func blockPart(_ text: String) -> BlockPart? {
        switch text.first {
        case "█": return .full
        case "▀": return .upperHalf
        case "▄": return .lowerHalf
        case "▌": return .leftHalf
        case "▐": return .rightHalf
        default: return nil
        }
    }

    static func runs(in screen: Screen, row: Int) -> [SVGRun] {
        var runs: [SVGRun] = []
        for column in 0..<screen.size.width {
            let cell = screen[column, row]
            if cell.isContinuation { continue }
            let text = TextSanitizer.visible(cell.text)
            // The cells the character owns on screen, whatever its text measures.
            let nextIsContinuation = column + 1 < screen.size.width && screen[column + 1, row].isContinuation
            let cellWidth = nextIsContinuation ? 2 : 1
            let wide = cellWidth > 1 || text.count != 1
            // Blocks join only with the same block (one rectangle); text only with text.
            let part = blockPart(text)
            let halfWidth = part == .leftHalf || part == .rightHalf
            if !wide, !halfWidth, var last = runs.last, last.style == cell.style, last.width == last.text.count,
                last.block == part, part == nil || last.text.first == text.first
            {
                last.text += text
                last.width += 1
                runs[runs.count - 1] = last
            } else {
                runs.append(
                    SVGRun(
                        column: column, width: cellWidth, text: text, style: cell.style,
                        colors: SVGPalette.colors(for: cell.style)))
            }
        }
        return runs
    }
}

/// The fixed palette of SVG pictures: a dark background with the 16 ANSI colours
/// (VS Code's terminal palette, legible on a projector).
public enum SVGPalette {
    public static let defaultForeground = "#d4d4d4"
    public static let defaultBackground = "#1e1e1e"

    static let ansi: [String] = [
        "#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
        "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff",
    ]

    public static func hex(_ color: Color, default fallback: String) -> String {
        color == .terminalDefault ? fallback : ansi[Int(color.rawValue)]
    }

    /// Foreground and background after reverse video.
    static func colors(for style: Style) -> (foreground: String, background: String) {
        let foreground = hex(style.foreground, default: defaultForeground)
        let background = hex(style.background, default: defaultBackground)
        return style.attributes.contains(.reverse) ? (background, foreground) : (foreground, background)
    }
}
