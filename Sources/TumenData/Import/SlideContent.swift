/// A slide's media fields as the file gives them (TimelineJS `media`, StoryMapJS `media`,
/// the sheet's Media columns, TimelineJS 2's `asset`), before they are read.
struct RawMedia: Equatable {
    var url: String?
    var caption: String?
    var credit: String?
    var alt: String?
    var title: String?
    var link: String?
    var thumbnail: String?
}

/// What a reader of a TimelineJS or StoryMapJS slide sees, as plain text: the headline,
/// the text, the media (a link with its caption, credit and alt text; a quotation as text)
/// and every link of any of them numbered once, in reading order. Every importer builds
/// slides through here, so a link in a caption has a number that points at it, whatever
/// the file's form.
struct SlideContent {
    var headline = ""
    var text = ""
    var links: [String] = []
    var media: [MediaReference] = []

    init(headline headlineHTML: String?, text textHTML: String?, media raw: RawMedia?, losses: inout ImportLosses) {
        let headline = HTMLText(html: headlineHTML ?? "")
        let body = HTMLText(html: textHTML ?? "", links: headline.links)
        self.headline = headline.singleLine
        self.links = body.links
        var paragraphs = body.text.isEmpty ? [] : [body.text]
        if let raw { read(raw, into: &paragraphs, losses: &losses) }
        self.text = paragraphs.joined(separator: "\n\n")
    }

    private mutating func read(_ raw: RawMedia, into paragraphs: inout [String], losses: inout ImportLosses) {
        guard let url = raw.url?.nonBlank else {
            // TimelineJS shows no media without a url, so a reader never sees these either.
            if raw.caption?.nonBlank != nil || raw.credit?.nonBlank != nil {
                losses.add(
                    "media-no-url",
                    "media caption or credit without a media url ignored (TimelineJS does not show it either)",
                    "media captions or credits without a media url ignored (TimelineJS does not show them either)")
            }
            return
        }
        if raw.thumbnail?.nonBlank != nil {
            losses.add(
                "thumbnail", "media thumbnail ignored (a small copy of the media for the time axis)",
                "media thumbnails ignored (small copies of the media for the time axis)")
        }
        if url.lowercased().hasPrefix("<blockquote") {
            paragraphs += quotation(url, raw)
            losses.add(
                "quote", "quotation (blockquote media) shown in the text",
                "quotations (blockquote media) shown in the text")
            return
        }
        var address = url
        if url.hasPrefix("<") {
            guard let target = HTMLText.attribute("src", in: url) ?? HTMLText.attribute("href", in: url),
                let link = HTMLText.decodeEntities(target).nonBlank
            else {
                losses.add(
                    "embed-no-link", "embedded media without a link ignored", "embedded media without a link ignored")
                return
            }
            losses.add(
                "embed", "embed code reduced to the address it shows", "embed codes reduced to the addresses they show")
            address = link
        }
        // TimelineJS uses the title as a tooltip, and the caption in its place when there is none.
        let title = raw.title.map { HTMLText(html: $0).singleLine }?.nonBlank
        var caption = line(raw.caption)
        if caption == nil {
            caption = title
        } else if let title, title != caption {
            losses.add(
                "media-title", "media title ignored (a tooltip; the caption is shown)",
                "media titles ignored (tooltips; the captions are shown)")
        }
        let credit = line(raw.credit)
        let alt = raw.alt.map { HTMLText(html: $0).singleLine }?.nonBlank
        media.append(MediaReference(url: address, caption: caption, credit: credit, alt: alt, link: raw.link?.nonBlank))
        losses.add(
            "media", "media item shown as a link with its caption, credit and alt text",
            "media items shown as links with their captions, credits and alt text")
    }

    /// Caption and credit are HTML: their links join the slide's numbered list.
    private mutating func line(_ html: String?) -> String? {
        guard let html = html?.nonBlank else { return nil }
        let read = HTMLText(html: html, links: links)
        links = read.links
        return read.singleLine.nonBlank
    }

    /// A blockquote shown as media: the quotation in quotation marks, its `<cite>` as an
    /// attribution line, then the caption and credit, all as one paragraph of the slide's text.
    private mutating func quotation(_ html: String, _ raw: RawMedia) -> [String] {
        var source = html
        for (tag, replacement) in [("<cite>", "<p>— "), ("</cite>", "</p>")] {
            source = source.replacingEvery(tag, with: replacement, ignoringCase: true)
        }
        let quote = HTMLText(html: source, links: links)
        links = quote.links
        var parts = quote.text.components(separatedBy: "\n\n")
        let attribution = parts.last?.hasPrefix("— ") == true ? parts.removeLast() : nil
        // The attribution, caption and credit sit right under the quotation, as on the page.
        let quoted = parts.isEmpty ? nil : "“" + parts.joined(separator: "\n\n") + "”"
        let lines = [quoted, attribution, line(raw.caption), line(raw.credit).map { "Credit: " + $0 }].compactMap { $0 }
        return lines.isEmpty ? [] : [lines.joined(separator: "\n")]
    }

    /// The numbered list of links, "[1] https://…" one per line.
    var linkList: String? {
        links.isEmpty ? nil : links.enumerated().map { "[\($0.offset + 1)] \($0.element)" }.joined(separator: "\n")
    }

    /// The whole slide as one text, for places that hold no media or links of their own (a
    /// story's introduction, a stage's description): the text, each media item, the links.
    var textWithMediaAndLinks: String {
        ([text.nonBlank] + media.map(SlideContent.describe) + [linkList]).compactMap { $0 }.joined(separator: "\n\n")
    }

    static func describe(_ m: MediaReference) -> String { m.descriptionLines.joined(separator: "\n") }
}

extension MediaReference {
    /// What a reader of the web page would get from the media, in words: "Media (not shown):
    /// caption", "Credit: …", "Alt text: …", the address, "Link: …". The detail pane and
    /// imported texts use the same lines.
    public var descriptionLines: [String] {
        var lines = ["Media (not shown)" + (caption.map { ": " + $0 } ?? "")]
        if let credit { lines.append("Credit: " + credit) }
        if let alt { lines.append("Alt text: " + alt) }
        lines.append(url)
        if let link { lines.append("Link: " + link) }
        return lines
    }
}
