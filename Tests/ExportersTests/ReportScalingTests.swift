import Foundation
import KnowledgeGraph
import NewsGraphTestSupport
import Testing

@testable import Exporters


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

  /// Finds every statement's passage, as the report does.
  static func findPassages(_ input: (KnowledgeGraph, [String: String])) {
    var passages = 0
    HTMLReportData.forEachStatement(of: input.0, texts: input.1) { entry in
      if entry.context != nil { passages += 1 }
    }
    precondition(passages == input.0.statements.count)
  }

  @Test func statementsOfOneParagraphAreReportedInLinearTime() throws {
    let small = try Self.graph(statements: 1000)
    let large = try Self.graph(statements: 1000 * ScalingProbe.inputFactor)
    let page = try HTMLReportWriter(diagramSVG: nil, documents: small.1).string(for: small.0)
    #expect(page.contains("the plan number 999 had failed"))
    let growth = ScalingProbe.growth(small, large, Self.findPassages)
    #expect(
      growth < ScalingProbe.linearLimit,
      "\(ScalingProbe.inputFactor) times the statements multiplied the CPU time by \(growth)")
  }
}
