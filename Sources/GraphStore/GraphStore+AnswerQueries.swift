import Foundation
internal import GRDB
import KnowledgeGraph

/// The reads behind ``StoreAnswerSource`` (in a file of their own because
/// GRDB also has a type named `Statement`). A read that fails gives nothing.
extension GraphStore {
  /// The entity ids and match kinds stored for a name key.
  func graphNames(key: String) -> [(String, Int)] {
    (try? read { db in
      try GraphNameRow.filter(GraphNameRow.Columns.key == key).fetchAll(db)
        .map { ($0.entity, $0.kind) }
    }) ?? []
  }

  /// The name keys, with their entity ids, of some lengths or starting
  /// with a prefix.
  func graphNames(lengths: ClosedRange<Int>, prefix: String) -> [(String, String)] {
    (try? read { db in
      try GraphNameRow.fetchAll(
        db, sql: "\(GraphNameRow.selectSQL) WHERE length(key) BETWEEN ? AND ? OR key LIKE ? || '%'",
        arguments: [lengths.lowerBound, lengths.upperBound, prefix]
      ).map { ($0.key, $0.entity) }
    }) ?? []
  }

  /// A stored graph document.
  func graphDocument(id: String) -> DocumentInfo? {
    try? read { db in try GraphDocumentRow.fetchOne(db, key: id)?.document(json: JSONColumns()) }
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

  /// The columns read for a statement: the statement's, its document id,
  /// then the graph's speaker and topics (split into scopes by
  /// ``graphScopes``).
  private static let graphColumns = """
    SELECT \(StatementRow.columnList(qualifiedBy: "s")), d.id AS \(documentIDColumn),
      \(GraphStatementRow.columnList(qualifiedBy: "g"))
    FROM graph_statement g JOIN statement s ON s.document = g.document AND s.ordinal = g.ordinal
    JOIN document d ON d.key = g.document
    """

  /// Splits a row of ``graphColumns`` into the `statement` row, the
  /// `document` id and the `graph` statement row.
  private static var graphScopes: ScopeAdapter {
    let adapters = splittingRowAdapters(columnCounts: [StatementRow.Columns.allCases.count, 1])
    return ScopeAdapter(["statement": adapters[0], "document": adapters[1], "graph": adapters[2]])
  }

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
    let json = JSONColumns()
    var found: [GraphStatement] = []
    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments, adapter: graphScopes)
    while let row = try rows.next() {
      let stored: StatementRow = try row.decode(forKey: "statement")
      let graph: GraphStatementRow = try row.decode(forKey: "graph")
      let document: String = try row.decode(forColumn: documentIDColumn)
      let record = try stored.record(json: json)
      let about = (try? json.value([String].self, from: graph.about, what: "about")) ?? []
      let stance = graph.stance.flatMap { try? json.value([String: Stance].self, from: $0, what: "stance") }
      let statement = GraphStatement(
        id: "statement:\(document):\(stored.ordinal + 1)", speaker: graph.speaker,
        speakerText: record.speaker?.text, cue: record.cue?.text, kind: record.kind, content: record.content,
        about: about, document: document, date: record.date, rule: record.rule, stance: stance)
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
      guard try db.tableExists(GraphSnapshotRow.databaseTableName) else { return false }
      return try GraphSnapshotRow.fetchCount(db) > 0
    }
  }

  /// Stored graph entities by id, with their names, roles, mention counts
  /// and documents (not the mentions per document).
  func graphEntities(ids: [String]) -> [String: Entity] {
    guard !ids.isEmpty else { return [:] }
    let unique = Array(Set(ids))
    let rows: [GraphEntityRow] =
      (try? read { db in
        var all: [GraphEntityRow] = []
        for chunk in stride(from: 0, to: unique.count, by: 500) {
          all += try GraphEntityRow.fetchAll(db, keys: unique[chunk..<min(unique.count, chunk + 500)])
        }
        return all
      }) ?? []
    var entities: [String: Entity] = [:]
    for row in rows {
      if let entity = row.entity { entities[entity.id] = entity }
    }
    return entities
  }
}
