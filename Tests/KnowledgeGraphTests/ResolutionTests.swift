import Foundation
import KnowledgeGraph
import Testing

@Suite("cross-document entity resolution")
struct ResolutionTests {
  typealias F = GraphFixtures

  static func document(_ id: String, _ entities: [EntityRecord], statements: [StatementRecord] = [], relations: [RelationRecord] = []) -> Extraction {
    Extraction(document: DocumentInfo(id: id), entities: entities, statements: statements, relations: relations)
  }

  /// Documents about other things, so that what the tested ones share is
  /// rare enough to count as evidence.
  static func filler(_ count: Int) -> [Extraction] {
    (0..<count).map { Self.document("z\($0)", [F.entity("country:peru", .country, "Peru")]) }
  }

  static func resolve(_ extractions: [Extraction], overrides: EntityOverrides = EntityOverrides()) throws -> KnowledgeGraph {
    try KnowledgeGraph.resolving(extractions, overrides: overrides).graph
  }

  @Test func aShortNameJoinsItsOnlyFullName() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:ilse-marten", .person, "Ilse Marten", aliases: ["Marten"])]),
      Self.document("b", [
        F.entity("person:marten", .person, "Marten", mentions: 2),
        F.entity("country:norway", .country, "Norway"),
      ], statements: [F.statement("person:marten", "Marten", "the port would stay open", at: 30, about: ["country:norway"])]),
    ])
    #expect(graph.merges.map(\.from) == ["person:marten"])
    #expect(graph.entity(id: "person:marten") == nil)
    let kept = try #require(graph.entity(id: "person:ilse-marten"))
    #expect(kept.mentionCount == 3)
    #expect(kept.documents == ["a", "b"])
    #expect(graph.statements.first?.speaker == "person:ilse-marten")
    #expect(graph.mergeHistory(of: "person:ilse-marten").first?.reason.contains("only known short form") == true)
  }

  @Test func middleInitialsDoNotSeparatePeople() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:karl-j-hollis", .person, "Karl J. Hollis")]),
      Self.document("b", [F.entity("person:karl-hollis", .person, "Karl Hollis", mentions: 3)]),
    ])
    #expect(graph.entities.map(\.id) == ["person:karl-hollis"])
    #expect(graph.entities.first?.aliases.contains("Karl J. Hollis") == true)
  }

  @Test func anAmbiguousShortNameFollowsItsContext() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:anna-voss", .person, "Anna Voss"), F.entity("country:chile", .country, "Chile")]),
      Self.document("b", [
        F.entity("person:peter-voss", .person, "Peter Voss"), F.entity("country:kenya", .country, "Kenya"),
        F.entity("organization:port-council", .organization, "Port Council"),
      ]),
      Self.document("c", [
        F.entity("person:voss", .person, "Voss"), F.entity("country:kenya", .country, "Kenya"),
        F.entity("organization:port-council", .organization, "Port Council"),
      ]),
      Self.document("e", [F.entity("country:chile", .country, "Chile")]),
    ] + Self.filler(20))
    #expect(graph.entity(id: "person:voss") == nil)
    #expect(graph.entity(id: "person:peter-voss")?.documents == ["b", "c"])
    #expect(graph.entity(id: "person:anna-voss")?.documents == ["a"])
    #expect(graph.assignments.isEmpty)
  }

  @Test func anAmbiguousShortNameWithoutContextStaysApart() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:anna-voss", .person, "Anna Voss")]),
      Self.document("b", [F.entity("person:peter-voss", .person, "Peter Voss")]),
      Self.document("c", [F.entity("person:voss", .person, "Voss")]),
    ])
    #expect(graph.entity(id: "person:anna-voss")?.documents == ["a"])
    #expect(graph.entity(id: "person:peter-voss")?.documents == ["b"])
    #expect(graph.entities.contains { $0.name == "Voss" && $0.documents == ["c"] })
  }

  @Test func differentTypesNeverJoin() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("location:paris", .location, "Paris")]),
      Self.document("b", [F.entity("person:paris-hilton", .person, "Paris Hilton")]),
    ])
    #expect(graph.merges.isEmpty)
    #expect(graph.entities.count == 2)
  }

  @Test func relationsAreRewrittenAndDeduplicated() throws {
    let graph = try Self.resolve([
      Self.document("a", [
        F.entity("person:ilse-marten", .person, "Ilse Marten"), F.entity("person:marten", .person, "Marten"),
        F.entity("country:norway", .country, "Norway"),
      ], relations: [
        F.relation("person:ilse-marten", .holdsRole, "country:norway", "Norwegian minister Ilse Marten", at: 0),
        F.relation("person:marten", .holdsRole, "country:norway", "Norwegian minister Ilse Marten", at: 0),
      ])
    ])
    #expect(graph.relations.count == 1)
    #expect(graph.relations.first?.subject == "person:ilse-marten")
    graph.checkInvariants()
  }

  @Test func mergesSurviveTheJSONRoundTrip() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:ilse-marten", .person, "Ilse Marten")]),
      Self.document("b", [F.entity("person:marten", .person, "Marten")]),
    ])
    let data = try JSONEncoder().encode(graph)
    let decoded = try JSONDecoder().decode(KnowledgeGraph.self, from: data)
    #expect(decoded == graph)
    #expect(decoded.merges.count == 1)
  }
}

@Suite("batch merge")
struct BatchMergeTests {
  @Test func mergingABatchEqualsMergingOneByOne() throws {
    let extractions = [GraphFixtures.first, GraphFixtures.second]
    var one = KnowledgeGraph()
    for extraction in extractions { try one.merge(extraction) }
    var batch = KnowledgeGraph()
    try batch.merge(contentsOf: extractions)
    #expect(batch == one)
    // A document given again replaces the earlier version.
    try batch.merge(contentsOf: [GraphFixtures.first])
    try one.merge(GraphFixtures.first)
    #expect(batch.statements == one.statements)
    #expect(batch.relations == one.relations)
  }

  @Test func anInvalidExtractionMergesNothing() throws {
    var graph = KnowledgeGraph()
    let bad = Extraction(
      document: DocumentInfo(id: "bad"), entities: [],
      relations: [GraphFixtures.relation("person:x", .met, "person:y", "x met y", at: 0)])
    #expect(throws: GraphError.self) { try graph.merge(contentsOf: [GraphFixtures.first, bad]) }
    #expect(graph.isEmpty)
  }
}
