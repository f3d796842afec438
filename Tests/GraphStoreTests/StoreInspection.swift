import GRDB

@testable import GraphStore

/// Looks inside a store's file, for the tests.
extension GraphStore {
  /// The number of rows in each table.
  func rowCounts() throws -> [String: Int] {
    try pool.read { db in
      var counts: [String: Int] = [:]
      for table in ["document", "entity", "mention", "statement", "statement_about", "relation"] {
        counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
      }
      return counts
    }
  }

  /// The value of a PRAGMA that returns one value.
  func pragma(_ name: String) throws -> String? {
    try pool.read { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
  }

  /// The names of the tables and indexes in the schema.
  func schemaObjects(type: String) throws -> Set<String> {
    try pool.read { db in
      Set(
        try String.fetchAll(
          db, sql: "SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%'",
          arguments: [type]))
    }
  }

  /// The migrations recorded in the file.
  func appliedMigrations() throws -> [String] {
    try pool.read { db in try StoreSchema.migrator.appliedMigrations(db) }
  }

  /// SQLite's plan for a query, one detail line per step.
  func queryPlan(_ sql: String, arguments: StatementArguments) throws -> [String] {
    try pool.read { db in
      try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map {
        $0["detail"] as String? ?? ""
      }
    }
  }
}
