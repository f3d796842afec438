/// The report's style sheet, placed inline in `index.html`.
///
/// System fonts only (no downloads); the diagram and the table side by side
/// on screens 1100 px wide and more, one above the other below that;
/// visible focus rings; colours with at least 4.5:1 contrast for text.
enum HTMLReportStyle {
  /// The CSS text.
  static let css = """
    :root {
      --ink: #1d2530;
      --muted: #56616d;
      --line: #d8dde3;
      --soft: #f3f5f7;
      --page: #fbfbfc;
      --accent: #1b5aa6;
      --accent-soft: #e7f0fb;
      --mark: #fff0a6;
      --focus: #c2410c;
      --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans",
        "DejaVu Sans", Arial, sans-serif;
      --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif",
        "Liberation Serif", "DejaVu Serif", serif;
      --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
        "DejaVu Sans Mono", monospace;
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--page); color: var(--ink);
      font: 15px/1.5 var(--sans);
    }
    a { color: var(--accent); text-underline-offset: 2px; }
    a:hover { text-decoration-thickness: 2px; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    button, input, select { font: inherit; color: inherit; }
    h1, h2 { line-height: 1.2; margin: 0; }
    h1 { font-size: 1.55rem; font-weight: 650; letter-spacing: -0.01em; }
    h2 { font-size: 1.05rem; font-weight: 650; }
    .ng-skip {
      position: absolute; left: 0.5rem; top: -3rem; z-index: 10; padding: 0.4rem 0.8rem;
      background: var(--ink); color: #fff; border-radius: 4px;
    }
    .ng-skip:focus { top: 0.5rem; }
    .ng-visually-hidden {
      position: absolute; width: 1px; height: 1px; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap;
    }
    .ng-header { padding: 1rem 1.5rem 0.75rem; border-bottom: 1px solid var(--line); background: #fff; }
    .ng-brand {
      margin: 0 0 0.15rem; font-size: 0.75rem; font-weight: 700; letter-spacing: 0.08em;
      text-transform: uppercase; color: var(--muted);
    }
    .ng-summary { margin: 0.3rem 0 0.5rem; color: var(--muted); font-size: 0.9rem; }
    .ng-speakers { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: center; font-size: 0.85rem; }
    .ng-speakers > span { color: var(--muted); margin-right: 0.2rem; }
    .ng-chip {
      display: inline-flex; gap: 0.35rem; align-items: center; padding: 0.1rem 0.55rem;
      border: 1px solid var(--line); border-radius: 999px; background: var(--soft);
      text-decoration: none; color: var(--ink);
    }
    .ng-chip:hover { border-color: var(--accent); color: var(--accent); }
    .ng-chip-name { max-width: 18em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .ng-count { color: var(--muted); font-variant-numeric: tabular-nums; }
    .ng-main { display: grid; gap: 1rem; padding: 1rem 1.5rem; }
    @media (min-width: 1100px) {
      .ng-main { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); align-items: start; }
      .ng-diagram-panel { position: sticky; top: 1rem; }
      .ng-diagram { height: calc(100vh - 9rem); min-height: 320px; }
    }
    .ng-wide .ng-main { grid-template-columns: minmax(0, 1fr); }
    .ng-wide .ng-diagram-panel { position: static; }
    .ng-wide .ng-diagram { height: 78vh; }
    .ng-zoom button[aria-pressed="true"] { background: var(--accent-soft); border-color: var(--accent); }
    .ng-panel {
      background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem 1rem;
      min-width: 0;
    }
    .ng-panel-head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
    .ng-hint { margin: 0.3rem 0 0.5rem; color: var(--muted); font-size: 0.85rem; }
    .ng-zoom { display: flex; gap: 0.25rem; }
    .ng-zoom button, .ng-filter button, .ng-more {
      border: 1px solid var(--line); background: var(--soft); border-radius: 5px;
      padding: 0.15rem 0.6rem; cursor: pointer; min-width: 2rem;
    }
    .ng-zoom button:hover, .ng-filter button:hover, .ng-more:hover { border-color: var(--accent); }
    .ng-diagram {
      overflow: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff;
      max-height: 80vh;
    }
    .ng-diagram { cursor: grab; touch-action: pan-x pan-y; }
    .ng-diagram.ng-dragging { cursor: grabbing; user-select: none; }
    .ng-svg { display: block; width: 100%; height: auto; margin: 0 auto; }
    .ng-svg .ng-entity { cursor: pointer; }
    .ng-svg .ng-entity:focus { outline: none; }
    .ng-svg .ng-entity:hover polygon, .ng-svg .ng-entity:hover ellipse,
    .ng-svg .ng-entity:hover path { stroke: var(--accent); stroke-width: 2px; }
    .ng-svg .ng-entity:focus-visible polygon, .ng-svg .ng-entity:focus-visible ellipse,
    .ng-svg .ng-entity:focus-visible path { stroke: var(--focus); stroke-width: 3px; }
    .ng-svg .ng-selected polygon, .ng-svg .ng-selected ellipse,
    .ng-svg .ng-selected path { stroke: var(--focus); stroke-width: 3px; }
    .ng-svg .ng-dim { opacity: 0.25; }
    .ng-svg g { transition: opacity 0.15s; }
    .ng-search {
      display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; margin: 0.6rem 0 0.4rem;
    }
    .ng-search label { font-weight: 600; font-size: 0.9rem; }
    .ng-search input {
      flex: 1 1 14rem; min-width: 10rem; padding: 0.35rem 0.6rem;
      border: 1px solid #8a949e; border-radius: 5px; background: #fff;
    }
    .ng-search select { padding: 0.3rem 0.4rem; border: 1px solid #8a949e; border-radius: 5px; background: #fff; }
    .ng-filter {
      display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.3rem 0;
      padding: 0.35rem 0.6rem; border-radius: 5px; background: var(--accent-soft);
    }
    .ng-filter[hidden] { display: none; }
    .ng-status { margin: 0.3rem 0 0.5rem; color: var(--muted); font-size: 0.85rem; }
    .ng-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 0.92rem; }
    .ng-col-speaker { width: 18%; }
    .ng-col-content { width: 46%; }
    .ng-col-about { width: 17%; }
    .ng-col-source { width: 19%; }
    .ng-table th {
      text-align: left; font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.05em;
      color: var(--muted); border-bottom: 2px solid var(--line); padding: 0.35rem 0.5rem;
    }
    .ng-table td {
      vertical-align: top; padding: 0.55rem 0.5rem; border-bottom: 1px solid var(--line);
      overflow-wrap: anywhere;
    }
    .ng-row:hover td { background: #fafbfc; }
    .ng-speaker a { font-weight: 600; }
    .ng-meta { display: block; color: var(--muted); font-size: 0.8rem; }
    .ng-kind {
      display: inline-block; padding: 0 0.35rem; border-radius: 3px; font-size: 0.72rem;
      text-transform: uppercase; letter-spacing: 0.04em; background: var(--soft);
      border: 1px solid var(--line);
    }
    .ng-content { font-family: var(--serif); font-size: 1rem; line-height: 1.45; }
    .ng-gap { color: var(--muted); }
    .ng-about ul { list-style: none; margin: 0; padding: 0; }
    .ng-about li { margin: 0 0 0.15rem; }
    .ng-source button {
      display: block; width: 100%; text-align: left; cursor: pointer; padding: 0.2rem 0.4rem;
      border: 1px solid var(--line); border-radius: 5px; background: var(--soft);
      font-size: 0.8rem; line-height: 1.35;
    }
    .ng-source button:hover { border-color: var(--accent); }
    .ng-source button[aria-expanded="true"] { background: var(--accent-soft); border-color: var(--accent); }
    .ng-doc { font-family: var(--mono); font-size: 0.75rem; overflow-wrap: anywhere; }
    .ng-detail td { background: var(--soft); padding: 0.7rem 1rem 0.9rem; }
    .ng-detail blockquote {
      margin: 0 0 0.5rem; padding: 0.2rem 0 0.2rem 0.9rem; border-left: 3px solid var(--accent);
      font-family: var(--serif); font-size: 1rem; line-height: 1.55; white-space: pre-line;
    }
    .ng-detail mark { background: var(--mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
    .ng-detail dl {
      display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.8rem; margin: 0;
      font-size: 0.82rem;
    }
    .ng-detail dt { color: var(--muted); }
    .ng-detail dd { margin: 0; overflow-wrap: anywhere; }
    .ng-empty { color: var(--muted); font-style: italic; }
    .ng-more { margin-top: 0.6rem; }
    .ng-footer { padding: 0 1.5rem 1.5rem; color: var(--muted); font-size: 0.8rem; }
    @media (max-width: 700px) {
      .ng-main, .ng-header { padding-left: 0.75rem; padding-right: 0.75rem; }
      .ng-table { font-size: 0.88rem; }
    }
    @media (prefers-reduced-motion: reduce) { .ng-svg g { transition: none; } }
    @media print {
      .ng-search, .ng-zoom, .ng-more, .ng-skip { display: none; }
      .ng-diagram { height: auto; max-height: none; overflow: visible; }
    }

    """
}
