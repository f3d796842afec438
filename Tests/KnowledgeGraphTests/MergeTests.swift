import Testing

@testable import KnowledgeGraph

@Suite("KnowledgeGraph merge")
struct MergeTests {
  @Test func firstMergeAddsEverything() throws {
    var graph = KnowledgeGraph()
    let added = try graph.merge(GraphFixtures.first)
    #expect(added == GraphFixtures.first.entities.map(\.id).sorted())
    #expect(graph.documents == [GraphFixtures.first.document])
    let maria = try #require(graph.entity(id: "person:maria-delgado"))
    #expect(maria.name == "Maria Delgado")
    #expect(maria.aliases == ["Delgado"])
    #expect(maria.mentionCount == 3)
    #expect(maria.documents == ["doc-1"])
    #expect(graph.entity(id: "event:bridge-summit")?.date == "2025")
    #expect(graph.entity(id: "group:portuguese-officials")?.affiliation == "country:portugal")
    graph.checkInvariants()
  }

  @Test func statementsGetStableIDsAndSortedUniqueAbout() throws {
    var graph = KnowledgeGraph()
    try graph.merge(GraphFixtures.first)
    #expect(graph.statements.map(\.id) == (1...4).map { "statement:doc-1:\($0)" })
    let first = try #require(graph.statements.first)
    #expect(first.speaker == "person:maria-delgado")
    #expect(first.speakerText == "Maria Delgado")
    #expect(first.cue == "said")
    #expect(first.kind == .indirect)
    #expect(first.document == "doc-1")
    #expect(first.about == ["country:spain"])
    #expect(graph.statements[1].about == ["organization:river-council", "person:maria-delgado"])
    #expect(graph.statements[3].speaker == nil)
  }

  @Test func identicalRelationsOfOneDocumentAreKeptOnce() throws {
    var graph = KnowledgeGraph()
    try graph.merge(GraphFixtures.first)
    #expect(GraphFixtures.first.relations.count == 5)
    #expect(graph.relations.count == 4)
    #expect(graph.relations.filter { $0.predicate == .supported }.count == 1)
    #expect(graph.relations.allSatisfy { $0.document == "doc-1" })
    let role = try #require(graph.relations.first { $0.predicate == .holdsRole })
    #expect(role.title == "Mayor")
    #expect(role.evidence.text == "Portuguese Mayor Maria Delgado")
  }

  @Test func secondDocumentMergesEntitiesByID() throws {
    var graph = KnowledgeGraph()
    try graph.merge(GraphFixtures.first)
    let added = try graph.merge(GraphFixtures.second)
    #expect(added == ["person:anna-kowalski"])
    let maria = try #require(graph.entity(id: "person:maria-delgado"))
    #expect(maria.aliases == ["Delgado", "Mayor Delgado"])
    #expect(maria.mentionCount == 5)
    #expect(maria.documents == ["doc-1", "doc-2"])
    // The longer name becomes canonical; the shorter one an alias.
    let spain = try #require(graph.entity(id: "country:spain"))
    #expect(spain.name == "Kingdom of Spain")
    #expect(spain.aliases == ["Madrid", "Spain", "Spanish"])
    #expect(spain.mentionCount == 3)
    #expect(graph.documents.map(\.id) == ["doc-1", "doc-2"])
    #expect(graph.statements.count == 6)
    #expect(graph.relations.count == 6)
    graph.checkInvariants()
  }

  @Test func contentsAreSortedByDocumentThenPosition() throws {
    var graph = KnowledgeGraph()
    try graph.merge(GraphFixtures.second)
    try graph.merge(GraphFixtures.first)
    let keys = graph.statements.map { "\($0.document)@\($0.start)" }
    #expect(keys == ["doc-1@40", "doc-1@200", "doc-1@400", "doc-1@600", "doc-2@50", "doc-2@150"])
    let relationKeys = graph.relations.map { "\($0.document)@\($0.evidence.start)" }
    #expect(relationKeys == ["doc-1@10", "doc-1@300", "doc-1@500", "doc-1@700", "doc-2@20", "doc-2@100"])
    #expect(graph.documents.map(\.id) == ["doc-1", "doc-2"])
  }

  @Test func mergeOrderDoesNotChangeTheGraph() throws {
    var forward = KnowledgeGraph()
    try forward.merge(GraphFixtures.first)
    try forward.merge(GraphFixtures.second)
    var backward = KnowledgeGraph()
    try backward.merge(GraphFixtures.second)
    try backward.merge(GraphFixtures.first)
    #expect(forward == backward)
  }

