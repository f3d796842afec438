internal import GRDB
import KnowledgeGraph

/// The rows of one extraction, made (and its JSON columns encoded) before
/// the write transaction starts, so that the writer lock is held only for
/// SQL.
///
/// Child rows get their document key when the document row is inserted.
/// Groups are stored as entity rows after the entities (the reader splits
/// them off again by type).
struct ExtractionRows {
  /// The document's row, without a key until inserted.
  var document: DocumentRow
  /// One row per entity, then per group.
  var entities: [EntityRow] = []
  /// Every mention of every entity.
  var mentions: [MentionRow] = []
  /// One row per statement.
  var statements: [StatementRow] = []
  /// Every entry of every statement's about-list.
  var about: [StatementAboutRow] = []
  /// One row per relation.
  var relations: [RelationRow] = []

  /// Makes the rows of an extraction.
  ///
  /// - Parameters:
  ///   - extraction: The extraction; its ``Extraction/allEntities`` are
  ///     stored.
  ///   - contentHash: The hash of its text.
  ///   - json: Encodes the JSON columns.
  /// - Throws: `EncodingError` if a JSON column cannot be encoded.
  init(_ extraction: Extraction, contentHash: String, json: JSONColumns) throws {
    document = try DocumentRow(extraction.document, contentHash: contentHash, json: json)
    for (ordinal, entity) in extraction.allEntities.enumerated() {
      entities.append(try EntityRow(entity, ordinal: ordinal, json: json))
      for (index, mention) in entity.mentions.enumerated() {
        mentions.append(
          MentionRow(mention, ordinal: index, entity: entity.id, entityOrdinal: ordinal))
      }
    }
    for (ordinal, statement) in extraction.statements.enumerated() {
      statements.append(try StatementRow(statement, ordinal: ordinal, json: json))
      for (index, entity) in statement.about.enumerated() {
        about.append(StatementAboutRow(entity: entity, ordinal: index, statementOrdinal: ordinal))
      }
    }
    for (ordinal, relation) in extraction.relations.enumerated() {
      relations.append(RelationRow(relation, ordinal: ordinal))
    }
  }
}

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
