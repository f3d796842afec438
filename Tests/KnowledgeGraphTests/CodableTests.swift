import Foundation
import Testing

@testable import KnowledgeGraph

@Suite("KnowledgeGraph Codable")
struct CodableTests {
  func encode<T: Encodable>(_ value: T) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(value)
  }

  @Test func graphRoundTripsThroughJSON() throws {
    let graph = try GraphFixtures.graph()
    let decoded = try JSONDecoder().decode(KnowledgeGraph.self, from: try encode(graph))
    #expect(decoded == graph)
    #expect(decoded.entity(id: "country:spain")?.name == "Kingdom of Spain")
    #expect(decoded.statements.map(\.id) == graph.statements.map(\.id))
  }

  @Test func emptyAndFilteredGraphsRoundTrip() throws {
    for graph in [KnowledgeGraph(), try GraphFixtures.graph().subgraph(focus: "person:maria-delgado", depth: 1)] {
      #expect(try JSONDecoder().decode(KnowledgeGraph.self, from: try encode(graph)) == graph)
    }
  }

  @Test func hostileTextRoundTrips() throws {
    let text = "\u{201C}Quote\u{201D} <b>&amp;</b> \\ \"\n\t\u{0007} \u{1F600} \u{202E}RTL \u{0000}end"
    let extraction = Extraction(
      document: DocumentInfo(id: "h\u{00E9}\u{0301}", path: "dir with spaces/h.txt"),
      entities: [GraphFixtures.entity("person:x", .person, text)],
      statements: [GraphFixtures.statement("person:x", text, cue: text, text, at: 3, kind: .mixed, about: ["person:x"])])
    var graph = KnowledgeGraph()
    try graph.merge(extraction)
    #expect(try JSONDecoder().decode(KnowledgeGraph.self, from: try encode(graph)) == graph)
  }

  @Test func encodingIsByteStable() throws {
    let first = try encode(try GraphFixtures.graph())
    #expect(try encode(try GraphFixtures.graph()) == first)
    var reversed = KnowledgeGraph()
    try reversed.merge(GraphFixtures.second)
    try reversed.merge(GraphFixtures.first)
    #expect(try encode(reversed) == first)
  }

  @Test func jsonUsesTheDocumentedFieldNames() throws {
    let json = try #require(
      try JSONSerialization.jsonObject(with: try encode(try GraphFixtures.graph())) as? [String: Any])
    #expect(Set(json.keys) == ["documents", "entities", "statements", "relations"])
    let entity = try #require((json["entities"] as? [[String: Any]])?.first)
    for key in ["id", "type", "name", "aliases", "mentionCount", "documents"] {
      #expect(entity[key] != nil, "entity has no \(key)")
    }
    let relation = try #require((json["relations"] as? [[String: Any]])?.first { $0["predicate"] as? String == "holds_role" })
    #expect(relation["title"] as? String == "Mayor")
    #expect((relation["evidence"] as? [String: Any])?["start"] as? Int == 10)
  }

  @Test func missingSectionsDecodeAsEmpty() throws {
    let graph = try JSONDecoder().decode(KnowledgeGraph.self, from: Data("{}".utf8))
    #expect(graph == KnowledgeGraph())
    let onlyEntities = try JSONDecoder().decode(
      KnowledgeGraph.self,
      from: Data(#"{"entities": [{"id": "country:spain", "type": "country", "name": "Spain", "aliases": [], "mentionCount": 2, "documents": ["a"]}]}"#.utf8))
    #expect(onlyEntities.entity(id: "country:spain")?.mentionCount == 2)
  }

  @Test func decodingRejectsDanglingReferences() {
    let json = #"""
      {"entities": [],
       "relations": [{"subject": "country:spain", "predicate": "invaded", "object": "country:france",
                      "document": "a", "evidence": {"text": "x", "start": 0, "end": 1}}]}
      """#
    #expect(throws: GraphError.unknownEntity("country:spain", document: "a")) {
      try JSONDecoder().decode(KnowledgeGraph.self, from: Data(json.utf8))
    }
  }

  @Test func decodingRejectsUnknownTypesAndPredicates() {
    let badType = #"{"entities": [{"id": "x:y", "type": "planet", "name": "Y", "aliases": [], "mentionCount": 0, "documents": []}]}"#
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(KnowledgeGraph.self, from: Data(badType.utf8)) }
    let badPredicate = #"""
      {"entities": [{"id": "country:a", "type": "country", "name": "A", "aliases": [], "mentionCount": 0, "documents": []}],
       "relations": [{"subject": "country:a", "predicate": "befriended", "object": "country:a",
                      "document": "a", "evidence": {"text": "x", "start": 0, "end": 1}}]}
      """#
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(KnowledgeGraph.self, from: Data(badPredicate.utf8)) }
  }

  // MARK: - The per-document JSON Lines record

  /// The example line from DESIGN.md decodes, merges and round-trips.
  @Test func designExtractionLineDecodes() throws {
    let line = #"""
      {"document": {"id": "000_384b8cffc89ffb5d", "path": "seeds/000_384b8cffc89ffb5d.txt"},
       "entities": [{"id": "person:pete-hegseth", "type": "person", "name": "Pete Hegseth",
                     "aliases": ["Hegseth"], "mentions": [{"start": 140, "end": 152, "text": "Pete Hegseth"}]},
                    {"id": "person:vladimir-putin", "type": "person", "name": "Vladimir Putin", "aliases": [], "mentions": []},
                    {"id": "country:ukraine", "type": "country", "name": "Ukraine", "aliases": [], "mentions": []},
                    {"id": "country:russia", "type": "country", "name": "Russia", "aliases": [], "mentions": []}],
       "statements": [{"speaker": {"entity": "person:pete-hegseth", "text": "Hegseth", "start": 0, "end": 7},
                       "cue": {"text": "said", "start": 0, "end": 4},
                       "content": [{"text": "...", "start": 0, "end": 9}],
                       "kind": "direct", "about": ["person:vladimir-putin", "country:ukraine"]}],
       "relations": [{"subject": "country:russia", "predicate": "invaded", "object": "country:ukraine",
                      "evidence": {"text": "Russia invaded Ukraine's eastern Donbas region", "start": 0, "end": 0}}]}
      """#
    let extraction = try JSONDecoder().decode(Extraction.self, from: Data(line.utf8))
    #expect(extraction.document.id == "000_384b8cffc89ffb5d")
    #expect(extraction.statements.first?.speaker?.entity == "person:pete-hegseth")
    #expect(extraction.statements.first?.speaker?.span == GraphFixtures.span("Hegseth", 0))
    #expect(extraction.statements.first?.kind == .direct)
    #expect(extraction.relations.first?.predicate == .invaded)
    #expect(try JSONDecoder().decode(Extraction.self, from: try encode(extraction)) == extraction)
    var graph = KnowledgeGraph()
    #expect(try graph.merge(extraction).count == 4)
    #expect(graph.statements.first?.about == ["country:ukraine", "person:vladimir-putin"])
  }

  @Test func extractionRecordsRoundTrip() throws {
    for extraction in [GraphFixtures.first, GraphFixtures.second, Extraction(document: DocumentInfo(id: "e"))] {
      #expect(try JSONDecoder().decode(Extraction.self, from: try encode(extraction)) == extraction)
    }
  }
}