  @Test func remergingADocumentReplacesItsStatementsAndRelations() throws {
    var graph = try GraphFixtures.graph()
    var revised = GraphFixtures.second
    revised.document.date = "2025-03-09"
    revised.statements.removeLast()
    revised.relations.removeAll()
    let added = try graph.merge(revised)
    #expect(added.isEmpty)
    #expect(graph.documents.map(\.id) == ["doc-1", "doc-2"])
    #expect(graph.documents.last?.date == "2025-03-09")
    #expect(graph.statements.filter { $0.document == "doc-2" }.count == 1)
    #expect(graph.relations.filter { $0.document == "doc-2" }.isEmpty)
    #expect(graph.statements.filter { $0.document == "doc-1" }.count == 4)
  }

  @Test(arguments: [
    StatementRecord(
      speaker: .init(entity: "person:ghost", span: GraphFixtures.span("Ghost", 0)), cue: nil,
      content: [GraphFixtures.span("boo", 10)], kind: .direct),
    StatementRecord(speaker: nil, cue: nil, content: [GraphFixtures.span("boo", 10)], kind: .direct, about: ["person:ghost"]),
  ])
  func statementsWithUnknownEntitiesAreRejectedAndChangeNothing(_ bad: StatementRecord) throws {
    var graph = try GraphFixtures.graph()
    let before = graph
    var extraction = Extraction(document: DocumentInfo(id: "doc-3"), entities: GraphFixtures.second.entities)
    extraction.statements = [bad]
    #expect(throws: GraphError.unknownEntity("person:ghost", document: "doc-3")) { try graph.merge(extraction) }
    #expect(graph == before)
  }

  @Test func relationsWithUnknownEntitiesAreRejected() throws {
    var graph = KnowledgeGraph()
    let extraction = Extraction(
      document: DocumentInfo(id: "doc-4"), entities: [GraphFixtures.entity("country:spain", .country, "Spain")],
      relations: [GraphFixtures.relation("country:spain", .invaded, "country:atlantis", "Spain invaded Atlantis", at: 0)])
    #expect(throws: GraphError.unknownEntity("country:atlantis", document: "doc-4")) { try graph.merge(extraction) }
    #expect(graph.isEmpty)
    #expect(graph.documents.isEmpty)
  }

  @Test func anEmptyExtractionAddsOnlyItsDocument() throws {
    var graph = KnowledgeGraph()
    let added = try graph.merge(Extraction(document: DocumentInfo(id: "empty")))
    #expect(added.isEmpty)
    #expect(graph.documents.map(\.id) == ["empty"])
    #expect(graph.isEmpty)
  }

  @Test func firstDateAndAffiliationWin() throws {
    var graph = KnowledgeGraph()
    try graph.merge(
      Extraction(
        document: DocumentInfo(id: "a"),
        entities: [
          GraphFixtures.entity("event:bridge-summit", .event, "Bridge Summit", date: nil),
          GraphFixtures.entity("group:officials", .group, "officials"),
        ]))
    try graph.merge(
      Extraction(
        document: DocumentInfo(id: "b"),
        entities: [
          GraphFixtures.entity("event:bridge-summit", .event, "Bridge Summit", date: "2025-03"),
          GraphFixtures.entity("group:officials", .group, "officials", affiliation: "country:spain"),
          GraphFixtures.entity("country:spain", .country, "Spain"),
        ]))
    try graph.merge(
      Extraction(
        document: DocumentInfo(id: "c"),
        entities: [
          GraphFixtures.entity("event:bridge-summit", .event, "Bridge Summit", date: "2026"),
          GraphFixtures.entity("group:officials", .group, "officials", affiliation: "country:portugal"),
          GraphFixtures.entity("country:portugal", .country, "Portugal"),
        ]))
    #expect(graph.entity(id: "event:bridge-summit")?.date == "2025-03")
    #expect(graph.entity(id: "group:officials")?.affiliation == "country:spain")
    #expect(graph.entity(id: "event:bridge-summit")?.documents == ["a", "b", "c"])
  }

  @Test func manyDocumentsMergeQuickly() throws {
    var graph = KnowledgeGraph()
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      for index in 0..<300 {
        var extraction = GraphFixtures.first
        extraction.document = DocumentInfo(id: "doc-\(1_000 + index)")
        try graph.merge(extraction)
      }
    }
    #expect(graph.documents.count == 300)
    #expect(graph.statements.count == 1_200)
    #expect(graph.entity(id: "person:maria-delgado")?.mentionCount == 900)
    #expect(elapsed < .seconds(10))
  }
}
