import Foundation
internal import GRDB

/// The one row of the `graph_snapshot` table: the whole graph the last
/// build stored, as `graph.json` bytes.
struct GraphSnapshotRow: TableRow, Equatable {
  static let databaseTableName = "graph_snapshot"

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case id, json
  }

  /// The row's id, always 1 (the table holds one row).
  var id: Int = 1
  /// The graph's `graph.json` bytes.
  var json: Data

  /// The snapshot row for a graph.
  ///
  /// - Parameter json: The graph's `graph.json` bytes.
  init(json: Data) {
    self.json = json
  }

  init(row: Row) throws {
    id = try row.decode(forColumn: Columns.id)
    json = try row.decode(forColumn: Columns.json)
  }

  var databaseArguments: StatementArguments {
    [id, json]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.id] = id
    container[Columns.json] = json
  }
}
