internal import GRDB
import KnowledgeGraph

/// Reads extractions back from the tables: one small reader per table,
/// each going through its rows in primary key order and putting them back
/// in their lists by ordinal.
///
/// ```swift
/// var reader = ExtractionReader(documentID: nil)
/// try reader.readDocuments(db)      // document: one extraction each
/// try reader.readEntities(db)       // entity, then mention, statement, ...
/// let extractions = reader.extractions
/// ```
///
/// ``read(_:documentID:)`` runs them all. An ordinal out of order, or a
/// row of a document that was not read, is a ``CorruptRow``.
struct ExtractionReader {
  /// The extractions read so far, in document key order.
  private(set) var extractions: [Extraction] = []
  /// The position in ``extractions`` of each document key.
  private var indexByKey: [Int64: Int] = [:]
  /// The one document to read, or nil for all.
  private let documentID: String?
  private let json = JSONColumns()

  /// A reader of every document, or of one.
  ///
  /// - Parameter documentID: A document id, or nil for all documents.
  init(documentID: String?) {
    self.documentID = documentID
  }

  /// Reads every extraction, or only one document's.
  ///
  /// - Parameters:
  ///   - db: A connection inside a read transaction.
  ///   - documentID: A document id, or nil for all documents.
  /// - Returns: The extractions sorted by document id.
  /// - Throws: A `DatabaseError` or ``CorruptRow``.
  static func read(_ db: Database, documentID: String?) throws -> [Extraction] {
    var reader = ExtractionReader(documentID: documentID)
    try reader.readDocuments(db)
    guard !reader.extractions.isEmpty else { return [] }
    try reader.readEntities(db)
    try reader.readMentions(db)
    try reader.readStatements(db)
    try reader.readAbout(db)
    try reader.readRelations(db)
    return reader.finished()
  }

  // MARK: - One reader per table

  /// Starts one extraction per `document` row.
  mutating func readDocuments(_ db: Database) throws {
    var sql = DocumentRow.selectSQL
    if documentID != nil { sql += " WHERE \(DocumentRow.Columns.id.name) = ?" }
    let rows = try DocumentRow.fetchCursor(db, sql: sql, arguments: arguments)
    while let row = try rows.next() {
      guard let key = row.key else { throw CorruptRow(reason: "document \(row.id) without a key") }
      indexByKey[key] = extractions.count
      extractions.append(Extraction(document: try row.info(json: json)))
    }
  }

  /// Adds the `entity` rows (groups too) to their extractions.
  mutating func readEntities(_ db: Database) throws {
    let rows = try cursor(EntityRow.self, db, orderedBy: [.document, .ordinal])
    while let row = try rows.next() {
      let index = try self.index(of: row)
      try expect(row.ordinal, extractions[index].entities.count, "entity", in: index)
      extractions[index].entities.append(try row.record(json: json))
    }
  }

  /// Adds the `mention` rows to their entities.
  mutating func readMentions(_ db: Database) throws {
    let rows = try cursor(MentionRow.self, db, orderedBy: [.document, .entityOrdinal, .ordinal])
    while let row = try rows.next() {
      let index = try self.index(of: row)
      guard extractions[index].entities.indices.contains(row.entityOrdinal) else {
        throw CorruptRow(reason: "mention of missing entity")
      }
      try expect(
        row.ordinal, extractions[index].entities[row.entityOrdinal].mentions.count, "mention",
        in: index)
      extractions[index].entities[row.entityOrdinal].mentions.append(row.span)
    }
  }

  /// Adds the `statement` rows to their extractions.
  mutating func readStatements(_ db: Database) throws {
    let rows = try cursor(StatementRow.self, db, orderedBy: [.document, .ordinal])
    while let row = try rows.next() {
      let index = try self.index(of: row)
      try expect(row.ordinal, extractions[index].statements.count, "statement", in: index)
      extractions[index].statements.append(try row.record(json: json))
    }
  }

  /// Adds the `statement_about` rows to their statements.
  mutating func readAbout(_ db: Database) throws {
    let rows = try cursor(
      StatementAboutRow.self, db, orderedBy: [.document, .statementOrdinal, .ordinal])
    while let row = try rows.next() {
      let index = try self.index(of: row)
      guard extractions[index].statements.indices.contains(row.statementOrdinal) else {
        throw CorruptRow(reason: "about-entity of missing statement")
      }
      try expect(
        row.ordinal, extractions[index].statements[row.statementOrdinal].about.count,
        "about-entity", in: index)
      extractions[index].statements[row.statementOrdinal].about.append(row.entity)
    }
  }

  /// Adds the `relation` rows to their extractions.
  mutating func readRelations(_ db: Database) throws {
    let rows = try cursor(RelationRow.self, db, orderedBy: [.document, .ordinal])
    while let row = try rows.next() {
      let index = try self.index(of: row)
      try expect(row.ordinal, extractions[index].relations.count, "relation", in: index)
      extractions[index].relations.append(try row.record())
    }
  }

  /// The extractions sorted by document id, with groups split off the
  /// entities again.
  mutating func finished() -> [Extraction] {
    extractions.sort { $0.document.id < $1.document.id }
    for index in extractions.indices {
      let all = extractions[index].entities
      extractions[index].entities = all.filter { $0.type != .group }
      extractions[index].groups = all.filter { $0.type == .group }
    }
    return extractions
  }

  // MARK: - Rows

  /// The arguments of the document filter: the document id, or none.
  private var arguments: StatementArguments {
    documentID.map { [$0] } ?? []
  }

  /// The rows of a table in primary key order: all of them, or those of
  /// the one document.
  private func cursor<Row: DocumentChildRow>(
    _ type: Row.Type, _ db: Database, orderedBy order: [Row.Columns]
  ) throws -> RecordCursor<Row> {
    var sql = Row.selectSQL
    if documentID != nil {
      sql += " WHERE document = (SELECT key FROM document WHERE id = ?)"
    }
    sql += " ORDER BY " + order.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
    return try Row.fetchCursor(db, sql: sql, arguments: arguments)
  }

  /// The position in ``extractions`` of a row's document.
  private func index(of row: some DocumentChildRow) throws(CorruptRow) -> Int {
    guard let index = indexByKey[row.document] else {
      throw CorruptRow(
        reason: "\(type(of: row).databaseTableName) row of unknown document \(row.document)")
    }
    return index
  }

  /// Checks that a row's ordinal is the next of its list.
  private func expect(_ ordinal: Int, _ count: Int, _ what: String, in index: Int) throws {
    guard ordinal == count else {
      throw CorruptRow(
        reason: "document \(extractions[index].document.id): \(what) \(ordinal) out of order")
    }
  }
}
