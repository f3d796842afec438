import Foundation
import KnowledgeGraph

/// Statements found by `ask`, formatted for people or as JSON.
struct StatementAnswer {
  let graph: KnowledgeGraph
  let statements: [Statement]

  func name(_ id: String?) -> String? { id.flatMap { graph.entity(id: $0)?.name } }

  /// One block per statement: speaker and cue, content, topics, source.
  func text() -> String {
    var out = ""
    for statement in statements {
      let speaker = name(statement.speaker) ?? statement.speakerText ?? "(unattributed)"
      let cue = statement.cue.map { " \($0)" } ?? ""
      out += "\(speaker)\(cue) [\(statement.kind.rawValue)]\n"
      for span in statement.content {
        out += "  “\(span.text.replacingOccurrences(of: "\n", with: " "))”\n"
      }
      let topics = statement.about.compactMap(name)
      if !topics.isEmpty { out += "  about: \(topics.joined(separator: ", "))\n" }
      out += "  source: \(statement.document) \(statement.start)..<\(statement.end)\n\n"
    }
    out += "\(statements.count) statement\(statements.count == 1 ? "" : "s")\n"
    return out
  }

  /// A JSON array: speaker, cue, kind, content spans, about, document.
  func json() throws -> String {
    struct Item: Encodable {
      var speaker: String?
      var speakerID: String?
      var speakerText: String?
      var cue: String?
      var kind: String
      var content: [TextSpan]
      var about: [String]
      var aboutIDs: [String]
      var document: String
      var date: String?
    }
    let items = statements.map { statement in
      Item(
        speaker: name(statement.speaker), speakerID: statement.speaker, speakerText: statement.speakerText,
        cue: statement.cue, kind: statement.kind.rawValue, content: statement.content,
        about: statement.about.compactMap(name), aboutIDs: statement.about, document: statement.document,
        date: statement.date)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(items), as: UTF8.self)
  }
}
