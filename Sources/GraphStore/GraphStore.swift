import Foundation
internal import GRDB
import KnowledgeGraph

/// The embedded store: every document's extraction in one SQLite file, so
/// that builds are incremental and the graph can be read without
/// re-extracting anything.
///
/// The store keeps per-document rows (documents, entities, mentions,
/// statements, what statements are about, relations) rather than the merged
/// graph: replacing or dropping one document touches only its rows, and
/// ``graph()`` merges them with ``KnowledgeGraph/merge(_:)`` in document id
/// order. The schema is described in `StoreSchema.swift` and migrated with
/// GRDB's `DatabaseMigrator` when the store opens.
///
/// Each ``replace(_:contentHash:)`` is one transaction, committed in WAL
/// mode: a build killed at any point (even `kill -9`) keeps every document
/// already written, and readers in other processes (`newsgraph ask`) see a
/// consistent snapshot — all of a document's rows or none — while a build
/// runs. The store is a class because it owns a connection pool; it is
/// `Sendable`, and calls from several tasks are safe (writes are serialized).
///
/// ```swift
/// let store = try GraphStore(path: "output/newsgraph.sqlite")
/// let hash = GraphStore.hash(of: text)
/// if try store.documentHash(id: id) != hash {
///   try store.replace(extractor.extract(info, text: text), contentHash: hash)
/// }
/// let graph = try store.graph()
/// ```
public final class GraphStore: Sendable {
  /// The database file's path, as given to ``init(path:)``.
  public let path: String
  /// The GRDB pool: one writer, several readers, WAL mode (a single
  /// read-only connection for ``init(readingAt:)``).
  let pool: any DatabaseWriter

  /// The schema version this code reads and writes (also SQLite's
  /// `PRAGMA user_version` of the file).
  public static let schemaVersion = StoreSchema.version

  /// Opens a store, creating the file (and its folder) when missing and
  /// bringing an older schema up to date.
  ///
  /// The file is opened in WAL mode with `synchronous = NORMAL`: a commit
  /// survives the process being killed (only a power loss may lose the last
  /// commits, never consistency). Another process's write lock is waited
  /// for up to 30 seconds.
  /// - Parameter path: The database file, e.g. `output/newsgraph.sqlite`.
  /// - Throws: ``StoreError/cannotOpen(path:reason:)`` when the file is not
  ///   an SQLite database or cannot be created or migrated;
  ///   ``StoreError/newerSchema(path:migrations:)`` when a newer NewsGraph
  ///   wrote it.
  public init(path: String) throws(StoreError) {
    self.path = path
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(30)
    configuration.label = "GraphStore"
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    let migrator = StoreSchema.migrator
    let unknown: Set<String>
    do {
      let pool = try DatabasePool(path: path, configuration: configuration)
      self.pool = pool
      unknown = try pool.read { db in
        try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
      }
      if unknown.isEmpty {
        let complete = try pool.read { db in try migrator.hasCompletedMigrations(db) }
        if !complete { try migrator.migrate(pool) }
      }
    } catch {
      throw Self.openingError(error, path: path)
    }
    guard unknown.isEmpty else { throw .newerSchema(path: path, migrations: unknown.sorted()) }
  }

  /// Opens an existing store for reading only: nothing is created, written
  /// or migrated, so it works in a read-only folder or on a read-only file
  /// (`ask`, `explain` and `render` open stores this way).
  ///
  /// SQLite needs the `-shm` file beside a WAL database to read it; when it
  /// is missing and cannot be created (a read-only folder), the file is
  /// opened as immutable, which reads what the last finished build
  /// committed.
  /// - Parameter path: The database file.
  /// - Throws: ``StoreError/cannotOpen(path:reason:)`` when the file is
  ///   missing or not a store, or was written by an older NewsGraph (run
  ///   `newsgraph build` to update it); ``StoreError/newerSchema(path:migrations:)``;
  ///   ``StoreError/corrupt(path:reason:)`` for a damaged file.
  public init(readingAt path: String) throws(StoreError) {
    self.path = path
    guard FileManager.default.fileExists(atPath: path) else {
      throw .cannotOpen(path: path, reason: "no such file")
    }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(30)
    configuration.label = "GraphStore"
    let migrator = StoreSchema.migrator
    var opened: DatabaseQueue?
    var firstError: (any Error)?
    let immutable = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
      + "?immutable=1"
    for candidate in [path, immutable] {
      do {
        let queue = try DatabaseQueue(path: candidate, configuration: configuration)
        // Opening is lazy in SQLite: read the schema to be sure it works.
        _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        opened = queue
        break
      } catch {
        firstError = firstError ?? error
      }
    }
    guard let queue = opened else {
      throw Self.openingError(firstError ?? StoreError.cannotOpen(path: path, reason: "unknown error"), path: path)
    }
    pool = queue
    let unknown: Set<String>
    let complete: Bool
    do {
      (unknown, complete) = try queue.read { db in
        (
          try migrator.appliedIdentifiers(db).subtracting(migrator.migrations),
          try migrator.hasCompletedMigrations(db)
        )
      }
    } catch {
      throw Self.openingError(error, path: path)
    }
    guard unknown.isEmpty else { throw .newerSchema(path: path, migrations: unknown.sorted()) }
    guard complete else {
      throw .cannotOpen(
        path: path, reason: "written by an older newsgraph; run `newsgraph build` once to update it")
    }
  }

