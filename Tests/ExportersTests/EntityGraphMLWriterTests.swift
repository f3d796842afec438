import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("EntityGraphMLWriter")
struct EntityGraphMLWriterTests {
  @Test func sampleGraphSnapshot() throws {
    let text = try EntityGraphMLWriter().string(for: try Fixtures.sampleGraph())
    try Snapshot.check(text, named: "sampleGraphSnapshot.entities.graphml")
  }

  @Test func hostileGraphSnapshot() throws {
    let text = try EntityGraphMLWriter().string(for: try Fixtures.hostileGraph())
    try Snapshot.check(text, named: "hostileGraphSnapshot.entities.graphml")
  }

  /// Two documents: A says three things about B (one also about C), once
  /// about itself; A invaded B in both documents and met B once; a
  /// statement without a speaker has no edge.
  static func weightedGraph() throws -> KnowledgeGraph {
    func entity(_ id: String, _ type: EntityType, _ name: String, _ mentions: Int) -> Entity {
      Entity(id: id, type: type, name: name, mentionCount: mentions, documents: ["d1", "d2"])
    }
    func statement(_ id: String, _ speaker: String?, _ about: [String], _ document: String) -> Statement {
      Statement(
        id: id, speaker: speaker, speakerText: speaker == nil ? "they" : "A", cue: "said", kind: .direct,
        content: [TextSpan(text: "words", start: 0, end: 5)], about: about, document: document)
    }
    func relation(_ predicate: ExtractionRecords.Predicate, _ document: String) -> Relation {
      Relation(
        subject: "country:a", predicate: predicate, object: "country:b", document: document,
        evidence: TextSpan(text: "A \(predicate.rawValue) B", start: 0, end: 10))
    }
    return try KnowledgeGraph(
      documents: [DocumentInfo(id: "d1"), DocumentInfo(id: "d2")],
      entities: [
        entity("country:a", .country, "A", 100), entity("country:b", .country, "B", 1),
        entity("person:c", .person, "C", 0),
      ],
      statements: [
        statement("s1", "country:a", ["country:b"], "d1"),
        statement("s2", "country:a", ["country:b", "person:c", "country:b"], "d2"),
        statement("s3", "country:a", ["country:b"], "d2"),
        statement("s4", "country:a", ["country:a"], "d1"),
        statement("s5", nil, ["country:b"], "d1"),
      ],
      relations: [relation(.invaded, "d1"), relation(.invaded, "d2"), relation(.met, "d2")])
  }

