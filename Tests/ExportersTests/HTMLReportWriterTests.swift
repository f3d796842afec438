import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("HTMLReportWriter")
struct HTMLReportWriterTests {
  // MARK: - Hostile names

  @Test func hostileNamesNeverBecomeMarkup() throws {
    let graph = try ReportFixtures.hostileGraph()
    let page = try HTMLReportWriter(
      diagramSVG: try ReportSVG.rendered(graph) ?? ReportSVG.sample,
      documents: ReportFixtures.hostileTexts, title: "Title </title><script>x</script>"
    ).string(for: graph)
    for raw in [
      ReportFixtures.imageName, ReportFixtures.scriptName, "<b>bold</b>", "<b>x</b>", "<i>nothing",
      "<weird>", "<script>x", "window.__ngPwned=1\"", "onerror=\"",
    ] {
      #expect(!page.contains(raw), "unescaped: \(raw)")
    }
    // Exactly the page's own two scripts and one style sheet.
    #expect(page.components(separatedBy: "<script").count == 3)
    #expect(page.components(separatedBy: "</script>").count == 3)
    #expect(page.components(separatedBy: "<style").count == 2)
    #expect(page.contains("<title>Title &lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>"))
    #expect(page.contains("&lt;img src=x onerror=&quot;window.__ngPwned=1&quot;&gt;"))
    // The header's speaker links encode the id for the fragment.
    #expect(
      page.contains(
        "href=\"#speaker=person%3Aa%26speaker%3Dperson%3Ab%20%22q%22%20%3Cb%3Ex%3C%2Fb%3E%20%2541\""
      ))
  }

  @Test func embeddedDataDecodesToTheGraphsValues() throws {
    let graph = try ReportFixtures.hostileGraph()
    let page = try HTMLReportWriter(diagramSVG: nil, documents: ReportFixtures.hostileTexts)
      .string(for: graph)
    let json = Self.scriptData(page)
    for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
      #expect(!json.contains(forbidden))
    }
    let data = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let entities = try #require(data["entities"] as? [String: [String: Any]])
    #expect(entities[ReportFixtures.hostileID]?["name"] as? String == ReportFixtures.imageName)
    #expect(entities["group:script"]?["name"] as? String == ReportFixtures.scriptName)
    let statements = try #require(data["statements"] as? [[String: Any]])
    #expect(statements.count == graph.statements.count)
    let content = try #require(statements.first?["content"] as? [[String: Any]])
    #expect(content.first?["text"] as? String == graph.statements.first?.content.first?.text)
    let context = try #require(statements.first?["context"] as? [String])
    #expect(context.count == 3 && context[1] == graph.statements.first?.text)
  }

  @Test func sharedHostileFixtureStaysText() throws {
    let graph = try Fixtures.hostileGraph(includeControlCharacters: true)
    let svg = try ReportSVG.rendered(graph)
    if let svg {
      // Every node keeps its entity id through DOT escaping, Graphviz and the SVG rewrite.
      let diagram = try #require(
        InlineSVG(svg: svg, entityNames: graph.entitiesByID.mapValues(\.name)))
      let drawn = DiagramContent(graph: graph, options: DiagramOptions(namedEntitiesOnly: false)).entities.map(\.id)
      #expect(drawn.count >= 5)
      #expect(diagram.entityIDs.sorted() == drawn.sorted())
    }
    let page = try HTMLReportWriter(diagramSVG: svg).string(for: graph)
    #expect(!page.contains("<b>Tag</b>"))
    #expect(page.components(separatedBy: "<script").count == 3)
    let data = try #require(
      try JSONSerialization.jsonObject(with: Data(Self.scriptData(page).utf8)) as? [String: Any])
    let entities = try #require(data["entities"] as? [String: [String: Any]])
    for entity in graph.entities where entities[entity.id] != nil {
      #expect(entities[entity.id]?["name"] as? String == entity.name)
    }
  }

  // MARK: - Self-containment

  @Test func pageLoadsNothingFromOutside() throws {
    let graph = try ReportFixtures.graph()
    for svg in [try ReportSVG.rendered(graph), ReportSVG.sample, ReportSVG.hostile].compactMap({
      $0
    }) {
      let page = try HTMLReportWriter(diagramSVG: svg, documents: ReportFixtures.texts)
        .string(for: graph)
      let lowered = page.lowercased()
      for pattern in [
        #"(src|href|xlink:href|action|srcset|poster|data)\s*=\s*["']?\s*(https?:|//|javascript:)"#,
        #"url\(\s*["']?\s*(https?:|//)"#, "@import", "<link", "<iframe", "<object", "<embed",
        "<img", "<image", "<foreignobject", "<use", " on[a-z]+=",
      ] {
        #expect(
          lowered.range(of: pattern, options: .regularExpression) == nil, "found \(pattern)")
      }
      #expect(!lowered.contains("http://") && !lowered.contains("https://"))
      #expect(
        page.contains(
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "))
    }
  }

  @Test(arguments: ["", "not xml", "<svg><g></svg>", "<html><body/></html>"])
  func unusableDiagramIsLeftOut(svg: String) throws {
    #expect(InlineSVG(svg: svg, entityNames: [:]) == nil)
    let page = try HTMLReportWriter(diagramSVG: svg).string(for: try ReportFixtures.graph())
    #expect(page.contains("No diagram is available."))
    #expect(!page.contains("<svg"))
  }

  // MARK: - Content

  @Test func statementsCarryTheirPassagesWhenTheTextIsGiven() throws {
    let graph = try ReportFixtures.graph()
    let data = HTMLReportData(graph: graph, texts: ReportFixtures.texts, diagramEntities: [])
    #expect(data.statements.count == 8)
    let mixed = try #require(data.statements.first { $0.content.count == 2 })
    #expect(
      mixed.context == [
        "Russian President Vladimir Putin told reporters that NATO expansion threatened Russia. \"",
        "Kyiv must accept,", "\" he said, \"", "the new realities.", "\"",
      ])
    let other = try #require(data.statements.first { $0.document == "report-b" })
    #expect(other.context == nil)
    #expect(other.content.map(\.text) == ["the sanctions had failed"])
    // Entities: every speaker and topic, not the ones only in relations.
    #expect(data.entities["location:donbas"] == nil)
    #expect(data.entities["organization:nato"]?.aliases == ["the alliance"])
    #expect(data.documents["report-a"] == .init(path: "seeds/report-a.txt", date: "2025-02-13"))
  }

  @Test func headerSummarizesAndLinksToSpeakers() throws {
    let page = try HTMLReportWriter(diagramSVG: nil).string(for: try ReportFixtures.graph())
    #expect(
      page.contains(
        "2 documents · 8 entities · 8 statements (3 direct, 5 indirect) · 3 speakers · 3 relations")
    )
    #expect(
      page.contains(
        "<a class=\"ng-chip\" href=\"#speaker=person%3Avladimir-putin\" title=\"Vladimir Putin\">"
          + "<span class=\"ng-chip-name\">Vladimir Putin</span> "
          + "<span class=\"ng-count\" aria-label=\"3 statements\">3</span></a>"))
    #expect(page.contains("<option value=\"the alliance\">"))
  }

  @Test func outputIsByteStable() throws {
    let graph = try ReportFixtures.graph()
    let writer = HTMLReportWriter(diagramSVG: ReportSVG.sample, documents: ReportFixtures.texts)
    #expect(try writer.string(for: graph) == writer.string(for: graph))
  }

  @Test func emptyGraph() throws {
    let page = try HTMLReportWriter(diagramSVG: nil).string(for: KnowledgeGraph())
    #expect(page.contains("0 statements"))
    #expect(page.hasSuffix("</html>\n"))
  }

  @Test func writesFileAtomically() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("index.html")
    let writer = HTMLReportWriter(diagramSVG: ReportSVG.sample, documents: ReportFixtures.texts)
    try writer.write(try ReportFixtures.graph(), to: url)
    try writer.write(KnowledgeGraph(), to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == writer.string(for: KnowledgeGraph()))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["index.html"])
  }

  // MARK: - Snapshot

  @Test func reportSnapshot() throws {
    let writer = HTMLReportWriter(
      diagramSVG: ReportSVG.sample, documents: ReportFixtures.texts, title: "Sample report")
    try Snapshot.check(
      try writer.string(for: try ReportFixtures.graph()), named: "reportSnapshot.html")
  }

  /// The text of the page's `<script type="application/json">`.
  static func scriptData(_ page: String) -> String {
    let start = "<script type=\"application/json\" id=\"ng-data\">"
    guard let open = page.range(of: start),
      let close = page.range(of: "</script>", range: open.upperBound..<page.endIndex)
    else { return "" }
    return String(page[open.upperBound..<close.lowerBound])
  }
}
