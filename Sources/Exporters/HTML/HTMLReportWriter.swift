import Foundation
import KnowledgeGraph

/// Writes `index.html`: one self-contained page with the diagram, a search
/// box and the who-said-what-about-whom table.
///
/// The page needs nothing from the network: the style sheet and script are
/// inline, the diagram is the rendered SVG placed in the page (see
/// ``InlineSVG``), the fonts are the reader's own, and a
/// `Content-Security-Policy` forbids loading anything else. The statements,
/// with the passage of their document around each one, are embedded as JSON
/// that the script turns into table rows.
///
/// - Clicking a diagram node (or focusing it and pressing Enter) lists the
///   statements by or about that entity; names in the table link to the
///   statements by that speaker or about that entity; the search box
///   matches speakers, topics (names and aliases) or statement text.
/// - The filter lives in the URL fragment, so it can be bookmarked or
///   opened directly: `index.html#speaker=person:anna-berg`, `#about=ID`,
///   `#entity=ID` (by or about), `#statement=ID`, `#q=TEXT&in=speaker`
///   (`in` is `both`, `speaker`, `about` or `text`).
/// - Each row's source button opens the passage the statement comes from,
///   its content marked, with the document id and the content's code-point
///   offsets. Without the document's text only the content is shown.
///
/// Every string from the graph is escaped for where it goes: HTML text and
/// attributes (``HTMLText``), JSON inside `<script>` (with `</`, `<!--`,
/// U+2028 and U+2029 escaped) and the SVG, which is rewritten element by
/// element. The output is byte-stable for the same graph, diagram and texts.
///
/// ```swift
/// let svg = String(decoding: try Renderer.render(dot: dot, engine: .dot, format: .svg), as: UTF8.self)
/// let writer = HTMLReportWriter(diagramSVG: svg, documents: ["doc-1": text])
/// try writer.write(graph, to: output.appendingPathComponent("index.html"))
/// ```
public struct HTMLReportWriter: GraphWriter {
  /// The rendered diagram (Graphviz SVG of ``DOTWriter``'s DOT), if any.
  public var diagramSVG: String?
  /// The document texts by document id, for the passages around statements.
  public var documents: [String: String]
  /// The page title and main heading.
  public var title: String

  /// How many speakers the header links to.
  static let headerSpeakers = 12

  /// Creates a writer.
  ///
  /// - Parameters:
  ///   - diagramSVG: The diagram as SVG text, as rendered by Graphviz from
  ///     ``DOTWriter``'s output; nil for a page without a diagram.
  ///   - documents: The text of each document by id (offsets in the graph
  ///     index these texts); statements of documents missing here are shown
  ///     without their passage.
  ///   - title: The page title.
  public init(
    diagramSVG: String?, documents: [String: String] = [:],
    title: String = "Who said what about whom"
  ) {
    self.diagramSVG = diagramSVG
    self.documents = documents
    self.title = title
  }

  /// The page for a graph.
  ///
  /// - Parameter graph: The graph whose statements to list.
  /// - Returns: The complete HTML document, ending with a newline.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if the data cannot
  ///   be encoded as JSON.
  public func string(for graph: KnowledgeGraph) throws(ExportError) -> String {
    var out = ""
    try write(graph, into: &out)
    return out
  }

