import Foundation
internal import GRDB
import KnowledgeGraph

/// A row of the `document` table: one stored document, without what was
/// extracted from it.
struct DocumentRow: TableRow, Equatable {
  static let databaseTableName = "document"

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case key, id, path
    case contentHash = "content_hash"
    case date, warnings
    case extractedAt = "extracted_at"
    case url, title, source
  }

  /// The row id the child rows reference; nil before the row is inserted
  /// (SQLite then assigns it).
  var key: Int64?
  /// The document id.
  var id: String
  /// The path it was read from.
  var path: String?
  /// The hash given to ``GraphStore/replace(_:contentHash:)``.
  var contentHash: String
  /// The document's date.
  var date: String?
  /// The warnings as a JSON array, or nil when the document had no list.
  var warnings: String?
  /// When it was stored, in Unix seconds.
  var extractedAt: Double
  /// Where it was published, from JSON Lines input.
  var url: String?
  /// Its headline, from JSON Lines input.
  var title: String?
  /// Its publisher, from JSON Lines input.
  var source: String?

  /// The row for a document about to be stored.
  ///
  /// - Parameters:
  ///   - document: The extraction's document.
  ///   - contentHash: The hash of its text.
  ///   - json: Encodes the warnings.
  /// - Throws: `EncodingError` if the warnings cannot be encoded.
  init(_ document: DocumentInfo, contentHash: String, json: JSONColumns) throws {
    key = nil
    id = document.id
    path = document.path
    self.contentHash = contentHash
    date = document.date
    warnings = try document.warnings.map { try json.text(of: $0) }
    extractedAt = Date().timeIntervalSince1970
    url = document.url
    title = document.title
    source = document.source
  }

  init(row: Row) throws {
    key = try row.decode(forColumn: Columns.key)
    id = try row.decode(forColumn: Columns.id)
    path = try row.decode(forColumn: Columns.path)
    contentHash = try row.decode(forColumn: Columns.contentHash)
    date = try row.decode(forColumn: Columns.date)
    warnings = try row.decode(forColumn: Columns.warnings)
    extractedAt = try row.decode(forColumn: Columns.extractedAt)
    url = try row.decode(forColumn: Columns.url)
    title = try row.decode(forColumn: Columns.title)
    source = try row.decode(forColumn: Columns.source)
  }

  var databaseArguments: StatementArguments {
    [key, id, path, contentHash, date, warnings, extractedAt, url, title, source]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.key] = key
    container[Columns.id] = id
    container[Columns.path] = path
    container[Columns.contentHash] = contentHash
    container[Columns.date] = date
    container[Columns.warnings] = warnings
    container[Columns.extractedAt] = extractedAt
    container[Columns.url] = url
    container[Columns.title] = title
    container[Columns.source] = source
  }

  /// The document as an extraction records it.
  ///
  /// - Parameter json: Decodes the warnings.
  /// - Returns: The document, without duplicates.
  /// - Throws: ``CorruptRow`` if the warnings are not a JSON array of strings.
  func info(json: JSONColumns) throws(CorruptRow) -> DocumentInfo {
    let warnings = try self.warnings.map { (text) throws(CorruptRow) in
      try json.strings(from: text, what: "warnings of document \(id)")
    }
    return DocumentInfo(
      id: id, path: path, date: date, warnings: warnings, url: url, title: title, source: source)
  }
}
