import Foundation
internal import GRDB

/// A row of the `failed_document` table: a document whose extraction
/// crashed or timed out, with the content hash it had.
struct FailedDocumentRow: TableRow, Equatable {
  static let databaseTableName = "failed_document"
  /// A new failure of a document replaces the one recorded before.
  static let persistenceConflictPolicy = PersistenceConflictPolicy(insert: .replace, update: .replace)

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case id, path
    case contentHash = "content_hash"
    case reason
    case failedAt = "failed_at"
  }

  /// The document id.
  var id: String
  /// The path it was read from.
  var path: String?
  /// The hash of its text and the extractor.
  var contentHash: String
  /// Why it failed.
  var reason: String
  /// When it failed, in Unix seconds.
  var failedAt: Double

  /// The row recording a failure now.
  ///
  /// - Parameter failure: The failed document.
  init(_ failure: FailedDocument) {
    id = failure.id
    path = failure.path
    contentHash = failure.contentHash
    reason = failure.reason
    failedAt = Date().timeIntervalSince1970
  }

  init(row: Row) throws {
    id = try row.decode(forColumn: Columns.id)
    path = try row.decode(forColumn: Columns.path)
    contentHash = try row.decode(forColumn: Columns.contentHash)
    reason = try row.decode(forColumn: Columns.reason)
    failedAt = try row.decode(forColumn: Columns.failedAt)
  }

  var databaseArguments: StatementArguments {
    [id, path, contentHash, reason, failedAt]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.id] = id
    container[Columns.path] = path
    container[Columns.contentHash] = contentHash
    container[Columns.reason] = reason
    container[Columns.failedAt] = failedAt
  }

  /// The failure the row records.
  var failure: FailedDocument {
    FailedDocument(id: id, path: path, contentHash: contentHash, reason: reason)
  }
}
