import TumenData
import TumenModel

/// Where one presenter step's parts go at a screen size: the headline (large letters when
/// they fit), the date and stage line, the summary, the question, and for a route stage the
/// map. The view draws from it and `tumen present --check-fit` reads its problems, so the
/// check and the screen cannot disagree.
///
/// A route stage tries, in order: large letters with the map beside the text (a wide
/// screen: a north–south route needs height more than width), large letters with the map
/// below, then the same two with the headline in normal letters; the first that fits wins.
/// Other steps try large letters, then normal ones.
public struct PresenterLayout: Equatable, Sendable {
    public enum Headline: Equatable, Sendable {
        /// Lines of text to draw in `BlockFont`.
        case block([String])
        /// Lines of ordinary bold text (too long or narrow for large letters, or a
        /// character the block font does not have).
        case plain([String])
    }

    public enum MapPlacement: Equatable, Sendable { case none, beside, below }

    /// Rows kept at the bottom for the progress bar and the status line.
    public static let footerRows = 2
    /// The fewest rows worth drawing a map in; below this the stage list is shown.
    public static let minimumMapRows = 6
    /// Content this wide or wider may put the map beside the text.
    public static let besideFromWidth = 90

    public var margin: Int
    /// The first row of the text: a step without a map sits a little above the middle.
    public var top: Int
    public var headlineWidth: Int
    public var headline: Headline
    /// Width of the date line, summary and question (narrower when the map is beside them).
    public var textWidth: Int
    public var meta: [String]
    public var summary: [String]
    public var question: [String]
    public var headlineRows: Int
    /// Rows the headline and text need, blank separators included.
    public var textRows: Int
    /// Rows between the top margin and the footer.
    public var availableRows: Int
    public var placement: MapPlacement
    /// For a route stage: the map's rectangle when there is room for one.
    public var map: Rect?
    /// For a route stage without room for a map: rows for the stage list (may be 0).
    public var stageListRows: Int
    /// Why the step does not fit, one reason each; empty when it fits.
    public var problems: [String]
    /// Things a teacher may want to know that do not cut content (small headline letters).
    public var notes: [String]

    public init(step: PresenterStep, size: Size) {
        let candidates =
            step.stage == nil
            ? [(true, MapPlacement.none), (false, .none)]
            : [(true, .beside), (true, .below), (false, .beside), (false, .below)]
                .filter { $0.1 != .beside || size.width - 2 * Self.margin(size) >= Self.besideFromWidth }
        let layouts = candidates.map { PresenterLayout(step: step, size: size, largeLetters: $0.0, placement: $0.1) }
        self = layouts.first(where: \.fits) ?? layouts.last!
    }

    static func margin(_ size: Size) -> Int { size.width >= 100 ? 4 : 2 }

    private init(step: PresenterStep, size: Size, largeLetters: Bool, placement: MapPlacement) {
        margin = Self.margin(size)
        let contentWidth = max(1, size.width - 2 * margin)
        headlineWidth = min(contentWidth, 100)
        availableRows = max(0, size.height - 2 - Self.footerRows)
        self.placement = placement
        problems = []
        notes = []

        // Large letters may take at most two thirds of the room (and then only if the rest
        // still fits, see init(step:size:)), so the story keeps some space.
        if largeLetters, let lines = BlockFont.wrap(step.title, width: headlineWidth),
            BlockFont.rowCount(lines: lines.count) <= availableRows * 2 / 3
        {
            headline = .block(lines)
            headlineRows = BlockFont.rowCount(lines: lines.count)
        } else {
            let lines = PresenterText.wrap(step.title, width: headlineWidth)
            headline = .plain(lines)
            headlineRows = lines.count
            notes.append(
                !BlockFont.canDraw(step.title)
                    ? "headline has characters the large letters lack"
                    : largeLetters
                        ? "headline too long for large letters at this size"
                        : "headline in normal letters to leave room for the text and map")
        }

        let mapWidth = placement == .beside ? max(36, contentWidth * 2 / 5) : 0
        let width = placement == .beside ? contentWidth - mapWidth - 2 : min(contentWidth, 100)
        textWidth = width
        var metaParts: [String] = []
        if let date = step.date { metaParts.append(date) }
        if let stage = step.stage {
            metaParts.append("Stage \(stage.number) of \(stage.count), \(stage.routeName)")
            if let travel = stage.travel { metaParts.append(travel) }
        }
        meta = metaParts.isEmpty ? [] : PresenterText.wrap(metaParts.joined(separator: " · "), width: width)
        summary = PresenterText.wrap(step.summary, width: width)
        question = step.question.map { PresenterText.wrap("Question: " + $0, width: width) } ?? []

        var rows = headlineRows
        for part in [meta, summary, question] where !part.isEmpty { rows += 1 + part.count }
        textRows = rows
        if textRows > availableRows {
            problems.append(
                "text needs \(textRows) rows, the screen has \(availableRows) (\(size.height) less the margins "
                    + "and footer)"
            )
        }

        map = nil
        stageListRows = 0
        top = 1 + (step.stage == nil ? max(0, availableRows - textRows) / 3 : 0)
        guard let stage = step.stage else { return }
        let mapTop = placement == .beside ? headlineRows + 1 : textRows + 1
        let mapRows = availableRows - mapTop
        if mapRows >= Self.minimumMapRows && placement != .none {
            map =
                placement == .beside
                ? Rect(column: margin + width + 2, row: 1 + mapTop, width: mapWidth, height: mapRows)
                : Rect(column: margin, row: 1 + mapTop, width: contentWidth, height: mapRows)
        } else {
            stageListRows = max(0, min(availableRows - textRows - 1, stage.index + 1))
            if textRows <= availableRows {
                let left = max(0, mapRows)
                problems.append(
                    "no room for the route map (\(left) row\(left == 1 ? "" : "s") left, \(Self.minimumMapRows) needed)"
                )
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
