internal import GRDB

/// A row of the `statement_about` table: one entity a statement is about.
struct StatementAboutRow: DocumentChildRow, Equatable {
  static let databaseTableName = "statement_about"

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case document
    case statementOrdinal = "statement_ordinal"
    case ordinal, entity
  }

  var document: Int64
  /// The statement's ordinal in the extraction.
  var statementOrdinal: Int
  /// The entity's position in the statement's about-list.
  var ordinal: Int
  /// The entity id.
  var entity: String

  /// The row for one entry of a statement's about-list.
  ///
  /// - Parameters:
  ///   - entity: The entity id.
  ///   - ordinal: Its position in the about-list.
  ///   - statementOrdinal: The statement's ordinal in the extraction.
  init(entity: String, ordinal: Int, statementOrdinal: Int) {
    document = 0
    self.statementOrdinal = statementOrdinal
    self.ordinal = ordinal
    self.entity = entity
  }

  init(row: Row) throws {
    document = try row.decode(forColumn: Columns.document)
    statementOrdinal = try row.decode(forColumn: Columns.statementOrdinal)
    ordinal = try row.decode(forColumn: Columns.ordinal)
    entity = try row.decode(forColumn: Columns.entity)
  }

  var databaseArguments: StatementArguments {
    [document, statementOrdinal, ordinal, entity]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.document] = document
    container[Columns.statementOrdinal] = statementOrdinal
    container[Columns.ordinal] = ordinal
    container[Columns.entity] = entity
  }
}
