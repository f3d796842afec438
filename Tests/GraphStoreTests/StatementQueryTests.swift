import KnowledgeGraph
import Testing

@testable import GraphStore

@Suite struct StatementQueryTests {
  /// A store with the sample plus some synthetic documents, and its graph.
  static func populated(_ folder: ScratchFolder) throws -> (GraphStore, KnowledgeGraph) {
    let store = try GraphStore(path: folder.path())
    try store.replace(Fixtures.sample(id: "seed"), contentHash: "s")
    for index in 0..<12 {
      let extraction = Fixtures.synthetic(index: index)
      try store.replace(extraction, contentHash: extraction.document.id)
    }
    return (store, try store.graph())
  }

  @Test func speakerQueryMatchesTheGraph() throws {
    let folder = ScratchFolder()
    let (store, graph) = try Self.populated(folder)
    let speakers = Set(graph.statements.compactMap(\.speaker))
    #expect(speakers.count > 3)
    for speaker in speakers {
      #expect(
        try store.statements(speaker: speaker) == graph.statements.filter { $0.speaker == speaker })
    }
  }

  @Test func aboutQueryMatchesTheGraph() throws {
    let folder = ScratchFolder()
    let (store, graph) = try Self.populated(folder)
    let topics = Set(graph.statements.flatMap(\.about))
    #expect(topics.count > 3)
    for topic in topics {
      #expect(
        try store.statements(about: topic) == graph.statements.filter { $0.about.contains(topic) })
    }
  }

  @Test func bothFiltersAndNoFilter() throws {
    let folder = ScratchFolder()
    let (store, graph) = try Self.populated(folder)
    #expect(try store.statements() == graph.statements)
    let hits = try store.statements(speaker: "person:volodymyr-zelensky", about: "country:russia")
    #expect(hits.count == 1)
    #expect(hits.first?.id == "statement:seed:1")
    #expect(hits.first?.about == ["country:russia", "country:ukraine"])
    #expect(hits.first?.text == "“We will not give up — ever” … “not a single metre”")
    #expect(
      try store.statements(speaker: "person:volodymyr-zelensky", about: "organization:nato").isEmpty
    )
    #expect(try store.statements(speaker: "person:nobody").isEmpty)
    #expect(try store.statements(about: "country:nowhere").isEmpty)
  }

  @Test(
    arguments: [
      ("person:vladimir-putin", nil, "statement_by_speaker"),
      (nil, "country:ukraine", "statement_about_by_entity"),
      ("person:vladimir-putin", "country:ukraine", "statement_about_by_entity"),
    ] as [(String?, String?, String)])
  func queriesUseTheIndexes(speaker: String?, about: String?, index: String) throws {
    let folder = ScratchFolder()
    let (store, _) = try Self.populated(folder)
    let (sql, arguments) = GraphStore.statementQuery(speaker: speaker, about: about)
    let plan = try store.queryPlan(sql, arguments: arguments)
    #expect(plan.contains { $0.contains(index) }, "\(plan)")
    #expect(!plan.contains { $0.hasPrefix("SCAN s") || $0 == "SCAN statement" }, "\(plan)")
  }

  @Test func relationPredicateIndexExists() throws {
    let folder = ScratchFolder()
    let (store, _) = try Self.populated(folder)
    let plan = try store.queryPlan(
      "SELECT * FROM relation WHERE predicate = ?", arguments: ["invaded"])
    #expect(plan.contains { $0.contains("relation_by_predicate") }, "\(plan)")
  }
}