  @Test func weightsCountStatementsAndIdenticalRelations() throws {
    let edges = EntityGraphMLWriter.edges(of: try Self.weightedGraph())
    let summary = edges.map { edge in
      "\(edge.source)>\(edge.target) \(edge.predicate?.rawValue ?? "said") \(edge.count) \(edge.documents.sorted())"
    }
    #expect(
      summary == [
        "country:a>country:a said 1 [\"d1\"]",
        "country:a>country:b said 3 [\"d1\", \"d2\"]",
        "country:a>person:c said 1 [\"d2\"]",
        "country:a>country:b invaded 2 [\"d1\", \"d2\"]",
        "country:a>country:b met 1 [\"d2\"]",
      ])
  }

  @Test func nodesCarrySizeAndStatementCounts() throws {
    let text = try EntityGraphMLWriter().string(for: try Self.weightedGraph())
    let document = try GraphMLParser.parse(Data(text.utf8))
    let nodes = Dictionary(uniqueKeysWithValues: document.nodes.map { ($0.id, $0.attributes) })
    #expect(nodes["country:a"]?["size"] == "100.0")
    #expect(nodes["country:b"]?["size"] == "10.0")
    #expect(nodes["person:c"]?["size"] == "10.0")
    #expect(nodes["country:a"]?["statements_by"] == "4")
    #expect(nodes["country:b"]?["statements_about"] == "4")
    #expect(nodes["country:a"]?["statements_about"] == "1")
    #expect(nodes["country:a"]?["mentions"] == "100")
    #expect(document.edges.map { $0.attributes["weight"] } == ["1.0", "3.0", "1.0", "2.0", "1.0"])
    #expect(document.edges.map { $0.attributes["kind"] } == ["statements", "statements", "statements", "relation", "relation"])
    #expect(document.edges[3].attributes["documents"] == "[\"d1\",\"d2\"]")
    // Every key is declared once, with a name and a type.
    #expect(document.keys.count == GraphMLKey.entityProjection.count)
    for key in GraphMLKey.entityProjection {
      #expect(document.keys[key.id]?.name == key.name && document.keys[key.id]?.type == key.type.rawValue)
    }
  }

  @Test(arguments: [(0, 10.0), (1, 10.0), (2, 14.14), (100, 100.0), (540, 232.38)])
  func sizeFollowsTheSquareRootOfMentions(mentions: Int, size: Double) {
    #expect(EntityGraphMLWriter.size(mentions: mentions) == size)
  }

  @Test func keysAreUniqueAndTyped() {
    let ids = GraphMLKey.entityProjection.map(\.id)
    #expect(Set(ids).count == ids.count)
    for domain in GraphMLKey.Domain.allCases {
      let names = GraphMLKey.entityProjection.filter { $0.domain == domain }.map(\.name)
      #expect(Set(names).count == names.count)
    }
    #expect(GraphMLKey.weight.type == .double && GraphMLKey.entitySize.type == .double)
    #expect(GraphMLKey.edgeCount.type == .int && GraphMLKey.entityMentions.type == .int)
  }

  @Test func readerSaysTheProjectionHasNoStatements() throws {
    let text = try EntityGraphMLWriter().string(for: try Self.weightedGraph())
    #expect {
      _ = try GraphMLReader.graph(from: Data(text.utf8), path: "graph.entities.graphml")
    } throws: { error in
      "\(error)".contains("entity-only projection") && "\(error)".contains("read graph.graphml")
    }
  }

  @Test(.enabled(if: ExternalTool.exists("/usr/bin/xmllint")))
  func wellFormedForXmllint() throws {
    let directory = try TemporaryDirectory()
    for (name, graph) in [
      ("sample", try Fixtures.sampleGraph()), ("weighted", try Self.weightedGraph()),
      ("hostile", try Fixtures.hostileGraph(includeControlCharacters: true)),
    ] {
      let url = directory.file("\(name).entities.graphml")
      try EntityGraphMLWriter().write(graph, to: url)
      let result = try ExternalTool.run("/usr/bin/xmllint", ["--noout", url.path])
      #expect(result.status == 0 && result.errors.isEmpty, "\(name): \(result.errors)")
    }
  }

  @Test(
    .enabled(
      if: PythonCheck.isAvailable || PythonCheck.isRequired,
      "needs .venv with networkx and python-igraph (scripts/setup.sh --python)"))
  func readByNetworkxAndIgraph() throws {
    let python = try #require(
      PythonCheck.interpreter, "NEWSGRAPH_REQUIRE_PYTHON=1 but .venv/bin/python3 is missing")
    let directory = try TemporaryDirectory()
    for (name, graph, names) in [
      ("sample", try Fixtures.sampleGraph(), ["Vladimir Putin", "Ukraine"]),
      ("weighted", try Self.weightedGraph(), ["A", "B", "C"]),
      ("hostile", try Fixtures.hostileGraph(includeControlCharacters: true), Array(Fixtures.hostileNames.prefix(4))),
    ] {
      let url = directory.file("\(name).entities.graphml")
      try EntityGraphMLWriter().write(graph, to: url)
      let edges = EntityGraphMLWriter.edges(of: graph)
      let statementWeight = graph.statements.filter { $0.speaker != nil }.map { Set($0.about).count }.reduce(0, +)
      var arguments = [
        PythonScript.path("check_entity_graphml.py"), url.path,
        "--nodes", String(graph.entitiesByID.count), "--edges", String(edges.count),
        "--statement-weight", String(statementWeight), "--relation-weight", String(graph.relations.count),
      ]
      for name in names { arguments += ["--expect-name", name] }
      let result = try ExternalTool.run(python, arguments)
      #expect(result.status == 0, "\(name): \(result.output)\n\(result.errors)")
    }
  }
}
