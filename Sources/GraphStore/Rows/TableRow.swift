internal import GRDB

/// A record of one of the store's tables: a GRDB record whose columns are
/// listed once, in its `Columns` enum, and read back by name.
///
/// This is GRDB's recommended shape for a record (`FetchableRecord` and
/// `PersistableRecord` with a `Columns` enum of `ColumnExpression`s): the
/// record decodes a row by column name in `init(row:)` and encodes itself
/// by column name in `encode(to:)` (for GRDB's own `insert(_:)`). The bulk
/// writer binds ``databaseArguments`` instead, the values in the order of
/// `Columns.allCases`, which also gives the column list of ``insertSQL``;
/// `TableRowTests` checks that both ways write the same row for every
/// table.
///
/// `Columns` is GRDB's own associated type of `TableRecord` (which also
/// lets the query interface write `Row.filter { $0.id == id }`); a table
/// row's must list every column.
protocol TableRow: FetchableRecord, PersistableRecord
where Columns: ColumnExpression & CaseIterable {
  /// The row's values, one per column of `Columns.allCases`, in that
  /// order (written as an array literal, which GRDB turns into arguments
  /// without a generic conversion per value).
  var databaseArguments: StatementArguments { get }
}

extension TableRow {
  /// The table's columns, quoted, separated by commas, in the order of
  /// `Columns.allCases`.
  static var columnList: String {
    Columns.allCases.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
  }

  /// The table's columns qualified by a table alias (`s."document", ...`),
  /// for joins.
  /// - Parameter alias: The table's alias in the query.
  /// - Returns: The columns, separated by commas.
  static func columnList(qualifiedBy alias: String) -> String {
    Columns.allCases.map { "\(alias).\($0.name.quotedDatabaseIdentifier)" }
      .joined(separator: ", ")
  }

  /// `SELECT` of every column from the table, without a condition.
  static var selectSQL: String {
    "SELECT \(columnList) FROM \(databaseTableName.quotedDatabaseIdentifier)"
  }

  /// The `INSERT` statement for one row, with one parameter per column and
  /// the record's conflict policy for inserts.
  static var insertSQL: String {
    let verb: String
    switch persistenceConflictPolicy.conflictResolutionForInsert {
    case .abort: verb = "INSERT"
    case let resolution: verb = "INSERT OR \(resolution.rawValue)"
    }
    let marks = Array(repeating: "?", count: Columns.allCases.count).joined(separator: ", ")
    return "\(verb) INTO \(databaseTableName.quotedDatabaseIdentifier) (\(columnList)) VALUES (\(marks))"
  }
}
