internal import GRDB

extension GraphStore {
  /// Every document recorded as failed, by id.
  ///
  /// A build compares each failure's hash with the document's current one:
  /// equal means the same text and the same extractor, which would fail
  /// again, so the document is skipped.
  /// - Returns: Document id → its failure.
  /// - Throws: ``StoreError/database(path:reason:)`` if the read fails.
  public func failedDocuments() throws(StoreError) -> [String: FailedDocument] {
    try read { db in
      var failures: [String: FailedDocument] = [:]
      let rows = try FailedDocumentRow.fetchCursor(db)
      while let row = try rows.next() { failures[row.id] = row.failure }
      return failures
    }
  }

  /// Records that a document's extraction failed, in place of whatever the
  /// store had for it.
  ///
  /// One transaction: an extraction stored for an older text of the
  /// document is removed (it no longer matches the text), and the failure
  /// replaces any earlier one. Storing an extraction for the id later
  /// clears the failure.
  /// - Parameter failure: The failed document.
  /// - Throws: ``StoreError/database(path:reason:)`` if the write fails (the
  ///   store is then unchanged).
  public func recordFailure(_ failure: FailedDocument) throws(StoreError) {
    try write { db in
      try db.cachedStatement(sql: "DELETE FROM document WHERE id = ?").run([failure.id])
      try FailedDocumentRow(failure).insert(db)
    }
  }
}
