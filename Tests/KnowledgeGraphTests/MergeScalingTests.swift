import NewsGraphTestSupport
import Testing

@testable import KnowledgeGraph

/// Merging grows in proportion to the documents, however many of them name
/// one entity: an entity's lists change in place and its documents take a
/// binary search, not a copy and a sort per document (merging 4,000 documents
/// that all name one country took four times as long as 2,000, once).
@Suite("KnowledgeGraph merge scaling")
struct MergeScalingTests {
  /// `count` documents that all name the same country and person.
  static func extractions(_ count: Int) -> [Extraction] {
    (0..<count).map { index in
      let span = TextSpan(text: "France", start: 0, end: 6)
      return Extraction(
        document: DocumentInfo(id: "doc-" + String(100_000 + index)),
        entities: [
          EntityRecord(id: "country:france", type: .country, name: "France", aliases: ["French"], mentions: [span]),
          EntityRecord(
            id: "person:anna-berg", type: .person, name: "Anna Berg", aliases: ["Berg"],
            mentions: [TextSpan(text: "Anna Berg", start: 10, end: 19)]),
        ])
    }
  }

  @Test func documentsNamingOneEntityMergeInLinearTime() throws {
    let small = Self.extractions(2000)
    let large = Self.extractions(2000 * ScalingProbe.inputFactor)
    var graph = KnowledgeGraph()
    try graph.merge(contentsOf: small)
    #expect(graph.entity(id: "country:france")?.documents.count == 2000)
    #expect(graph.entity(id: "country:france")?.documents == small.map(\.document.id))
    let growth = try ScalingProbe.growth(small, large) { extractions in
      var graph = KnowledgeGraph()
      try graph.merge(contentsOf: extractions)
    }
    #expect(
      growth < ScalingProbe.linearLimit,
      "\(ScalingProbe.inputFactor) times the documents multiplied the CPU time by \(growth)")
  }

  @Test func documentsMergedOutOfOrderStaySorted() throws {
    var graph = KnowledgeGraph()
    try graph.merge(contentsOf: Self.extractions(50).reversed())
    let documents = try #require(graph.entity(id: "country:france")?.documents)
    #expect(documents == documents.sorted() && documents.count == 50)
    try graph.merge(Self.extractions(1)[0])
    #expect(graph.entity(id: "country:france")?.documents.count == 50)
  }
}