  /// The error for a store that could not be opened: damaged files are
  /// ``StoreError/corrupt(path:reason:)``, which says how to recover.
  static func openingError(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    if isDamage(error) { return .corrupt(path: path, reason: reason(error)) }
    return .cannotOpen(path: path, reason: reason(error))
  }

  /// Whether SQLite said the file is damaged or not a database.
  static func isDamage(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
  }

  /// The content hash the store keeps for a text: SHA-256 of its UTF-8,
  /// in lowercase hexadecimal.
  ///
  /// A build compares it with ``documentHash(id:)`` to skip unchanged
  /// documents. Hash the text as extraction sees it (after line endings are
  /// normalised), and fold in anything else that changes the extraction —
  /// e.g. `hash(of: extractorVersion + "\n" + text)` — so that a new
  /// extractor re-extracts everything.
  /// - Parameter text: The document text.
  /// - Returns: 64 lowercase hexadecimal digits.
  public static func hash(of text: String) -> String {
    var text = text
    return text.withUTF8 { SHA256.hex(of: $0) }
  }

  // MARK: - Documents

  /// The content hash stored for a document, if the store has it.
  ///
  /// - Parameter id: The document id.
  /// - Returns: The hash given to ``replace(_:contentHash:)``, or nil when
  ///   the document is not stored.
  /// - Throws: ``StoreError/database(path:reason:)`` if the read fails.
  public func documentHash(id: String) throws(StoreError) -> String? {
    try read { db in
      try DocumentRow.select(DocumentRow.Columns.contentHash, as: String.self)
        .filter(DocumentRow.Columns.id == id).fetchOne(db)
    }
  }

  /// Every stored document with its content hash.
  ///
  /// A build reads this once, skips the documents whose hash is unchanged,
  /// and (with `--prune`) removes the ids it no longer sees.
  /// - Returns: Document id → content hash.
  /// - Throws: ``StoreError/database(path:reason:)`` if the read fails.
  public func knownDocuments() throws(StoreError) -> [String: String] {
    try read { db in
      var known: [String: String] = [:]
      let rows = try DocumentRow.select(DocumentRow.Columns.id, DocumentRow.Columns.contentHash)
        .asRequest(of: Row.self).fetchCursor(db)
      while let row = try rows.next() {
        known[try row.decode(forColumn: DocumentRow.Columns.id)] = try row.decode(
          forColumn: DocumentRow.Columns.contentHash)
      }
      return known
    }
  }

  // MARK: - Access

  /// Runs a read in one snapshot, mapping errors to ``StoreError``
  /// (a ``CorruptRow`` to ``StoreError/corrupt(path:reason:)``).
  func read<T>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.read(body)
    } catch let error as StoreError {
      throw error
    } catch let error as CorruptRow {
      throw .corrupt(path: path, reason: error.reason)
    } catch {
      throw Self.isDamage(error)
        ? .corrupt(path: path, reason: Self.reason(error)) : .database(path: path, reason: Self.reason(error))
    }
  }

  /// Runs a write in one transaction, mapping errors to ``StoreError``.
  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      return try pool.write(body)
    } catch let error as StoreError {
      throw error
    } catch {
      if Self.isDamage(error) { throw .corrupt(path: path, reason: Self.reason(error)) }
      if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL {
        throw .full(path: path, reason: Self.reason(error))
      }
      throw .database(path: path, reason: Self.reason(error))
    }
  }

  /// A short message for an error: SQLite's message without GRDB's echo
  /// of the statement's arguments.
  static func reason(_ error: any Error) -> String {
    if let error = error as? DatabaseError {
      return error.message.map { "SQLite error \(error.resultCode.rawValue): \($0)" }
        ?? "SQLite error \(error.resultCode.rawValue)"
    }
    return "\(error)"
  }
}
