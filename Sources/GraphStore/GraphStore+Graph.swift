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
    var entityRows: [GraphEntityRow] = []
    var nameRows: [GraphNameRow] = []
    for entity in graph.entitiesByID.values {
      entityRows.append(GraphEntityRow(entity))
      for (key, kind) in entity.lookupKeys {
        nameRows.append(GraphNameRow(key: key, entity: entity.id, kind: kind.rawValue))
      }
    }
    let columns = JSONColumns()
    let documentRows = graph.documents.compactMap { try? GraphDocumentRow($0, json: columns) }
    let statements = graph.statements
    try write { db in
      for table: any TableRow.Type in [
        GraphEntityRow.self, GraphNameRow.self, GraphDocumentRow.self, GraphStatementRow.self,
        GraphAboutRow.self, GraphSnapshotRow.self,
      ] {
        try table.deleteAll(db)
      }
      let insertEntity = try TableInserter<GraphEntityRow>(db)
      for row in entityRows { try insertEntity.insert(row) }
      let insertName = try TableInserter<GraphNameRow>(db)
      for row in nameRows { try insertName.insert(row) }
      let insertDocument = try TableInserter<GraphDocumentRow>(db)
      for row in documentRows { try insertDocument.insert(row) }
      var keys: [String: Int64] = [:]
      let documents = try DocumentRow.select(DocumentRow.Columns.id, DocumentRow.Columns.key)
        .asRequest(of: Row.self).fetchCursor(db)
      while let row = try documents.next() {
        keys[try row.decode(forColumn: DocumentRow.Columns.id)] = try row.decode(
          forColumn: DocumentRow.Columns.key)
      }
      let insertStatement = try TableInserter<GraphStatementRow>(db)
      let insertAbout = try TableInserter<GraphAboutRow>(db)
      for statement in statements {
        guard let key = keys[statement.document], let ordinal = Self.ordinal(of: statement) else { continue }
        let about = (try? columns.text(of: statement.about)) ?? "[]"
        let stance = statement.stance.flatMap { try? columns.text(of: $0) }
        try insertStatement.insert(
          GraphStatementRow(document: key, ordinal: ordinal, speaker: statement.speaker, about: about, stance: stance))
        for entity in statement.about {
          try insertAbout.insert(GraphAboutRow(entity: entity, document: key, ordinal: ordinal))
        }
      }
      try GraphSnapshotRow(json: json).insert(db)
    }
  }

  /// The graph the last build stored, as `graph.json` bytes, or nil when
  /// no build stored one (also in a store older than graphs, read without
  /// migrating it).
  ///
  /// - Throws: ``StoreError/database(path:reason:)`` if the read fails.
  public func graphSnapshot() throws(StoreError) -> Data? {
    try read { db in
      guard try db.tableExists(GraphSnapshotRow.databaseTableName) else { return nil }
      return try GraphSnapshotRow.fetchOne(db, key: 1)?.json
    }
  }

  /// The statement's ordinal in its document: `n - 1` of its id
  /// `statement:<document>:<n>`.
  static func ordinal(of statement: GraphStatement) -> Int? {
    guard let last = statement.id.split(separator: ":").last, let n = Int(last), n >= 1 else { return nil }
    return n - 1
  }
}
