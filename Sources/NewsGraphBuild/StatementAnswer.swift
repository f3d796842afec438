import Exporters
import Foundation
import KnowledgeGraph
import NewsExtraction
import DocumentInput

/// An ``Answer`` formatted for people or as JSON: what each name was taken
/// to mean, then the statements grouped by document, each with its source
/// passage when the document's file can still be read.
package struct StatementAnswer {
  let answer: Answer
  /// How many statements to show, or nil for all.
  let limit: Int?
  /// Looks entities up by id, for names of speakers and topics.
  let entity: (String) -> Entity?
  /// Where relative document paths are tried besides the working folder.
  let baseFolder: URL?

  /// Creates the formatter.
  ///
  /// - Parameters:
  ///   - answer: The answer to format.
  ///   - limit: How many statements to show, or nil for all.
  ///   - entity: Looks entities up by id.
  ///   - baseFolder: Where relative document paths are tried besides the
  ///     working folder.
  package init(answer: Answer, limit: Int?, entity: @escaping (String) -> Entity?, baseFolder: URL?) {
    self.answer = answer
    self.limit = limit
    self.entity = entity
    self.baseFolder = baseFolder
  }

  private func name(_ id: String?) -> String? { id.flatMap { entity($0)?.name } }

  /// The passages of a document's statements, by statement id, read from
  /// its file; empty when the file is gone or changed.
  private func passages(_ group: Answer.DocumentGroup) -> [String: String] {
    guard let text = Self.text(of: group.document, base: baseFolder) else { return [:] }
    let reader = StatementPassage(text: text)
    var result: [String: String] = [:]
    for statement in group.statements { result[statement.id] = reader.passage(for: statement) }
    return result
  }

  /// A document's text as it was extracted, read from its path.
  static func text(of document: DocumentInfo, base: URL?) -> String? {
    let paths = [document.path] + (document.duplicates ?? []).map(\.path)
    for path in paths.compactMap({ $0 }) {
      var candidates = [URL(fileURLWithPath: path)]
      if let base, !path.hasPrefix("/") { candidates.append(base.appendingPathComponent(path)) }
      for url in candidates {
        guard let data = try? Data(contentsOf: url),
          let decoded = try? TextDecoder.decode(Array(data), path: url.path)
        else { continue }
        return decoded.text
      }
    }
    return nil
  }

  /// The lines saying what the names were taken to mean.
  package static func choiceLines(_ answer: Answer) -> [String] {
    [answer.speaker, answer.topic].compactMap { $0 }.map { choice in
      guard let chosen = choice.chosen else {
        if choice.suggestions.isEmpty { return "\(choice.query) → no entity by that name" }
        return "\(choice.query) → no entity by that name; did you mean "
          + choice.suggestions.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", ") + "?"
      }
      var line = "\(choice.query) → \(chosen.summary)"
      if !choice.alternatives.isEmpty {
        line += "; also: " + choice.alternatives.prefix(3).map(\.summary).joined(separator: ", ")
        if choice.alternatives.count > 3 { line += " and \(choice.alternatives.count - 3) more" }
      }
      return line
    }
  }

  /// The answer for people.
  package func text() -> String {
    var out = Self.choiceLines(answer).joined(separator: "\n") + "\n\n"
    let groups = answer.groups(limit: limit)
    for group in groups {
      let document = group.document
      var header = document.id
      if let date = document.date { header += " (\(date))" }
      if let path = document.path { header += " · \(path)" }
      if let duplicates = document.duplicates, !duplicates.isEmpty {
        header += " (same text: \(duplicates.map(\.id).joined(separator: ", ")))"
      }
      out += header + "\n"
      let passages = passages(group)
      for statement in group.statements {
        let speaker = name(statement.speaker) ?? statement.speakerText ?? "(unattributed)"
        let cue = statement.cue.map { " \($0)" } ?? ""
        out += "  \(speaker)\(cue) [\(statement.kind.rawValue)] \(statement.start)..<\(statement.end)\n"
        for span in statement.content {
          out += "    “\(span.text.replacingOccurrences(of: "\n", with: " "))”\n"
        }
        let topics = statement.about.compactMap { id in
          name(id).map { topic in
            statement.stance?[id].flatMap { $0 == .neutral ? nil : "\(topic) (\($0.rawValue))" } ?? topic
          }
        }
        if !topics.isEmpty { out += "    about: \(topics.joined(separator: ", "))\n" }
        if let passage = passages[statement.id] {
          out += "    passage: \(passage.replacingOccurrences(of: "\n", with: " "))\n"
        }
      }
      out += "\n"
    }
    let shown = groups.reduce(0) { $0 + $1.statements.count }
    let total = answer.total
    let noun = total == 1 ? "statement" : "statements"
    out += shown < total ? "\(shown) of \(total) \(noun) shown (--limit N to see more)\n" : "\(total) \(noun)\n"
    return out
  }

  /// The answer as a JSON object: `speaker` and `about` (what each name was
  /// taken to mean, with alternatives), `total`, `shown` and `statements`,
  /// each with its id, document, path, date, speaker, cue, kind, content
  /// spans, offsets, topics, stance toward each topic (by id) and source
  /// passage.
  package func json() throws -> String {
    struct Candidate: Encodable {
      var id: String
      var name: String
      var type: String
      var mentions: Int
      var match: String?
    }
    struct Choice: Encodable {
      var query: String
      var chosen: Candidate?
      var alternatives: [Candidate]
      var suggestions: [Candidate]?
    }
    struct Item: Encodable {
      var id: String
      var document: String
      var path: String?
      var date: String?
      var duplicates: [String]?
      var speaker: String?
      var speakerID: String?
      var speakerText: String?
      var cue: String?
      var kind: String
      var start: Int
      var end: Int
      var content: [TextSpan]
      var about: [String]
      var aboutIDs: [String]
      var stance: [String: Stance]?
      var passage: String?
    }
    struct Output: Encodable {
      var speaker: Choice?
      var about: Choice?
      var total: Int
      var shown: Int
      var statements: [Item]
    }
    func candidate(_ match: EntityMatch) -> Candidate {
      Candidate(
        id: match.entity.id, name: match.entity.name, type: match.entity.type.rawValue,
        mentions: match.entity.mentionCount, match: "\(match.kind)")
    }
    func choice(_ choice: Answer.Choice?) -> Choice? {
      choice.map {
        Choice(
          query: $0.query, chosen: $0.chosen.map(candidate), alternatives: $0.alternatives.prefix(10).map(candidate),
          suggestions: $0.suggestions.isEmpty
            ? nil
            : $0.suggestions.map { Candidate(id: $0.id, name: $0.name, type: $0.type.rawValue, mentions: $0.mentionCount) })
      }
    }
    var items: [Item] = []
    for group in answer.groups(limit: limit) {
      let passages = passages(group)
      for statement in group.statements {
        items.append(
          Item(
            id: statement.id, document: statement.document, path: group.document.path,
            date: statement.date ?? group.document.date, duplicates: group.document.duplicates?.compactMap(\.path),
            speaker: name(statement.speaker), speakerID: statement.speaker, speakerText: statement.speakerText,
            cue: statement.cue, kind: statement.kind.rawValue, start: statement.start, end: statement.end,
            content: statement.content, about: statement.about.compactMap(name), aboutIDs: statement.about,
            stance: statement.stance, passage: passages[statement.id]))
      }
    }
    let output = Output(
      speaker: choice(answer.speaker), about: choice(answer.topic), total: answer.total, shown: items.count,
      statements: items)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(output), as: UTF8.self)
  }
}
