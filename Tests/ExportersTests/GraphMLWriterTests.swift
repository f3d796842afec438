import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("GraphMLWriter")
struct GraphMLWriterTests {
  @Test func sampleGraphSnapshot() throws {
    let text = try GraphMLWriter().string(for: try Fixtures.sampleGraph())
    try Snapshot.check(text, named: "sampleGraphSnapshot.graphml")
  }

  @Test func hostileGraphSnapshot() throws {
    let text = try GraphMLWriter().string(
      for: try Fixtures.hostileGraph(includeControlCharacters: true))
    try Snapshot.check(text, named: "hostileGraphSnapshot.graphml")
  }

  @Test func declaresEveryKeyOnceWithNameAndType() throws {
    let text = try GraphMLWriter().string(for: try Fixtures.sampleGraph())
    let document = try GraphMLParser.parse(Data(text.utf8))
    #expect(document.keys.count == GraphMLKey.all.count)
    for key in GraphMLKey.all {
      let declared = try #require(document.keys[key.id])
      #expect(declared.name == key.name)
      #expect(declared.type == key.type.rawValue)
      #expect(declared.domain == key.domain.rawValue)
    }
    #expect(text.contains(#"<graph id="newsgraph" edgedefault="directed">"#))
    #expect(
      text.contains(#"<key id="n_mentions" for="node" attr.name="mentions" attr.type="int">"#))
  }

  @Test func countsNodesAndEdges() throws {
    let graph = try Fixtures.sampleGraph()
    let document = try GraphMLParser.parse(Data(try GraphMLWriter().string(for: graph).utf8))
    #expect(document.nodes.count == graph.entitiesByID.count + graph.statements.count)
    #expect(document.edges.count == Self.edgeCount(graph))
    let ids = Set(document.nodes.map(\.id))
    #expect(ids.count == document.nodes.count)
    for edge in document.edges {
      #expect(ids.contains(edge.source) && ids.contains(edge.target))
    }
    let kinds = Dictionary(grouping: document.edges, by: { $0.attributes["kind"] ?? "" })
    #expect(kinds["said"]?.count == graph.statements.filter { $0.speaker != nil }.count)
    #expect(kinds["about"]?.count == graph.statements.map(\.about.count).reduce(0, +))
    #expect(kinds["relation"]?.count == graph.relations.count)
  }

  @Test func hostileTextIsEscapedAndNodeIDsAreNameTokens() throws {
    let graph = try Fixtures.hostileGraph(includeControlCharacters: true)
    let text = try GraphMLWriter().string(for: graph)
    #expect(!text.unicodeScalars.contains { !TextCleaner.isXMLCharacter($0) })
    #expect(text.contains("&lt;b&gt;Tag&lt;/b&gt; &amp; Co"))
    #expect(text.contains("Quote &quot;Q&quot; O&apos;Neil"))
    #expect(text.contains("&amp;amp; &amp;lt; ]]&gt; --"))
    #expect(text.contains("🇺🇦 Flag 👩🏽‍💻") && text.contains("مرحبا עברית"))
    #expect(text.contains("&#13;\nnew line\ttab"))
    let document = try GraphMLParser.parse(Data(text.utf8))
    for node in document.nodes {
      #expect(XMLText.isNameToken(node.id), "node id \(node.id)")
    }
    let renamed = document.nodes.filter { $0.attributes["original_id"] != nil }
    // One entity (emoji are name characters) and both statements (their
    // document id has spaces).
    #expect(renamed.count == 3)
    let name = try #require(
      document.nodes.first { $0.attributes["name"]?.hasPrefix("Ctl") == true })
    #expect(name.attributes["name"] == "Ctlx\u{7F}")
  }

  @Test(.enabled(if: ExternalTool.exists("/usr/bin/xmllint")))
  func wellFormedForXmllint() throws {
    let directory = try TemporaryDirectory()
    for (name, graph) in [
      ("sample", try Fixtures.sampleGraph()),
      ("hostile", try Fixtures.hostileGraph(includeControlCharacters: true)),
      ("empty", KnowledgeGraph()),
    ] {
      let url = directory.file("\(name).graphml")
      try GraphMLWriter().write(graph, to: url)
      let result = try ExternalTool.run("/usr/bin/xmllint", ["--noout", url.path])
      #expect(result.status == 0, "\(name): \(result.errors)")
      #expect(result.errors.isEmpty, "\(name): \(result.errors)")
    }
  }

  @Test(.enabled(if: PythonCheck.isAvailable || PythonCheck.isRequired))
  func readByNetworkxAndIgraph() throws {
    let python = try #require(
      PythonCheck.interpreter,
      "NEWSGRAPH_REQUIRE_PYTHON=1 but .venv/bin/python3 is missing (run the test script)")
    let directory = try TemporaryDirectory()
    for (name, graph, names) in [
      (
        "sample", try Fixtures.sampleGraph(),
        ["Vladimir Putin", "North Atlantic Treaty Organization"]
      ),
      ("hostile", try Fixtures.hostileGraph(includeControlCharacters: true), Fixtures.hostileNames),
    ] {
      let url = directory.file("\(name).graphml")
      try GraphMLWriter().write(graph, to: url)
      var arguments = [
        PythonCheck.script.path, url.path,
        "--nodes", String(graph.entitiesByID.count + graph.statements.count),
        "--edges", String(Self.edgeCount(graph)),
        "--entities", String(graph.entitiesByID.count),
        "--statements", String(graph.statements.count),
      ]
      for name in names { arguments += ["--expect-name", name] }
      let result = try ExternalTool.run(python, arguments)
      #expect(result.status == 0, "\(name): \(result.output)\n\(result.errors)")
    }
  }

  @Test func writesFileAtomically() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("graph.graphml")
    try GraphMLWriter().write(try Fixtures.sampleGraph(), to: url)
    try GraphMLWriter().write(KnowledgeGraph(), to: url)
    #expect(try GraphMLReader.read(from: url) == KnowledgeGraph())
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["graph.graphml"])
  }

  static func edgeCount(_ graph: KnowledgeGraph) -> Int {
    graph.statements.filter { $0.speaker != nil }.count
      + graph.statements.map(\.about.count).reduce(0, +) + graph.relations.count
  }
}

/// The Python interpreter of the package's virtual environment, used to run
/// `Scripts/check_graphml.py` with networkx and python-igraph.
enum PythonCheck {
  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("Scripts/check_graphml.py")

  static var interpreter: String? {
    let path = ExternalTool.packageRoot.appendingPathComponent(".venv/bin/python3").path
    return ExternalTool.exists(path) ? path : nil
  }

  static var isAvailable: Bool { interpreter != nil }

  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["NEWSGRAPH_REQUIRE_PYTHON"] == "1"
  }
}
