import FoundationEssentials

/// Converts a StoryMapJS story (`{"storymap": {"slides": […]}}`) into a Dataset: the
/// overview slide gives the title and introduction, each located slide a place and a
/// stage of one route in story order, and each slide whose date names a calendar date an
/// event on the timeline. Where the story hides the line to a slide (`location.line:
/// false`), the route breaks there and continues as a further part. A slide with neither
/// place nor date, and every slide of a story told over a picture (`map_type: zoomify`,
/// `map_as_image`), is kept in the introduction, in order, so nothing it says is lost.
public enum StoryMapConverter {
    static let slideKeys: Set<String> = [
        "type", "text", "location", "media", "date", "background", "call_to_action",
        "call_to_action_text", "uniqueid",
    ]
    static let locationKeys: Set<String> = [
        "lat", "lon", "zoom", "line", "name", "icon", "use_default_icon", "image",
        "marker_color", "iconSize",
    ]
    /// StoryMapJS options a story may carry (StoryMap.js `options`, read with `updateData`):
    /// how it looks in a browser, nothing a terminal shows.
    static let styleKeys: Set<String> = [
        "map_type", "map_as_image", "map_subdomains", "map_access_token", "attribution", "language",
        "map_background_color",
        "font_css", "calculate_zoom", "call_to_action", "call_to_action_text", "line_color", "line_color_hex",
        "line_color_inactive", "line_weight", "line_opacity", "line_dash", "line_join", "show_lines",
        "show_history_line",
        "line_follows_path", "zoomify", "width", "height", "maptype", "map_mini", "map_popup", "zoom_distance",
        "start_at_slide", "layout", "less_bounce", "map_center_offset", "menubar_height", "skinny_size",
        "relative_date",
        "duration", "dragging", "trackResize", "slide_padding_lr", "slide_default_fade", "map_size_sticky",
        "api_key_flickr",
    ]
    static let topKeys: Set<String> = [
        "storymap", "width", "height", "font_css", "calculate_zoom", "storymap_config", "map_config",
    ]

    public static func load(
        root: JSONNode, bytes: [UInt8], path: String,
        basemap: (() -> Basemap?)? = nil
    ) throws(DatasetLoadError) -> LoadedDataset {
        let reader = JSONFieldReader()
        var losses = ImportLosses()
        let dataset = convert(root, reader: reader, losses: &losses)
        var warnings = losses.warnings(path: path)
        if !reader.isFull, let basemap = basemap?(),
            let swapped = SwappedCoordinates.warning(places: dataset.places, locator: CountryLocator(basemap: basemap))
        {
            warnings.append(TextSanitizer.visible("\(path): warning: \(swapped)"))
        }
        return try DatasetLoader.finish(
            dataset, reader: reader, root: root, bytes: bytes, path: path,
            format: .storyMap, extraWarnings: warnings)
    }

    static func convert(_ root: JSONNode, reader: JSONFieldReader, losses: inout ImportLosses) -> Dataset {
        let path = FieldPath.root
        guard let top = reader.fields(root, path, known: topKeys), let storyNode = top["storymap"],
            let story = reader.fields(storyNode, path["storymap"], known: styleKeys.union(["slides"]))
        else { return Dataset(title: "") }
        let styled =
            styleKeys.filter { story[$0] != nil }.count
            + topKeys.subtracting(["storymap"]).filter { top[$0] != nil }.count
        losses.add(
            "style", "map styling setting ignored (how the story looks in a browser)",
            "map styling settings ignored (how the story looks in a browser)", count: styled)
        var builder = StoryBuilder(picture: pictureKind(story, reader))
        if let kind = builder.picture {
            losses.note(
                "picture",
                "the story is told over a picture (\(kind)), not a map of the world: its coordinates are places "
                    + "in the picture, so they are never put on the world map; slides with a date are on the "
                    + "timeline, the rest in the introduction"
            )
        }
        for (index, node) in reader.array(story, "slides", required: true).enumerated() {
            if reader.isFull { break }
            let slide = StorySlide(
                node, path["storymap"]["slides"][index], index: index, reader: reader, losses: &losses)
            builder.add(slide, reader: reader, losses: &losses)
        }
        // StoryMapJS hides the lines, but the stops keep their order as one route.
        if case .bool(false) = story["show_lines"]?.value, builder.hasStages {
            losses.add(
                "no-lines", "story drawn without lines (show_lines: false): Tumen still joins its stops in order",
                "stories drawn without lines (show_lines: false): Tumen still joins their stops in order")
        }
        return builder.dataset(losses: &losses)
    }

    /// "zoomify" or "an image": a story whose map is a picture, so its coordinates are
    /// places in the picture, not on the Earth. Nil for a map of the world.
    static func pictureKind(_ story: JSONFieldReader.Fields, _ reader: JSONFieldReader) -> String? {
        let type = story["map_type"].flatMap { node -> String? in
            if case .string(let text) = node.value { return text.lowercased() } else { return nil }
        }
        if type == "zoomify" || type?.hasPrefix("zoomify:") == true { return "zoomify" }
        if case .bool(true) = story["map_as_image"]?.value { return "map_as_image" }
        if type == "image" { return "image" }
        return nil
    }
}
