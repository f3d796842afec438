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

  @Test func theInserterAndGRDBsInsertWriteTheSameRow() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    try store.replace(Fixtures.sample(), contentHash: "h")
    try store.pool.write { db in
      let original = try #require(
        try StatementRow.fetchOne(db, sql: StatementRow.selectSQL + " WHERE ordinal = 0"))
      var copy = original
      copy.ordinal = 100
      try TableInserter<StatementRow>(db).insert(copy)
      var other = original
      other.ordinal = 101
      try other.insert(db)
      let read = try StatementRow.fetchAll(
        db, sql: StatementRow.selectSQL + " WHERE ordinal >= 100 ORDER BY ordinal")
      #expect(read == [copy, other])
      // Rows are read by column name, whatever the order of the SELECT.
      let reversed = StatementRow.Columns.allCases.reversed().map(\.name.quotedDatabaseIdentifier)
      let shuffled = try StatementRow.fetchOne(
        db, sql: "SELECT \(reversed.joined(separator: ", ")) FROM statement WHERE ordinal = 100")
      #expect(shuffled == copy)
    }
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
