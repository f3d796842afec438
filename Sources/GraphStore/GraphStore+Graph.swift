import Foundation
internal import GRDB
import KnowledgeGraph

extension GraphStore {
  /// Stores the resolved graph a build made from the stored extractions:
  /// its entities and their names (indexed for look-up), which statements
  /// each entity said or is about, the documents, and the whole graph as
  /// JSON.
  ///
  /// One transaction replaces the previous graph, so `ask` in another
  /// process sees the old graph or the new one. Statements are matched to
  /// their stored rows by id (`statement:<document>:<n>`); documents the
  /// store does not have are skipped.
  /// - Parameters:
  ///   - graph: The graph, as `KnowledgeGraph.resolving` made it.
  ///   - json: The graph's `graph.json` bytes.
  /// - Throws: ``StoreError/database(path:reason:)`` if the write fails (the
  ///   store then keeps the previous graph).
  public func replaceGraph(_ graph: KnowledgeGraph, json: Data) throws(StoreError) {
    var entityRows: [StatementArguments] = []
    var nameRows: [(String, String, Int)] = []
    for entity in graph.entitiesByID.values {
      entityRows.append([
        entity.id, entity.type.rawValue, entity.name, entity.aliases.joined(separator: Self.separator),
        (entity.roles ?? []).joined(separator: Self.separator), entity.mentionCount,
        entity.documents.joined(separator: Self.separator),
      ])
      for (key, kind) in entity.lookupKeys { nameRows.append((key, entity.id, kind.rawValue)) }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let documentRows = graph.documents.compactMap { document in
      (try? encoder.encode(document)).map { (document.id, String(decoding: $0, as: UTF8.self)) }
    }
    let statements = graph.statements
    try write { db in
      for table in ["graph_entity", "graph_name", "graph_document", "graph_statement", "graph_about", "graph_snapshot"] {
        try db.execute(sql: "DELETE FROM \(table)")
      }
      let insertEntity = try db.cachedStatement(
        sql: "INSERT INTO graph_entity (id, type, name, aliases, roles, mentions, documents) VALUES (?, ?, ?, ?, ?, ?, ?)")
      for row in entityRows { try insertEntity.run(row) }
      let insertName = try db.cachedStatement(sql: "INSERT OR IGNORE INTO graph_name (key, entity, kind) VALUES (?, ?, ?)")
      for (key, entity, kind) in nameRows { try insertName.run([key, entity, kind]) }
      let insertDocument = try db.cachedStatement(sql: "INSERT INTO graph_document (id, record) VALUES (?, ?)")
      for (id, record) in documentRows { try insertDocument.run([id, record]) }
      var keys: [String: Int64] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT id, key FROM document")
      while let row = try rows.next() { keys[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1) }
      let insertStatement = try db.cachedStatement(
        sql: "INSERT OR REPLACE INTO graph_statement (document, ordinal, speaker, about) VALUES (?, ?, ?, ?)")
      let insertAbout = try db.cachedStatement(
        sql: "INSERT OR IGNORE INTO graph_about (entity, document, ordinal) VALUES (?, ?, ?)")
      for statement in statements {
        guard let key = keys[statement.document], let ordinal = Self.ordinal(of: statement) else { continue }
        let about = String(decoding: (try? encoder.encode(statement.about)) ?? Data("[]".utf8), as: UTF8.self)
        try insertStatement.run([key, ordinal, statement.speaker, about])
        for entity in statement.about { try insertAbout.run([entity, key, ordinal]) }
      }
      try db.execute(sql: "INSERT INTO graph_snapshot (id, json) VALUES (1, ?)", arguments: [json])
    }
  }

  /// The graph the last build stored, as `graph.json` bytes, or nil when
  /// no build stored one (also in a store older than graphs, read without
  /// migrating it).
  ///
  /// - Throws: ``StoreError/database(path:reason:)`` if the read fails.
  public func graphSnapshot() throws(StoreError) -> Data? {
    try read { db in
      guard try db.tableExists("graph_snapshot") else { return nil }
      return try Data.fetchOne(db, sql: "SELECT json FROM graph_snapshot WHERE id = 1")
    }
  }

  /// What separates names in the `aliases` and `roles` columns.
  static let separator = "\u{1F}"

  /// The statement's ordinal in its document: `n - 1` of its id
  /// `statement:<document>:<n>`.
  static func ordinal(of statement: GraphStatement) -> Int? {
    guard let last = statement.id.split(separator: ":").last, let n = Int(last), n >= 1 else { return nil }
    return n - 1
  }
}
