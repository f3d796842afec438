internal import GRDB

/// Writes rows of one table through one prepared `INSERT` statement.
///
/// GRDB's `insert(_:)` builds a persistence container and its SQL for
/// every row; a build writes hundreds of thousands of rows, so the writer
/// prepares ``TableRow/insertSQL`` once per transaction and binds each
/// row's ``TableRow/databaseArguments`` without GRDB's argument check (their
/// count matches the columns by construction).
struct TableInserter<Row: TableRow> {
  /// The prepared statement, cached by the connection.
  private let statement: GRDB.Statement

  /// Prepares the table's `INSERT` statement.
  ///
  /// - Parameter db: A connection inside a write transaction.
  /// - Throws: A `DatabaseError` if the statement cannot be prepared.
  init(_ db: Database) throws {
    statement = try db.cachedStatement(sql: Row.insertSQL)
  }

  /// Inserts one row.
  ///
  /// - Parameter row: The row.
  /// - Throws: A `DatabaseError` if SQLite refuses it.
  func insert(_ row: Row) throws {
    statement.setUncheckedArguments(row.databaseArguments)
    try statement.execute()
  }
}
