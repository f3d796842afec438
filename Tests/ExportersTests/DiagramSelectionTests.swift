import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

/// The default corpus diagram: the strongest edges, one per speaker and
/// topic, a cap on edges and labels, named entities only, and a drawing
/// whose node names stay readable fitted to a 1920 × 1080 screen.
@Suite struct DiagramSelectionTests {
  /// A corpus-sized graph: 120 people and 12 countries in 300 documents,
  /// with statements between them in a skewed, fixed pattern, a common
  /// noun ("people") and an unaffiliated group ("analysts") that speak
  /// often, and relations.
  static func corpus() throws -> KnowledgeGraph {
    var extractions: [Extraction] = []
    var seed: UInt64 = 42
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let value = Int((seed >> 33) % UInt64(bound))
      return min(value, Int((seed >> 17) % UInt64(bound)))  // skewed towards small numbers
    }
    for document in 0..<300 {
      var entities: [String: EntityRecord] = [:]
      func entity(_ id: String, _ type: EntityType, _ name: String) -> String {
        entities[id] = EntityRecord(id: id, type: type, name: name, mentions: [Fixtures.span(name, 0)])
        return id
      }
      var statements: [StatementRecord] = []
      var relations: [RelationRecord] = []
      for _ in 0..<6 {
        let speaker = next(10) < 2
          ? (next(2) == 0 ? entity("location:people", .location, "people") : entity("group:analysts", .group, "analysts"))
          : entity("person:p\(next(120))", .person, "Person Number \(next(120))")
        let topic = next(3) == 0 ? entity("country:c\(next(12))", .country, "Country \(next(12))") : entity("person:p\(next(120))", .person, "Person Number \(next(120))")
        guard speaker != topic else { continue }
        statements.append(
          StatementRecord(
            speaker: .init(entity: speaker, span: Fixtures.span("x", 0)), cue: Fixtures.span("said", 2),
            content: [Fixtures.span("words", 10)], kind: .indirect, about: [topic]))
      }
      if next(4) == 0 {
        let a = entity("person:p\(next(120))", .person, "Person Number \(next(120))")
        let b = entity("country:c\(next(12))", .country, "Country \(next(12))")
        relations.append(RelationRecord(subject: a, predicate: .holdsRole, object: b, evidence: Fixtures.span("role", 20)))
      }
      let records = entities.values.sorted { $0.id < $1.id }
      extractions.append(
        Extraction(
          document: DocumentInfo(id: String(format: "d%03d", document)), entities: records.filter { $0.type != .group },
          groups: records.filter { $0.type == .group }, statements: statements, relations: relations))
    }
    var graph = KnowledgeGraph()
    try graph.merge(contentsOf: extractions)
    return graph
  }

  @Test func theStrongestEdgesAreKeptUpToTheCap() throws {
    let graph = try Self.corpus()
    let options = DiagramOptions()
    let content = DiagramContent(graph: graph, options: options)
    let edges = content.speechEdges.count + content.relationEdges.count
    #expect(edges <= 60 && edges > 30)
    // Parallel statements are one edge, its width by count.
    let pairs = content.speechEdges.map { "\($0.source)>\($0.target)" }
    #expect(Set(pairs).count == pairs.count)
    #expect(content.speechEdges.contains { $0.statements.count > 1 })
    // The labelled edges are the strongest ones.
    let labelled = content.speechEdges.filter(\.isLabelled).map { $0.statements.count }
      + content.relationEdges.filter(\.isLabelled).map { 2 * $0.relations.count }
    let unlabelled = content.speechEdges.filter { !$0.isLabelled }.map { $0.statements.count }
      + content.relationEdges.filter { !$0.isLabelled }.map { 2 * $0.relations.count }
    #expect(labelled.count == 15)
    #expect((labelled.min() ?? 0) >= (unlabelled.max() ?? 0))
    // Every drawn entity has a drawn edge, and no junk is drawn.
    var touched = Set(content.speechEdges.flatMap { [$0.source, $0.target] })
    touched.formUnion(content.relationEdges.flatMap { [$0.subject, $0.object] })
    #expect(Set(content.entities.map(\.id)) == touched)
    #expect(!touched.contains("location:people") && !touched.contains("group:analysts"))
    // Without the cap, the same entities have many more edges.
    var uncapped = options
    uncapped.maxEdges = nil
    let all = DiagramContent(graph: graph, options: uncapped)
    #expect(all.speechEdges.count + all.relationEdges.count > 100)
    // Each drawn entity keeps its strongest edge among those of the uncapped
    // diagram.
    func strongest(_ content: DiagramContent, _ id: String) -> Int {
      let speech = content.speechEdges.filter { $0.source == id || $0.target == id }.map(\.statements.count)
      let relations = content.relationEdges.filter { $0.subject == id || $0.object == id }.map { 2 * $0.relations.count }
      return (speech + relations).max() ?? 0
    }
    for entity in content.entities {
      #expect(strongest(content, entity.id) == strongest(all, entity.id), "\(entity.id)")
    }
    let dot = DOTWriter(options: options).string(for: graph)
    let drawn = dot.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains("\"legend:") }
    #expect(drawn.count == edges)
  }

  @Test func theDiagramIsReadableFittedToAScreen() throws {
    guard ExternalTool.exists("/usr/bin/dot") else { return }
    let graph = try Self.corpus()
    let fitted = try DiagramFit.render(graph, options: DiagramOptions()) { dot, layout in
      let directory = try TemporaryDirectory()
      let file = directory.file("graph.dot")
      try Data(dot.utf8).write(to: file)
      let result = try ExternalTool.run("/usr/bin/dot", ["-K\(layout.rawValue)", "-Tsvg", file.path])
      return Array(result.output.utf8)
    }
    let pixels = try #require(fitted.labelPixels)
    #expect(pixels >= DiagramFit.minimumLabelPixels, "\(fitted.layout): \(pixels) px")
  }

  @Test(arguments: [
    ("<svg width=\"1920pt\" height=\"1080pt\"", 11.0), ("<svg width=\"3840pt\" height=\"100pt\"", 5.5),
    ("<svg width=\"100pt\" height=\"2160pt\"", 5.5), ("<svg viewBox=\"0 0 1 1\"", -1),
  ])
  func labelPixelsFollowTheDrawingsSize(_ head: String, _ pixels: Double) {
    let svg = Array((head + " xmlns=\"http://www.w3.org/2000/svg\"></svg>").utf8)
    #expect(DiagramFit.labelPixels(svg: svg) ?? -1 == pixels)
  }
}
