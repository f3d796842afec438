import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("DOTWriter")
struct DOTWriterTests {
  // MARK: - Escaping

  @Test(arguments: [
    ("plain", "plain"),
    ("say \"hi\"", #"say \"hi\""#),
    (#"back\slash"#, #"back\\slash"#),
    (#"\N \l \r \G \E \T \H"#, #"\\N \\l \\r \\G \\E \\T \\H"#),
    (#"ends with \"#, #"ends with \\"#),
    ("<b> & </b>", "<b> &amp; </b>"),
    ("&amp; &lt; &#92;", "&amp;amp; &amp;lt; &amp;#92;"),
    ("one\ntwo", #"one\ntwo"#),
    ("crlf\r\nline\rcr", #"crlf\nline\ncr"#),
    ("tab\there", "tab here"),
    ("bell\u{07}null\u{0}del\u{7F}c1\u{85}nonchar\u{FFFE}", "bellnulldelc1nonchar"),
    ("🇺🇦 👩🏽‍💻 😀", "🇺🇦 👩🏽‍💻 😀"),
    ("مرحبا עברית \u{200F}", "مرحبا עברית \u{200F}"),
    ("e\u{301} é", "e\u{301} é"),
    ("", ""),
  ])
  func escape(text: String, expected: String) {
    #expect(DOTWriter.escape(text) == expected)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("<b> & \"q\"", "&lt;b&gt; &amp; &quot;q&quot;"),
    (#"\N back\slash"#, #"\\N back\\slash"#),
    ("one\r\ntwo", "one<BR/>two"),
    ("ctl\u{01}x\tz", "ctlx z"),
    ("🇺🇦 مرحبا", "🇺🇦 مرحبا"),
  ])
  func escapeHTML(text: String, expected: String) {
    #expect(DOTWriter.escapeHTML(text) == expected)
  }

  // MARK: - Snapshots

  @Test func sampleDiagramSnapshot() throws {
    let writer = DOTWriter(options: DiagramOptions(title: "Sample \"news\" graph"))
    try Snapshot.check(
      writer.string(for: try Fixtures.sampleGraph()), named: "sampleDiagramSnapshot.dot")
  }

  @Test func focusedDiagramSnapshot() throws {
    let writer = DOTWriter(
      options: DiagramOptions(focus: "person:vladimir-putin", depth: 1, types: [.person, .country]))
    try Snapshot.check(
      writer.string(for: try Fixtures.sampleGraph()), named: "focusedDiagramSnapshot.dot")
  }

  @Test func fullGraphSnapshot() throws {
    let writer = DOTWriter(options: .full)
    try Snapshot.check(
      writer.string(for: try Fixtures.sampleGraph()), named: "fullGraphSnapshot.dot")
  }

  @Test func hostileDiagramSnapshot() throws {
    let graph = try Fixtures.hostileGraph(includeControlCharacters: true)
    // Every entity drawn, named or not: the escaping is what is checked.
    let writer = DOTWriter(
      options: DiagramOptions(
        title: "Title with \"quotes\" \\N & <tags>\nand a line break", namedEntitiesOnly: false))
    try Snapshot.check(writer.string(for: graph), named: "hostileDiagramSnapshot.dot")
  }

  // MARK: - Content

  @Test func collapsesStatementsIntoLabelledSpeakerEdges() throws {
    let dot = DOTWriter().string(for: try Fixtures.sampleGraph())
    // Zelensky: "said" (direct) and "Said" about Russia: one edge, count 2.
    #expect(dot.contains(#""person:volodymyr-zelensky" -> "country:russia" [label="said ×2""#))
    #expect(
      dot.contains(#""person:vladimir-putin" -> "organization:nato" [label="told reporters""#))
    // Relations aggregated over documents, dated, coloured by family.
    #expect(
      dot.contains(
        ##""country:russia" -> "country:ukraine" [label="invaded ×2\n2022, 2014", color="#c0392b""##
      ))
    #expect(dot.contains(#"label="Defense Secretary""#))
    #expect(!dot.contains("statement:"))
    #expect(dot.contains(#"subgraph "cluster_legend""#))
    #expect(dot.contains(#"layout="dot""#) && dot.contains(#"rankdir="LR""#))
  }

  @Test func nodesAreStyledByType() throws {
    let dot = DOTWriter().string(for: try Fixtures.sampleGraph())
    let expected: [(String, String)] = [
      ("person:vladimir-putin", ##"shape="ellipse", fillcolor="#aed6f1""##),
      ("country:russia", ##"shape="box", fillcolor="#f9e79f""##),
      ("organization:nato", #"shape="hexagon""#),
      ("group:russian-officials", #"shape="octagon""#),
    ]
    for (id, style) in expected {
      let line = try #require(dot.split(separator: "\n").first { $0.hasPrefix("  \"\(id)\" [") })
      #expect(line.contains(style), "\(line)")
    }
    #expect(
      dot.contains("Vladimir Putin<BR/><FONT POINT-SIZE=\"8\" COLOR=\"#4d5656\">4 mentions</FONT>"))
    #expect(dot.contains(#"also: President Putin, Putin"#))
  }

  @Test func topEntitiesLimitsTheDiagramAndDropsIsolatedOnes() throws {
    let graph = try Fixtures.sampleGraph()
    let content = DiagramContent(graph: graph, options: DiagramOptions(topEntities: 3))
    #expect(content.entities.count <= 3)
    let ids = Set(content.entities.map(\.id))
    for edge in content.relationEdges {
      #expect(ids.contains(edge.subject) && ids.contains(edge.object))
    }
    for edge in content.speechEdges {
      #expect(ids.contains(edge.source) && ids.contains(edge.target))
    }
    let all = DiagramContent(graph: graph, options: DiagramOptions(topEntities: nil))
    // Every entity of the sample graph takes part in some edge except the war.
    #expect(!all.entities.map(\.id).contains("event:war-in-ukraine"))
    let isolated = DiagramContent(
      graph: graph, options: DiagramOptions(topEntities: nil, includeIsolated: true))
    #expect(isolated.entities.count == graph.entitiesByID.count)
  }

  @Test func focusKeepsTheNeighbourhoodAndBoldsTheFocus() throws {
    let graph = try Fixtures.sampleGraph()
    let content = DiagramContent(
      graph: graph, options: DiagramOptions(focus: "location:donbas", depth: 1))
    #expect(Set(content.entities.map(\.id)) == ["location:donbas", "country:ukraine"])
    let dot = DOTWriter(options: DiagramOptions(focus: "location:donbas")).string(for: graph)
    #expect(dot.contains("<B>Donbas</B>") && dot.contains(#"penwidth="2.5""#))
    let unknown = DiagramContent(graph: graph, options: DiagramOptions(focus: "person:nobody"))
    #expect(unknown.entities.isEmpty)
  }

  @Test func fullModeDrawsStatementNodes() throws {
    let graph = try Fixtures.sampleGraph()
    let content = DiagramContent(graph: graph, options: .full)
    #expect(content.entities.count == graph.entitiesByID.count)
    #expect(content.statements.count == graph.statements.count)
    let dot = DOTWriter(options: .full).string(for: graph)
    #expect(dot.contains(#""person:pete-hegseth" -> "statement:doc-a:1" [label="said""#))
    #expect(dot.contains(#""statement:doc-a:1" -> "country:ukraine" [style="dotted""#))
    #expect(!dot.contains("cluster_legend"))
  }

  @Test func layoutIsChosenBySize() throws {
    #expect(DOTWriter().layout(for: try Fixtures.sampleGraph()) == .dot)
    #expect(DiagramLayout.automatic(nodeCount: 101) == .sfdp)
    #expect(DiagramLayout.automatic(nodeCount: 40, edgeCount: 300) == .dot)
    #expect(DiagramLayout.automatic(nodeCount: 40, edgeCount: 301) == .sfdp)
    let large = try Self.largeGraph(entities: 300)
    let writer = DOTWriter(options: DiagramOptions(topEntities: nil))
    #expect(writer.layout(for: large) == .sfdp)
    let dot = writer.string(for: large)
    #expect(dot.contains(#"layout="sfdp""#) && dot.contains(#"overlap="prism""#))
    #expect(DOTWriter(options: DiagramOptions(layout: .neato)).layout(for: large) == .neato)
  }

  @Test func outputIsByteStable() throws {
    let graph = try Fixtures.sampleGraph()
    for options in [DiagramOptions(), .full] {
      let writer = DOTWriter(options: options)
      #expect(writer.string(for: graph) == writer.string(for: graph))
    }
  }

  @Test func emptyGraphGivesAnEmptyDigraph() {
    let dot = DOTWriter().string(for: KnowledgeGraph())
    #expect(dot.hasPrefix("digraph \"newsgraph\" {\n") && dot.hasSuffix("}\n"))
    #expect(!dot.contains("cluster_legend"))
  }

  @Test func veryLongTextIsClippedBelowGraphvizLimits() throws {
    let long = String(repeating: "&\"\\ 😀", count: 20_000)
    var graph = KnowledgeGraph()
    try graph.merge(
      Extraction(
        document: DocumentInfo(id: "d"),
        entities: [
          EntityRecord(id: "person:" + long, type: .person, name: long, aliases: [long]),
          EntityRecord(id: "country:x", type: .country, name: "X"),
        ],
        statements: [
          StatementRecord(
            speaker: .init(entity: "person:" + long, span: Fixtures.span("he", 0)),
            cue: Fixtures.span(long, 0), content: [Fixtures.span(long, 0)], kind: .direct,
            about: ["country:x"])
        ]))
    for options in [DiagramOptions(), .full] {
      let dot = DOTWriter(options: options).string(for: graph)
      for line in dot.split(separator: "\n") { #expect(line.utf8.count < 16_000) }
    }
  }

  // MARK: - Independent parser

  @Test(.enabled(if: ExternalTool.exists("/usr/bin/dot")))
  func graphvizParsesEveryDiagram() throws {
    let directory = try TemporaryDirectory()
    let cases: [(String, KnowledgeGraph, DiagramOptions)] = [
      ("sample", try Fixtures.sampleGraph(), DiagramOptions(title: "Sample")),
      ("sample-full", try Fixtures.sampleGraph(), .full),
      ("focus", try Fixtures.sampleGraph(), DiagramOptions(focus: "country:ukraine", depth: 2)),
      (
        "hostile", try Fixtures.hostileGraph(includeControlCharacters: true),
        DiagramOptions(title: "\\N \"&\" <x>")
      ),
      ("hostile-full", try Fixtures.hostileGraph(includeControlCharacters: true), .full),
      ("empty", KnowledgeGraph(), DiagramOptions()),
      ("neato", try Fixtures.sampleGraph(), DiagramOptions(layout: .neato)),
    ]
    for (name, graph, options) in cases {
      let url = directory.file("\(name).dot")
      try DOTWriter(options: options).write(graph, to: url)
      let result = try ExternalTool.run("/usr/bin/dot", ["-Tsvg", url.path])
      #expect(result.status == 0, "\(name): \(result.errors)")
      #expect(
        !result.errors.contains("Error") && !result.errors.contains("syntax"),
        "\(name): \(result.errors)")
      #expect(result.output.contains("</svg>"), "\(name)")
    }
  }

  @Test(.enabled(if: ExternalTool.exists("/usr/bin/dot")))
  func graphvizShowsHostileLabelsVerbatim() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("hostile.dot")
    try DOTWriter(options: DiagramOptions(topEntities: nil, includeIsolated: true))
      .write(try Fixtures.hostileGraph(), to: url)
    let result = try ExternalTool.run("/usr/bin/dot", ["-Tsvg", url.path])
    try #require(result.status == 0, "\(result.errors)")
    let texts = try SVGText.strings(in: result.output)
    for name in Fixtures.hostileNames where name != "  padded  " {
      #expect(texts.contains(name), "\(name) not shown verbatim in \(texts)")
    }
  }

  // MARK: - Helpers

  static func largeGraph(entities count: Int) throws -> KnowledgeGraph {
    let entities = (0..<count).map {
      EntityRecord(
        id: "person:p\($0)", type: .person, name: "P\($0)", mentions: [Fixtures.span("P", $0)])
    }
    let relations = (0..<count).map {
      RelationRecord(
        subject: "person:p\($0)", predicate: .met, object: "person:p\(($0 * 7 + 1) % count)",
        evidence: Fixtures.span("met", $0))
    }
    var graph = KnowledgeGraph()
    try graph.merge(
      Extraction(document: DocumentInfo(id: "d"), entities: entities, relations: relations))
    return graph
  }
}
