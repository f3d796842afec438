import Foundation
internal import GRDB
import KnowledgeGraph

/// The reads behind ``StoreAnswerSource`` (in a file of their own because
/// GRDB also has a type named `Statement`). A read that fails gives nothing.
extension GraphStore {
  /// The entity ids and match kinds stored for a name key.
  func graphNames(key: String) -> [(String, Int)] {
    (try? read { db in
      try Row.fetchAll(db, sql: "SELECT entity, kind FROM graph_name WHERE key = ?", arguments: [key])
        .map { (try $0.decode(String.self, atIndex: 0), try $0.decode(Int.self, atIndex: 1)) }
    }) ?? []
  }

  /// The name keys, with their entity ids, of some lengths or starting
  /// with a prefix.
  func graphNames(lengths: ClosedRange<Int>, prefix: String) -> [(String, String)] {
    (try? read { db in
      try Row.fetchAll(
        db, sql: "SELECT key, entity FROM graph_name WHERE length(key) BETWEEN ? AND ? OR key LIKE ? || '%'",
        arguments: [lengths.lowerBound, lengths.upperBound, prefix]
      ).map { (try $0.decode(String.self, atIndex: 0), try $0.decode(String.self, atIndex: 1)) }
    }) ?? []
  }

  /// A stored graph document.
  func graphDocument(id: String) -> DocumentInfo? {
    guard
      let record = try? read({ db in
        try String.fetchOne(db, sql: "SELECT record FROM graph_document WHERE id = ?", arguments: [id])
      })
    else { return nil }
    return try? JSONDecoder().decode(DocumentInfo.self, from: Data(record.utf8))
  }

  /// The graph's statements by a speaker and about a topic (see
  /// ``AnswerSource/statements(speaker:speakerText:topic:names:)``).
  func graphStatements(
    speaker: String?, speakerText: String?, topic: String?, names: [String], documents: Set<String>
  ) -> [GraphStatement] {
    (try? read { db in
      try Self.graphStatements(
        db, speaker: speaker, speakerText: speakerText, topic: topic, names: names, documents: documents)
    }) ?? []
  }

  /// The columns read for a statement, the graph's speaker and topics last.
  private static let graphColumns = """
    SELECT s.document, s.ordinal, d.id, s.speaker, s.speaker_text, s.speaker_start, s.speaker_end,
      s.cue_text, s.cue_start, s.cue_end, s.kind, s.content, s.date, g.speaker, g.about
    FROM graph_statement g JOIN statement s ON s.document = g.document AND s.ordinal = g.ordinal
    JOIN document d ON d.key = g.document
    """

  private static func graphStatements(
    _ db: Database, speaker: String?, speakerText: String?, topic: String?, names: [String],
    documents: Set<String>
  ) throws -> [GraphStatement] {
    var conditions: [String] = []
    var arguments: StatementArguments = []
    if let speaker {
      conditions.append("g.speaker = ?")
      arguments += [speaker]
    }
    if let speakerText {
      conditions.append("s.speaker_text LIKE ?")
      arguments += ["%\(speakerText.split(separator: " ").last ?? "")%"]
    }
    if let topic, speaker == nil {
      // About the topic, or naming it in the content.
      var alternatives = ["(g.document, g.ordinal) IN (SELECT document, ordinal FROM graph_about WHERE entity = ?)"]
      arguments += [topic]
      for name in names {
        alternatives.append("s.content LIKE ?")
        arguments += ["%\(name)%"]
      }
      conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
    }
    let sql = graphColumns + (conditions.isEmpty ? "" : "\nWHERE " + conditions.joined(separator: " AND "))
    let reader = ExtractionReader(path: "")
    let decoder = JSONDecoder()
    var found: [GraphStatement] = []
    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
    while let row = try rows.next() {
      let ordinal: Int = try row.decode(atIndex: 1)
      let document: String = try row.decode(atIndex: 2)
      let record = try reader.statement(from: row, offset: 3)
      let aboutJSON: String = try row.decode(atIndex: 14)
      let about = (try? decoder.decode([String].self, from: Data(aboutJSON.utf8))) ?? []
      let statement = GraphStatement(
        id: "statement:\(document):\(ordinal + 1)", speaker: try row.decode(atIndex: 13),
        speakerText: record.speaker?.text, cue: record.cue?.text, kind: record.kind, content: record.content,
        about: about, document: document, date: record.date)
      if let speakerText, statement.speakerText.map({ NameKey($0) != NameKey(speakerText) }) ?? true { continue }
      if let topic, !statement.about.contains(topic),
        !documents.contains(document) || !statement.contentNames(any: names)
      {
        continue
      }
      found.append(statement)
    }
    return found
  }
}

extension GraphStore {
  /// Whether a build stored a resolved graph (schema 3 and later).
  ///
  /// - Throws: ``StoreError/database(path:reason:)`` if the read fails.
  public func hasGraph() throws(StoreError) -> Bool {
    try read { db in
      guard try db.tableExists("graph_snapshot") else { return false }
      return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM graph_snapshot)") ?? false
    }
  }

  /// Stored graph entities by id, with their names, roles, mention counts
  /// and documents (not the mentions per document).
  func graphEntities(ids: [String]) -> [String: Entity] {
    guard !ids.isEmpty else { return [:] }
    let unique = Array(Set(ids))
    let rows: [Row] =
      (try? read { db in
        var all: [Row] = []
        for chunk in stride(from: 0, to: unique.count, by: 500) {
          let part = Array(unique[chunk..<min(unique.count, chunk + 500)])
          let marks = Array(repeating: "?", count: part.count).joined(separator: ", ")
          all += try Row.fetchAll(
            db, sql: "SELECT id, type, name, aliases, roles, mentions, documents FROM graph_entity WHERE id IN (\(marks))",
            arguments: StatementArguments(part))
        }
        return all
      }) ?? []
    var entities: [String: Entity] = [:]
    for row in rows {
      guard let id: String = row[0], let typeName: String = row[1], let type = EntityType(rawValue: typeName),
        let name: String = row[2], let aliases: String = row[3], let roles: String = row[4],
        let documents: String = row[6]
      else { continue }
      func split(_ text: String) -> [String] {
        text.isEmpty ? [] : text.components(separatedBy: Self.separator)
      }
      var entity = Entity(
        id: id, type: type, name: name, aliases: split(aliases), mentionCount: row[5] ?? 0,
        documents: split(documents))
      entity.roles = roles.isEmpty ? nil : split(roles)
      entities[id] = entity
    }
    return entities
  }
}
