internal import GRDB

/// A row of the `graph_about` table: a graph entity and one statement
/// about it, for answering "what was said about X" from an index.
struct GraphAboutRow: TableRow, Equatable {
  static let databaseTableName = "graph_about"
  /// A statement is listed once per entity.
  static let persistenceConflictPolicy = PersistenceConflictPolicy(insert: .ignore, update: .abort)

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case entity, document, ordinal
  }

  /// The graph entity id.
  var entity: String
  /// The key of the statement's document row.
  var document: Int64
  /// The statement's ordinal in its document.
  var ordinal: Int

  /// The row for a statement about an entity.
  ///
  /// - Parameters:
  ///   - entity: The graph entity id.
  ///   - document: The key of the statement's document row.
  ///   - ordinal: The statement's ordinal.
  init(entity: String, document: Int64, ordinal: Int) {
    self.entity = entity
    self.document = document
    self.ordinal = ordinal
  }

  init(row: Row) throws {
    entity = try row.decode(forColumn: Columns.entity)
    document = try row.decode(forColumn: Columns.document)
    ordinal = try row.decode(forColumn: Columns.ordinal)
  }

  var databaseArguments: StatementArguments {
    [entity, document, ordinal]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.entity] = entity
    container[Columns.document] = document
    container[Columns.ordinal] = ordinal
  }
}
