/// The handout's one stylesheet, inline so the file stands alone (no network, no
/// scripts). Dark text on white for reading and printing; the maps keep the terminal's
/// dark picture, which is what the class saw on the projector. The print rules keep
/// figures, tables and headings with what follows them, and the 15 mm margins and the map
/// height fit both A4 (210 × 297 mm) and US Letter (216 × 279 mm), so one file prints on either.
enum HTMLHandoutStyle {
    static let css = """
        :root { color-scheme: light; }
        body { font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; line-height: 1.5;
               color: #1a1a1a; background: #ffffff; max-width: 50rem; margin: 0 auto; padding: 1rem 1.25rem; }
        h1, h2, h3 { font-family: "DejaVu Sans", Arial, sans-serif; line-height: 1.25; }
        h1 { font-size: 1.8rem; margin: 0.5rem 0 0.75rem; }
        h2 { font-size: 1.35rem; margin: 2.25rem 0 0.5rem; border-bottom: 1px solid #767676; padding-bottom: 0.2rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }
        a { color: #0b4f9c; }
        .byline { font-style: italic; }
        .content-note { border-left: 4px solid #555555; padding: 0.25rem 0 0.25rem 1rem; margin: 1rem 0; }
        .content-note h2 { font-size: 1.05rem; border: none; margin: 0.25rem 0; }
        .words-title { font-weight: bold; margin-bottom: 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.75rem; margin: 0.5rem 0 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        figure.map { margin: 1.25rem 0; }
        figure.map svg { display: block; width: 100%; height: auto; border: 1px solid #767676; }
        /* The cells' spaces must stay: browsers do not honour xml:space inside HTML, and a
           run of text stretched to its cells (textLength) would otherwise smear. */
        figure.map svg text { white-space: pre; }
        figure.map figcaption { margin-top: 0.5rem; }
        figure.map figcaption ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
        .map-key { font-size: 0.95rem; }
        .map-key code { font-family: "DejaVu Sans Mono", monospace; background: #f0f0f0; padding: 0 0.2rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
        th, td { border: 1px solid #767676; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; }
        .question { font-weight: bold; }
        .notes { border: 1px dashed #767676; padding: 0 0.75rem; }
        @page { margin: 15mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          figure.map, table, dl.facts, .content-note { break-inside: avoid; page-break-inside: avoid; }
          figure.map svg { width: auto; max-width: 100%; max-height: 125mm; margin: 0 auto; }
          section.step { break-before: auto; }
        }
        """
}
