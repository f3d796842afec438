internal import GRDB

/// The prepared `INSERT` statements of an extraction's tables, made once
/// per write transaction.
struct ExtractionInserter {
  private let document: TableInserter<DocumentRow>
  private let entity: TableInserter<EntityRow>
  private let mention: TableInserter<MentionRow>
  private let statement: TableInserter<StatementRow>
  private let about: TableInserter<StatementAboutRow>
  private let relation: TableInserter<RelationRow>
  private let db: Database

  /// Prepares the statements.
  ///
  /// - Parameter db: A connection inside a write transaction.
  /// - Throws: A `DatabaseError` if a statement cannot be prepared.
  init(_ db: Database) throws {
    self.db = db
    document = try TableInserter(db)
    entity = try TableInserter(db)
    mention = try TableInserter(db)
    statement = try TableInserter(db)
    about = try TableInserter(db)
    relation = try TableInserter(db)
  }

  /// Inserts an extraction's rows; its document row must not exist.
  ///
  /// - Parameter rows: The rows.
  /// - Throws: A `DatabaseError` if SQLite refuses a row.
  func insert(_ rows: ExtractionRows) throws {
    try document.insert(rows.document)
    let key = db.lastInsertedRowID
    for var row in rows.entities {
      row.document = key
      try entity.insert(row)
    }
    for var row in rows.mentions {
      row.document = key
      try mention.insert(row)
    }
    for var row in rows.statements {
      row.document = key
      try statement.insert(row)
    }
    for var row in rows.about {
      row.document = key
      try about.insert(row)
    }
    for var row in rows.relations {
      row.document = key
      try relation.insert(row)
    }
  }
}
