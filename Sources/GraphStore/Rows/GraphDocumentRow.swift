internal import GRDB
import KnowledgeGraph

/// A row of the `graph_document` table: one document of the resolved
/// graph, with its duplicates, as JSON.
struct GraphDocumentRow: TableRow, Equatable {
  static let databaseTableName = "graph_document"

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case id, record
  }

  /// The document id.
  var id: String
  /// The document as JSON (``KnowledgeGraph/DocumentInfo``).
  var record: String

  /// The row for a graph document.
  ///
  /// - Parameters:
  ///   - document: The document.
  ///   - json: Encodes it.
  /// - Throws: `EncodingError` if it cannot be encoded.
  init(_ document: DocumentInfo, json: JSONColumns) throws {
    id = document.id
    record = try json.text(of: document)
  }

  init(row: Row) throws {
    id = try row.decode(forColumn: Columns.id)
    record = try row.decode(forColumn: Columns.record)
  }

  var databaseArguments: StatementArguments {
    [id, record]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.id] = id
    container[Columns.record] = record
  }

  /// The document.
  ///
  /// - Parameter json: Decodes it.
  /// - Returns: The document with its duplicates.
  /// - Throws: ``CorruptRow`` if the record is not a document's JSON.
  func document(json: JSONColumns) throws(CorruptRow) -> DocumentInfo {
    try json.value(DocumentInfo.self, from: record, what: "graph document \(id)")
  }
}
