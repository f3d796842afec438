import Foundation
import GRDB
import KnowledgeGraph
import Testing

@testable import GraphStore

/// Every table's record mirrors the schema, and writes what it reads.
@Suite struct TableRowTests {
  /// Each record type's table and the columns of its `Columns` enum.
  static let records: [(table: String, columns: [String])] = [
    record(DocumentRow.self), record(EntityRow.self), record(MentionRow.self),
    record(StatementRow.self), record(StatementAboutRow.self), record(RelationRow.self),
    record(FailedDocumentRow.self), record(GraphEntityRow.self), record(GraphNameRow.self),
    record(GraphDocumentRow.self), record(GraphStatementRow.self), record(GraphAboutRow.self),
    record(GraphSnapshotRow.self),
  ]

  /// A record type's table and the columns of its `Columns` enum.
  static func record<Row: TableRow>(_ type: Row.Type) -> (table: String, columns: [String]) {
    (Row.databaseTableName, Row.Columns.allCases.map(\.name))
  }

  @Test func everyTableHasOneRecordWhoseColumnsAreTheTables() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    let tables = try store.schemaObjects(type: "table").subtracting(["grdb_migrations"])
    #expect(Set(Self.records.map(\.table)) == tables)
    #expect(Self.records.count == tables.count)
    for (table, columns) in Self.records {
      let stored = try store.pool.read { db in try db.columns(in: table).map(\.name) }
      // The same columns in the same order as the table declares them.
      #expect(columns == stored, "\(table)")
    }
  }

  @Test func everyRecordWritesWhatItReadsThroughGRDBAndThroughTheInserter() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    let extraction = Fixtures.sample()
    try store.replace(extraction, contentHash: "h")
    var graph = KnowledgeGraph()
    try graph.merge(extraction)
    try store.replaceGraph(graph, json: Data("{}".utf8))
    try store.recordFailure(
      FailedDocument(id: "broken", path: "in/broken.txt", contentHash: "b", reason: "crashed"))
    // Without foreign keys, so that each table can be emptied and refilled alone.
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: folder.path(), configuration: configuration)
    try queue.write { db in
      try Self.roundTrip(DocumentRow.self, db)
      try Self.roundTrip(EntityRow.self, db)
      try Self.roundTrip(MentionRow.self, db)
      try Self.roundTrip(StatementRow.self, db)
      try Self.roundTrip(StatementAboutRow.self, db)
      try Self.roundTrip(RelationRow.self, db)
      try Self.roundTrip(FailedDocumentRow.self, db)
      try Self.roundTrip(GraphEntityRow.self, db)
      try Self.roundTrip(GraphNameRow.self, db)
      try Self.roundTrip(GraphDocumentRow.self, db)
      try Self.roundTrip(GraphStatementRow.self, db)
      try Self.roundTrip(GraphAboutRow.self, db)
      try Self.roundTrip(GraphSnapshotRow.self, db)
    }
  }

  /// Reads a table's rows, then writes them back with GRDB's `insert(_:)`
  /// (`encode(to:)`) and with ``TableInserter`` (`databaseArguments`), and
  /// expects the same rows each time.
  static func roundTrip<Row: TableRow & Equatable>(_ type: Row.Type, _ db: Database) throws {
    let order = " ORDER BY " + Row.columnList
    let stored = try Row.fetchAll(db, sql: Row.selectSQL + order)
    #expect(!stored.isEmpty, "\(Row.databaseTableName) has rows to check")
    try Row.deleteAll(db)
    for row in stored { try row.insert(db) }
    #expect(try Row.fetchAll(db, sql: Row.selectSQL + order) == stored, "\(Row.databaseTableName)")
    try Row.deleteAll(db)
    let inserter = try TableInserter<Row>(db)
    for row in stored { try inserter.insert(row) }
    #expect(try Row.fetchAll(db, sql: Row.selectSQL + order) == stored, "\(Row.databaseTableName)")
    // Rows are read by column name, whatever the order of the SELECT.
    let reversed = Row.Columns.allCases.reversed().map(\.name.quotedDatabaseIdentifier)
    let shuffled = try Row.fetchAll(
      db, sql: "SELECT \(reversed.joined(separator: ", ")) FROM \(Row.databaseTableName)" + order)
    #expect(shuffled == stored, "\(Row.databaseTableName)")
  }

  @Test func theInsertStatementsKeepEachTablesConflictPolicy() {
    #expect(EntityRow.insertSQL.hasPrefix("INSERT INTO \"entity\" (\"document\", \"ordinal\""))
    #expect(GraphNameRow.insertSQL.hasPrefix("INSERT OR IGNORE INTO \"graph_name\""))
    #expect(GraphAboutRow.insertSQL.hasPrefix("INSERT OR IGNORE INTO \"graph_about\""))
    #expect(GraphStatementRow.insertSQL.hasPrefix("INSERT OR REPLACE INTO \"graph_statement\""))
    #expect(FailedDocumentRow.insertSQL.hasPrefix("INSERT OR REPLACE INTO \"failed_document\""))
    #expect(MentionRow.insertSQL.hasSuffix("VALUES (?, ?, ?, ?, ?, ?, ?)"))
  }

  @Test func aSpeakerTextWithoutOffsetsIsReportedAsDamage() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    try store.replace(Fixtures.sample(), contentHash: "h")
    try store.pool.write { db in
      try db.execute(
        sql: "UPDATE statement SET speaker_start = NULL WHERE speaker_text IS NOT NULL")
    }
    #expect {
      _ = try store.extractions()
    } throws: { error in
      guard let error = error as? StoreError, case .corrupt(_, let reason) = error else {
        return false
      }
      return reason.contains("speaker text without offsets")
    }
  }
}