  /// Writes the page to a file, atomically, a piece at a time: one
  /// statement's passage is prepared and encoded at a time.
  ///
  /// - Parameters:
  ///   - graph: The graph whose statements to list.
  ///   - url: The destination file URL; its directory must exist.
  /// - Throws: ``ExportError/write(path:reason:)`` when the file cannot be
  ///   written; ``ExportError/encoding(format:reason:)`` as ``string(for:)``.
  public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
    try AtomicFile.write(to: url) { (stream) throws(ExportError) in try write(graph, into: &stream) }
  }

  /// Writes the text of ``string(for:)`` into a stream.
  func write<Stream: TextOutputStream>(_ graph: KnowledgeGraph, into stream: inout Stream) throws(ExportError) {
    let names = graph.entitiesByID.mapValues(\.name)
    let diagram = diagramSVG.flatMap { InlineSVG(svg: $0, entityNames: names) }
    let entities = HTMLReportData.entities(of: graph, diagramEntities: diagram?.entityIDs ?? [])
    let title = HTMLText.content(TextCleaner.singleSpacedLines(self.title))

    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; \
      style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
      <meta name="generator" content="NewsGraph">
      <title>\(title)</title>
      <style>
      \(HTMLReportStyle.css)</style>
      </head>
      <body>
      <a class="ng-skip" href="#ng-statements">Skip to the statements</a>
      <header class="ng-header">
      <p class="ng-brand">NewsGraph</p>
      <h1>\(title)</h1>
      <p class="ng-summary">\(HTMLText.content(summary(graph)))</p>

      """
    out += speakerLinks(graph)
    out += """
      </header>
      <main class="ng-main">
      <section class="ng-panel ng-diagram-panel" aria-labelledby="ng-diagram-heading">
      <div class="ng-panel-head">
      <h2 id="ng-diagram-heading">Diagram</h2>
      <div class="ng-zoom" role="group" aria-label="Zoom">
      <button type="button" data-zoom="out" aria-label="Zoom out">−</button>
      <button type="button" data-zoom="fit">Fit</button>
      <button type="button" data-zoom="in" aria-label="Zoom in">+</button>
      <button type="button" data-zoom="wide" aria-pressed="false">Wide</button>
      </div>
      </div>

      """
    if let diagram {
      out += """
        <p class="ng-hint" id="ng-diagram-hint">Click a name, or Tab to it and press Enter, \
        to list the statements by or about it. Drag to move; Ctrl or ⌘ with the wheel zooms.</p>
        <div id="ng-diagram" class="ng-diagram" data-nodes="\(diagram.entityIDs.count)" \
        aria-describedby="ng-diagram-hint">
        \(diagram.markup)
        </div>

        """
    } else {
      out += "<p class=\"ng-empty\" id=\"ng-diagram\">No diagram is available.</p>\n"
    }
    out += """
      </section>
      <section class="ng-panel ng-table-panel" id="ng-statements" aria-labelledby="ng-table-heading" \
      tabindex="-1">
      <div class="ng-panel-head">
      <h2 id="ng-table-heading">Statements</h2>
      </div>
      <form class="ng-search" role="search" action="#" autocomplete="off">
      <label for="ng-query">Search</label>
      <input id="ng-query" type="search" list="ng-names" spellcheck="false" \
      placeholder="A speaker or topic, such as a name">
      <label for="ng-scope">in</label>
      <select id="ng-scope">
      <option value="both">speaker or topic</option>
      <option value="speaker">speaker</option>
      <option value="about">topic (about)</option>
      <option value="text">statement text</option>
      </select>
      </form>
      <div id="ng-filter" class="ng-filter" hidden>
      <span id="ng-filter-text"></span>
      <button type="button" id="ng-clear">Show all</button>
      </div>
      <p id="ng-status" class="ng-status" role="status" aria-live="polite">\
      \(graph.statements.count) statements</p>
      <table class="ng-table">
      <caption class="ng-visually-hidden">Statements: who said what about whom, \
      with their sources</caption>
      <colgroup><col class="ng-col-speaker"><col class="ng-col-content">\
      <col class="ng-col-about"><col class="ng-col-source"></colgroup>
      <thead><tr><th scope="col">Speaker</th><th scope="col">Statement</th>\
      <th scope="col">About</th><th scope="col">Source</th></tr></thead>
      <tbody id="ng-rows"></tbody>
      </table>
      <p id="ng-none" class="ng-empty" hidden>No statements match.</p>
      <button type="button" id="ng-more" class="ng-more" hidden>Show more</button>
      <noscript><p class="ng-empty">The statement table needs JavaScript; \
      <code>statements.md</code> lists the same statements.</p></noscript>
      </section>
      </main>
      <footer class="ng-footer">
      <p>Made by NewsGraph. Offsets are Unicode code points into the document text, \
      end-exclusive.</p>
      </footer>

      """
    out += nameList(entities)
    out += "<script type=\"application/json\" id=\"ng-data\">"
    stream.write(out)
    try HTMLReportData.writeScriptText(for: graph, texts: documents, entities: entities, into: &stream)
    stream.write("</script>\n")
    stream.write("<script>\n\(HTMLReportScript.javascript)</script>\n</body>\n</html>\n")
  }

  // MARK: - Header

  private func summary(_ graph: KnowledgeGraph) -> String {
    var kinds: [String] = []
    for kind in StatementKind.allCases {
      let n = graph.statements.filter { $0.kind == kind }.count
      if n > 0 { kinds.append("\(n) \(kind.rawValue)") }
    }
    let speakers = Set(graph.statements.compactMap(\.speaker)).count
    return [
      Self.count(graph.documents.count, "document"),
      Self.count(graph.entitiesByID.count, "entity", "entities"),
      Self.count(graph.statements.count, "statement")
        + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))"),
      Self.count(speakers, "speaker"),
      Self.count(graph.relations.count, "relation"),
    ].joined(separator: " · ")
  }

  /// Links to the statements of the speakers with the most statements.
  private func speakerLinks(_ graph: KnowledgeGraph) -> String {
    var counts: [String: Int] = [:]
    for speaker in graph.statements.compactMap(\.speaker) { counts[speaker, default: 0] += 1 }
    let top = counts.compactMap { id, count in graph.entity(id: id).map { ($0, count) } }
      .sorted { ($1.1, $0.0.name, $0.0.id) < ($0.1, $1.0.name, $1.0.id) }
      .prefix(Self.headerSpeakers)
    guard !top.isEmpty else { return "" }
    var out = "<nav class=\"ng-speakers\" aria-label=\"Speakers\">\n<span>Speakers:</span>\n"
    for (entity, count) in top {
      let name = TextCleaner.singleSpacedLines(entity.name).replacingOccurrences(
        of: "\n", with: " ")
      let href = "#speaker=" + HTMLText.fragmentValue(entity.id)
      out +=
        "<a class=\"ng-chip\" href=\"\(HTMLText.attribute(href))\" title=\"\(HTMLText.attribute(name))\">"
        + "<span class=\"ng-chip-name\">\(HTMLText.content(name))</span>"
        + " <span class=\"ng-count\" aria-label=\"\(Self.count(count, "statement"))\">\(count)</span></a>\n"
    }
    return out + "</nav>\n"
  }

  /// Search suggestions: the names and aliases of speakers and topics.
  private func nameList(_ entities: [String: HTMLReportData.EntityEntry]) -> String {
    var names = Set<String>()
    for entity in entities.values {
      for name in [entity.name] + entity.aliases {
        let clean = TextCleaner.singleSpacedLines(name).replacingOccurrences(of: "\n", with: " ")
        if !clean.isEmpty { names.insert(clean) }
      }
    }
    var out = "<datalist id=\"ng-names\">\n"
    for name in names.sorted() { out += "<option value=\"\(HTMLText.attribute(name))\">\n" }
    return out + "</datalist>\n"
  }

  private static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
  }
}
