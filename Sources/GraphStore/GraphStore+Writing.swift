import Foundation
internal import GRDB
import KnowledgeGraph

extension GraphStore {
  /// Stores one document's extraction in place of what the store had for
  /// that document id.
  ///
  /// One transaction: the document's old rows are deleted and the new ones
  /// inserted (with cached prepared statements), so readers and a process
  /// killed mid-way see either the old version or the new one, never a mix.
  /// The extraction is checked first the way ``KnowledgeGraph/merge(_:)``
  /// checks it, so everything in the store can always be merged.
  /// - Parameters:
  ///   - extraction: The document's extraction.
  ///   - contentHash: The hash of the text it was extracted from, normally
  ///     ``hash(of:)``; ``documentHash(id:)`` returns it.
  /// - Throws: ``StoreError/invalidExtraction(path:document:reason:)`` when a
  ///   statement or relation uses an entity id the extraction does not list;
  ///   ``StoreError/database(path:reason:)`` if the write fails (the store is
  ///   then unchanged).
  public func replace(_ extraction: Extraction, contentHash: String) throws(StoreError) {
    try replace(contentsOf: [(extraction, contentHash)], beforeCommit: { _ in })
  }

  /// Stores several documents' extractions in one transaction, each in place
  /// of what the store had for its document id.
  ///
  /// The same as calling ``replace(_:contentHash:)`` for each, but with one
  /// commit for the whole batch, which is several times faster for a large
  /// build. Each document is still whole or absent: a build killed during
  /// the batch keeps every batch committed before it and none of this one.
  /// A batch is all or nothing: if one extraction is refused, none is
  /// stored.
  /// - Parameter batch: Each extraction with the hash of its text.
  /// - Throws: ``StoreError/invalidExtraction(path:document:reason:)`` when
  ///   a statement or relation uses an entity id its extraction does not
  ///   list; ``StoreError/database(path:reason:)`` if the write fails (the
  ///   store is then unchanged).
  public func replace(contentsOf batch: [(extraction: Extraction, contentHash: String)])
    throws(StoreError)
  {
    try replace(contentsOf: batch, beforeCommit: { _ in })
  }

  /// ``replace(_:contentHash:)`` with a hook run inside the transaction
  /// after every row is written; the tests throw from it to interrupt a
  /// write.
  func replace(
    _ extraction: Extraction, contentHash: String, beforeCommit: (Database) throws -> Void
  ) throws(StoreError) {
    try replace(contentsOf: [(extraction, contentHash)], beforeCommit: beforeCommit)
  }

  /// ``replace(contentsOf:)`` with a hook run inside the transaction after
  /// every row is written; the tests throw from it to interrupt a write.
  func replace(
    contentsOf batch: [(extraction: Extraction, contentHash: String)],
    beforeCommit: (Database) throws -> Void
  ) throws(StoreError) {
    guard !batch.isEmpty else { return }
    // Groups are stored as entity rows and split off again when read.
    let batch = batch.map { item in
      var combined = item.extraction
      combined.entities = combined.allEntities
      combined.groups = []
      return (extraction: combined, contentHash: item.contentHash)
    }
    var encoded: [EncodedExtraction] = []
    encoded.reserveCapacity(batch.count)
    for (extraction, _) in batch {
      // What merging it into a graph would check, without building one.
      do {
        try KnowledgeGraph.validate(extraction)
      } catch {
        throw .invalidExtraction(
          path: path, document: extraction.document.id, reason: error.description)
      }
      encoded.append(try EncodedExtraction(extraction, path: path))
    }
    try write { db in
      let delete = try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?")
      let forgetFailure = try db.cachedStatement(sql: "DELETE FROM failed_document WHERE id = ?")
      for ((extraction, contentHash), rows) in zip(batch, encoded) {
        try delete.run([extraction.document.id])
        try forgetFailure.run([extraction.document.id])
        try insert(rows, of: extraction, contentHash: contentHash, into: db)
      }
      try beforeCommit(db)
    }
  }

  /// Removes documents and everything extracted from them (for `--prune`),
  /// and their recorded failures.
  ///
  /// All ids are removed in one transaction; ids the store does not have are
  /// ignored.
  /// - Parameter documentIDs: The ids to remove.
  /// - Returns: How many documents were removed.
  /// - Throws: ``StoreError/database(path:reason:)`` if the write fails (the
  ///   store is then unchanged).
  @discardableResult
  public func remove(documentIDs: some Sequence<String>) throws(StoreError) -> Int {
    let ids = Array(documentIDs)
    guard !ids.isEmpty else { return 0 }
    return try write { db in
      let statement = try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?")
      let failure = try db.cachedStatement(sql: "DELETE FROM failed_document WHERE id = ?")
      var removed = 0
      for id in ids {
        try statement.run([id])
        removed += db.changesCount
        try failure.run([id])
      }
      return removed
    }
  }

