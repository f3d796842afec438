import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The HTML report's work grows in proportion to the statements: each
/// statement's passage is found by a search, not a walk to the start and end
/// of its paragraph (the passages of a paragraph of 4,000 statements took
/// four times as long as those of one of 2,000, once).
@Suite("Report scaling")
struct ReportScalingTests {
  /// One document of one paragraph holding `count` reported statements.
  static func graph(statements count: Int) throws -> (KnowledgeGraph, [String: String]) {
    var text = ""
    var length = 0
    var records: [StatementRecord] = []
    for index in 0..<count {
      let start = length
      let sentence = "Anna Berg said the plan number \(index) had failed. "
      let content = "the plan number \(index) had failed"
      text += sentence
      length += sentence.unicodeScalars.count
      let contentStart = start + "Anna Berg said ".unicodeScalars.count
      records.append(StatementRecord(
        speaker: .init(entity: "person:anna-berg", span: TextSpan(text: "Anna Berg", start: start, end: start + 9)),
        cue: TextSpan(text: "said", start: start + 10, end: start + 14),
        content: [TextSpan(text: content, start: contentStart, end: contentStart + content.unicodeScalars.count)],
        kind: .indirect, about: []))
    }
    let extraction = Extraction(
      document: DocumentInfo(id: "long"),
      entities: [
        EntityRecord(
          id: "person:anna-berg", type: .person, name: "Anna Berg",
          mentions: [TextSpan(text: "Anna Berg", start: 0, end: 9)])
      ],
      statements: records)
    var graph = KnowledgeGraph()
    try graph.merge(extraction)
    return (graph, ["long": text])
  }

  /// This thread's CPU time in seconds.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// The least CPU time of three runs of finding every statement's passage.
  static func seconds(_ input: (KnowledgeGraph, [String: String])) -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
      let start = now()
      var passages = 0
      HTMLReportData.forEachStatement(of: input.0, texts: input.1) { entry in
        if entry.context != nil { passages += 1 }
      }
      precondition(passages == input.0.statements.count)
      best = min(best, now() - start)
    }
    return best
  }

  @Test func statementsOfOneParagraphAreReportedInLinearTime() throws {
    let small = try Self.graph(statements: 2000)
    let large = try Self.graph(statements: 4000)
    let page = try HTMLReportWriter(diagramSVG: nil, documents: small.1).string(for: small.0)
    #expect(page.contains("the plan number 1999 had failed"))
    _ = Self.seconds(small)
    let growth = Self.seconds(large) / max(Self.seconds(small), 1e-6)
    #expect(growth < 3, "doubling the statements multiplied the CPU time by \(growth)")
  }
}
