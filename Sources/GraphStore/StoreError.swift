/// Errors raised by ``GraphStore``.
///
/// Every case carries the database path, and ``description`` starts with it
/// (`"output/newsgraph.sqlite: ..."`), so the CLI can print it as is.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be opened or prepared as a store (not an SQLite
  /// database, no permission, migration failed).
  case cannotOpen(path: String, reason: String)
  /// The file was written by a newer NewsGraph whose schema this one does
  /// not know.
  case newerSchema(path: String, migrations: [String])
  /// A statement failed while reading or writing.
  case database(path: String, reason: String)
  /// An extraction was refused because it refers to entities it does not
  /// list; storing it would make the graph unbuildable.
  case invalidExtraction(path: String, document: String, reason: String)
  /// A stored row could not be turned back into records, or SQLite found
  /// the file damaged or not a database.
  case corrupt(path: String, reason: String)
  /// A write failed because the disk (or the file system's quota) is full.
  case full(path: String, reason: String)

  /// The database path the error is about.
  public var path: String {
    switch self {
    case .cannotOpen(let path, _), .newerSchema(let path, _), .database(let path, _),
      .invalidExtraction(let path, _, _), .corrupt(let path, _), .full(let path, _):
      path
    }
  }

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason):
      "\(path): cannot open the store: \(reason)"
    case .newerSchema(let path, let migrations):
      "\(path): written by a newer version of newsgraph (unknown schema migrations "
        + "\(migrations.joined(separator: ", "))); rebuild it or upgrade newsgraph"
    case .database(let path, let reason):
      "\(path): \(reason)"
    case .invalidExtraction(let path, let document, let reason):
      "\(path): document \(document) not stored: \(reason)"
    case .corrupt(let path, let reason):
      "\(path): damaged store: \(reason). To recover, delete it (with any \(path)-wal and "
        + "\(path)-shm beside it) and run `newsgraph build` again: it extracts every document anew"
    case .full(let path, let reason):
      "\(path): cannot write, the disk is full: \(reason). Everything committed before is kept; "
        + "free some space and run the build again to go on from there"
    }
  }
}