  // MARK: - Rows

  /// Inserts one extraction's rows; its document row must not exist.
  private func insert(
    _ rows: EncodedExtraction, of extraction: Extraction, contentHash: String,
    into db: Database
  ) throws {
    let document = extraction.document
    try db.cachedStatement(
      sql: """
        INSERT INTO document (id, path, content_hash, date, warnings, extracted_at, url, title,
          source)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).run([
      document.id, document.path, contentHash, document.date, rows.warnings,
      Date().timeIntervalSince1970, document.url, document.title, document.source,
    ])
    let key = db.lastInsertedRowID

    let entityInsert = try db.cachedStatement(
      sql: """
        INSERT INTO entity (document, ordinal, id, type, name, aliases, date, affiliation, place)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let mentionInsert = try db.cachedStatement(
      sql: """
        INSERT INTO mention (document, entity_ordinal, ordinal, entity, start, "end", text)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, entity) in extraction.entities.enumerated() {
      try entityInsert.run([
        key, ordinal, entity.id, entity.type.rawValue, entity.name, rows.aliases[ordinal],
        entity.date, entity.affiliation, entity.place,
      ])
      for (index, mention) in entity.mentions.enumerated() {
        try mentionInsert.run([
          key, ordinal, index, entity.id, mention.start, mention.end, mention.text,
        ])
      }
    }

    let statementInsert = try db.cachedStatement(
      sql: """
        INSERT INTO statement (document, ordinal, speaker, speaker_text, speaker_start,
          speaker_end, cue_text, cue_start, cue_end, kind, content, date)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let aboutInsert = try db.cachedStatement(
      sql: """
        INSERT INTO statement_about (document, statement_ordinal, ordinal, entity)
        VALUES (?, ?, ?, ?)
        """)
    for (ordinal, statement) in extraction.statements.enumerated() {
      let speaker = statement.speaker
      let cue = statement.cue
      try statementInsert.run([
        key, ordinal, speaker?.entity, speaker?.text, speaker?.start, speaker?.end, cue?.text,
        cue?.start, cue?.end, statement.kind.rawValue, rows.contents[ordinal], statement.date,
      ])
      for (index, entity) in statement.about.enumerated() {
        try aboutInsert.run([key, ordinal, index, entity])
      }
    }

    let relationInsert = try db.cachedStatement(
      sql: """
        INSERT INTO relation (document, ordinal, subject, predicate, object, verb, title, date,
          evidence_text, evidence_start, evidence_end, place)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, relation) in extraction.relations.enumerated() {
      try relationInsert.run([
        key, ordinal, relation.subject, relation.predicate.rawValue, relation.object,
        relation.verb, relation.title, relation.date, relation.evidence.text,
        relation.evidence.start, relation.evidence.end, relation.place,
      ])
    }
  }
}

extension GRDB.Statement {
  /// Executes a cached statement with arguments whose count matches its
  /// parameters by construction (skips GRDB's argument validation).
  func run(_ arguments: StatementArguments) throws {
    setUncheckedArguments(arguments)
    try execute()
  }
}

/// The JSON columns of one extraction, encoded before the write transaction
/// starts so that the writer lock is held only for SQL.
struct EncodedExtraction {
  /// The document's warnings as a JSON array, or nil when it has none.
  var warnings: String?
  /// Each entity's aliases as a JSON array, by entity ordinal.
  var aliases: [String]
  /// Each statement's content spans as a JSON array, by statement ordinal.
  var contents: [String]

  init(_ extraction: Extraction, path: String) throws(StoreError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    func json(_ value: some Encodable) throws(StoreError) -> String {
      do {
        return String(decoding: try encoder.encode(value), as: UTF8.self)
      } catch {
        throw .invalidExtraction(
          path: path, document: extraction.document.id, reason: "cannot encode: \(error)")
      }
    }
    warnings = try extraction.document.warnings.map { (list) throws(StoreError) in try json(list) }
    aliases = []
    aliases.reserveCapacity(extraction.entities.count)
    for entity in extraction.entities { aliases.append(try json(entity.aliases)) }
    contents = []
    contents.reserveCapacity(extraction.statements.count)
    for statement in extraction.statements { contents.append(try json(statement.content)) }
  }
}
