import TumenModel

/// Where one presenter step's parts go at a screen size: the headline (large letters when
/// they fit), the date and stage line, the summary, the question, and for a route stage the
/// map. The view draws from it and `tumen present --check-fit` reads its problems, so the
/// check and the screen cannot disagree.
public struct PresenterLayout: Equatable, Sendable {
    public enum Headline: Equatable, Sendable {
        /// Lines of text to draw in `BlockFont`.
        case block([String])
        /// Lines of ordinary bold text (too long or narrow for large letters, or a
        /// character the block font does not have).
        case plain([String])
    }

    /// Rows kept at the bottom for the progress bar and the status line.
    public static let footerRows = 2
    /// The fewest rows worth drawing a map in; below this the stage list is shown.
    public static let minimumMapRows = 6

    public var margin: Int
    /// The first row of the text: a step without a map sits a little above the middle.
    public var top: Int
    public var textWidth: Int
    public var headline: Headline
    public var meta: [String]
    public var summary: [String]
    public var question: [String]
    /// Rows the text needs, blank separators included.
    public var textRows: Int
    /// Rows between the top margin and the footer.
    public var availableRows: Int
    /// For a route stage: the map's rectangle when there is room for one.
    public var map: Rect?
    /// For a route stage without room for a map: rows for the stage list (may be 0).
    public var stageListRows: Int
    /// Why the step does not fit, one reason each; empty when it fits.
    public var problems: [String]
    /// Things a teacher may want to know that do not cut content (small headline letters).
    public var notes: [String]

    public init(step: PresenterStep, size: Size) {
        margin = size.width >= 100 ? 4 : 2
        textWidth = max(1, min(size.width - 2 * margin, 100))
        availableRows = max(0, size.height - 2 - Self.footerRows)
        problems = []
        notes = []

        // Large letters may take at most half the room, so the story still has space.
        let blockBudget = availableRows / 2
        if let lines = BlockFont.wrap(step.title, width: textWidth), BlockFont.rowCount(lines: lines.count) <= blockBudget {
            headline = .block(lines)
        } else {
            headline = .plain(PresenterText.wrap(step.title, width: textWidth))
            notes.append(BlockFont.canDraw(step.title)
                         ? "headline too long for large letters at this size; shown in normal letters"
                         : "headline has characters the large letters lack; shown in normal letters")
        }

        var metaParts: [String] = []
        if let date = step.date { metaParts.append(date) }
        if let stage = step.stage {
            metaParts.append("Stage \(stage.number) of \(stage.count), \(stage.routeName)")
            if let travel = stage.travel { metaParts.append(travel) }
        }
        meta = metaParts.isEmpty ? [] : PresenterText.wrap(metaParts.joined(separator: " · "), width: textWidth)
        summary = PresenterText.wrap(step.summary, width: textWidth)
        let width = textWidth
        question = step.question.map { PresenterText.wrap("Question: " + $0, width: width) } ?? []

        let headlineRows: Int
        switch headline {
        case .block(let lines): headlineRows = BlockFont.rowCount(lines: lines.count)
        case .plain(let lines): headlineRows = lines.count
        }
        var rows = headlineRows
        for part in [meta, summary, question] where !part.isEmpty { rows += 1 + part.count }
        textRows = rows

        if textRows > availableRows {
            problems.append("text needs \(textRows) rows, the screen has \(availableRows) (\(size.height) less the margins and footer)")
        }
        map = nil
        stageListRows = 0
        top = 1 + (step.stage == nil ? max(0, availableRows - textRows) / 3 : 0)
        if let stage = step.stage {
            let left = availableRows - textRows - 1
            if left >= Self.minimumMapRows && size.width - 2 * margin >= 30 {
                map = Rect(column: margin, row: 1 + textRows + 1, width: size.width - 2 * margin, height: left)
            } else {
                stageListRows = max(0, min(left, stage.index + 1))
                if textRows <= availableRows {
                    problems.append("no room for the route map (\(max(0, left)) rows left, \(Self.minimumMapRows) needed)")
                }
            }
        }
    }

    public var fits: Bool { problems.isEmpty }
}

/// Word wrapping for presenter text: paragraphs kept, long words cut, data text sanitised.
enum PresenterText {
    static func wrap(_ text: String, width: Int) -> [String] {
        MapText.wrap(TextSanitizer.visibleKeepingNewlines(text), width: width)
    }
}
