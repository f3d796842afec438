internal import GRDB

/// A row of the `graph_name` table: a name key (``KnowledgeGraph/NameKey``
/// text) that finds a graph entity, and how it matches.
struct GraphNameRow: TableRow, Equatable {
  static let databaseTableName = "graph_name"
  /// Two names of one entity may give the same key; the first is kept.
  static let persistenceConflictPolicy = PersistenceConflictPolicy(insert: .ignore, update: .abort)

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case key, entity, kind
  }

  /// The name key.
  var key: String
  /// The graph entity id.
  var entity: String
  /// The match kind's raw value: 0 name, 1 other name, 2 word of a name.
  var kind: Int

  /// The row for one name key of an entity.
  ///
  /// - Parameters:
  ///   - key: The name key.
  ///   - entity: The graph entity id.
  ///   - kind: The match kind's raw value.
  init(key: String, entity: String, kind: Int) {
    self.key = key
    self.entity = entity
    self.kind = kind
  }

  init(row: Row) throws {
    key = try row.decode(forColumn: Columns.key)
    entity = try row.decode(forColumn: Columns.entity)
    kind = try row.decode(forColumn: Columns.kind)
  }

  var databaseArguments: StatementArguments {
    [key, entity, kind]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.key] = key
    container[Columns.entity] = entity
    container[Columns.kind] = kind
  }
}
