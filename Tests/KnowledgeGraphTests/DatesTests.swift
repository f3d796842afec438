import KnowledgeGraph
import Testing

@Suite("dates and per-document counts")
struct DatesTests {
  typealias F = GraphFixtures

  static func document(_ id: String, date: String?, _ entities: [EntityRecord]) -> Extraction {
    Extraction(document: DocumentInfo(id: id, date: date), entities: entities)
  }

  @Test func entitiesKeepCountsPerDocumentAndFirstAndLastSeen() throws {
    var graph = KnowledgeGraph()
    try graph.merge(Self.document("a", date: "2025-03-01", [F.entity("country:chile", .country, "Chile", mentions: 2)]))
    try graph.merge(Self.document("b", date: "2024-11-20", [F.entity("country:chile", .country, "Chile", mentions: 3)]))
    try graph.merge(Self.document("c", date: nil, [F.entity("country:chile", .country, "Chile", mentions: 1)]))
    let chile = try #require(graph.entity(id: "country:chile"))
    #expect(chile.mentionsPerDocument == ["a": 2, "b": 3, "c": 1])
    #expect(chile.mentionCount == 6)
    #expect(chile.firstSeen == "2024-11-20")
    #expect(chile.lastSeen == "2025-03-01")
    // Merging a document again replaces its count instead of adding to it.
    try graph.merge(Self.document("a", date: "2025-03-01", [F.entity("country:chile", .country, "Chile", mentions: 4)]))
    #expect(graph.entity(id: "country:chile")?.mentionCount == 8)
  }

  @Test func aDateRangeKeepsItsDocumentsOnly() throws {
    var graph = KnowledgeGraph()
    try graph.merge(Self.document("early", date: "2024-05-02", [F.entity("country:chile", .country, "Chile")]))
    try graph.merge(Self.document("late", date: "2025-02-13", [
      F.entity("country:chile", .country, "Chile", mentions: 2), F.entity("country:peru", .country, "Peru"),
    ]))
    try graph.merge(Self.document("undated", date: nil, [F.entity("country:bolivia", .country, "Bolivia")]))
    let since = graph.dated(since: "2025")
    #expect(since.documents.map(\.id) == ["late"])
    #expect(since.entities.map(\.id) == ["country:chile", "country:peru"])
    #expect(since.entity(id: "country:chile")?.mentionCount == 2)
    let until = graph.dated(until: "2024-05")
    #expect(until.documents.map(\.id) == ["early"])
    #expect(graph.dated() == graph)
  }
}
