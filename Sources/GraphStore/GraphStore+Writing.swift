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
    let json = JSONColumns()
    var encoded: [ExtractionRows] = []
    encoded.reserveCapacity(batch.count)
    for (extraction, contentHash) in batch {
      // What merging it into a graph would check, without building one.
      do {
        try KnowledgeGraph.validate(extraction)
      } catch {
        throw .invalidExtraction(
          path: path, document: extraction.document.id, reason: error.description)
      }
      do {
        encoded.append(try ExtractionRows(extraction, contentHash: contentHash, json: json))
      } catch {
        throw .invalidExtraction(
          path: path, document: extraction.document.id, reason: "cannot encode: \(error)")
      }
    }
    try write { db in
      let delete = try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?")
      let forgetFailure = try db.cachedStatement(sql: "DELETE FROM failed_document WHERE id = ?")
      let inserter = try ExtractionInserter(db)
      for rows in encoded {
        try delete.run([rows.document.id])
        try forgetFailure.run([rows.document.id])
        try inserter.insert(rows)
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
}

extension GRDB.Statement {
  /// Executes a cached statement with arguments whose count matches its
  /// parameters by construction (skips GRDB's argument validation).
  func run(_ arguments: StatementArguments) throws {
    setUncheckedArguments(arguments)
    try execute()
  }
}
