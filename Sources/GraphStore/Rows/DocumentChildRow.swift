internal import GRDB

/// A table row that belongs to one document: its `document` column holds
/// the document row's key, and deleting the document deletes it.
protocol DocumentChildRow: TableRow {
  /// The key of the document row it was extracted from.
  var document: Int64 { get set }
}
