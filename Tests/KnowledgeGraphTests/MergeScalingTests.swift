import Testing

@testable import KnowledgeGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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

  /// This thread's CPU time in seconds.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// The least CPU time of three merges of the extractions into a new graph.
  static func seconds(_ extractions: [Extraction]) throws -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
      let start = now()
      var graph = KnowledgeGraph()
      try graph.merge(contentsOf: extractions)
      best = min(best, now() - start)
    }
    return best
  }

  @Test func documentsNamingOneEntityMergeInLinearTime() throws {
    let small = Self.extractions(4000)
    let large = Self.extractions(8000)
    var graph = KnowledgeGraph()
    try graph.merge(contentsOf: small)
    #expect(graph.entity(id: "country:france")?.documents.count == 4000)
    #expect(graph.entity(id: "country:france")?.documents == small.map(\.document.id))
    _ = try Self.seconds(small)
    let growth = try Self.seconds(large) / max(try Self.seconds(small), 1e-6)
    #expect(growth < 3, "doubling the documents multiplied the CPU time by \(growth)")
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
