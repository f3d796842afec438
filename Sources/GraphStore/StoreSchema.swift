internal import GRDB

/// The store's tables, indexes and migrations.
///
/// Every change to the schema is a new migration appended to ``migrator``
/// (never an edit of an old one), and bumps ``version``, which is also
/// written to SQLite's `PRAGMA user_version` so that `sqlite3` users can see
/// it. Version 1:
///
/// ```
/// document        key (rowid), id UNIQUE, path, content_hash, date, warnings (JSON),
///                 extracted_at (Unix seconds)
/// entity          (document, ordinal) PK, id, type, name, aliases (JSON), date, affiliation
/// mention         (document, entity_ordinal, ordinal) PK, entity, start, end, text
/// statement       (document, ordinal) PK, speaker, speaker_text/_start/_end,
///                 cue_text/_start/_end, kind, content (JSON spans), date
/// statement_about (document, statement_ordinal, ordinal) PK, entity
/// relation        (document, ordinal) PK, subject, predicate, object, verb, title, date,
///                 evidence_text/_start/_end
/// indexes         statement(speaker), statement_about(entity), relation(predicate),
///                 relation(subject), relation(object)
/// ```
///
/// Version 2 adds `entity.place` and `relation.place` (the id of the place
/// where an event or a relation happened, when stated).
///
/// Version 3 adds the resolved graph, rewritten by every build after it
/// joins entities across documents, so that `ask` answers from indexes and
/// `render`/`explain` read the graph the build wrote:
///
/// ```
/// graph_entity     id PK, type, name, aliases, roles and documents (each list
///                  separated by U+001F), mentions (count)
/// graph_name       (key, entity) PK, kind: 0 name, 1 other name, 2 word of a name
/// graph_document   id PK, record (the document as JSON, with its duplicates)
/// graph_statement  (document, ordinal) PK, speaker (graph id), about (JSON graph ids);
///                  only the statements the graph counts (not those of duplicates)
/// graph_about      (entity, document, ordinal) PK: statements about each entity
/// graph_snapshot   id = 1, json (the whole graph, as graph.json)
/// indexes          graph_statement(speaker)
/// ```
///
/// Version 4 adds `document.url`, `document.title` and `document.source`
/// (carried from JSON Lines input), and the `failed_document` table: the
/// documents whose extraction crashed or ran out of time, with the content
/// hash they had, so that a build does not retry them until their text or
/// the extractor changes:
///
/// ```
/// failed_document id PK, path, content_hash, reason, failed_at (Unix seconds)
/// ```
///
/// Version 5 adds `statement.rule` and `relation.rule`: the name of the
/// extraction rule that found each (`NULL` in rows written before).
///
/// Version 6 adds `statement.stance` and `graph_statement.stance`: the
/// speaker's stance toward each entity the statement is about, as a JSON
/// object from entity id (extraction ids in `statement`, graph ids in
/// `graph_statement`) to `supports`, `opposes` or `neutral`; `NULL` when no
/// stance was judged (rows written before).
///
/// Child rows reference `document.key` with `ON DELETE CASCADE`, so deleting
/// a document row removes everything extracted from it; their primary keys
/// start with the document, so those deletes and the per-document reads are
/// range scans. Ordinals keep each list in the order the extraction had it,
/// so reading back gives an equal ``Extraction``. A `NULL` speaker or cue
/// text means the statement had none; a `NULL` warnings column means the
/// document had no warning list (an empty list is stored as `[]`).
///
/// Each table has one record type in `Rows/` (``DocumentRow``,
/// ``EntityRow``, ``MentionRow``, ``StatementRow``, ``StatementAboutRow``,
/// ``RelationRow``, ``FailedDocumentRow`` and the `Graph…Row`s) whose
/// `Columns` enum lists the table's columns in the order declared here;
/// `TableRowTests` checks them against the migrated schema, so a new
/// migration that adds a column must add it to the record too.
///
/// Each secondary index costs every write a random page; there is none on
/// `entity(id)` (about a quarter of the write time) until a query needs one.
enum StoreSchema {
  /// The schema version this code writes and reads.
  static let version = 6

  /// The migrations, oldest first.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(sql: version1)
      try db.execute(sql: "PRAGMA user_version = 1")
    }
    migrator.registerMigration("v2-place") { db in
      try db.execute(sql: version2)
      try db.execute(sql: "PRAGMA user_version = 2")
    }
    migrator.registerMigration("v3-graph") { db in
      try db.execute(sql: version3)
      try db.execute(sql: "PRAGMA user_version = 3")
    }
    migrator.registerMigration("v4-failures") { db in
      try db.execute(sql: version4)
      try db.execute(sql: "PRAGMA user_version = 4")
    }
    migrator.registerMigration("v5-rule") { db in
      try db.execute(sql: version5)
      try db.execute(sql: "PRAGMA user_version = 5")
    }
    migrator.registerMigration("v6-stance") { db in
      try db.execute(sql: version6)
      try db.execute(sql: "PRAGMA user_version = 6")
    }
    return migrator
  }

  private static let version3 = """
    CREATE TABLE graph_entity (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL,
      name TEXT NOT NULL,
      aliases TEXT NOT NULL,
      roles TEXT NOT NULL,
      mentions INTEGER NOT NULL,
      documents TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE graph_name (
      key TEXT NOT NULL,
      entity TEXT NOT NULL,
      kind INTEGER NOT NULL,
      PRIMARY KEY (key, entity)
    ) WITHOUT ROWID;
    CREATE TABLE graph_document (
      id TEXT PRIMARY KEY,
      record TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE graph_statement (
      document INTEGER NOT NULL REFERENCES document(key) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      speaker TEXT,
      about TEXT NOT NULL,
      PRIMARY KEY (document, ordinal)
    ) WITHOUT ROWID;
    CREATE INDEX graph_statement_by_speaker ON graph_statement(speaker) WHERE speaker IS NOT NULL;
    CREATE TABLE graph_about (
      entity TEXT NOT NULL,
      document INTEGER NOT NULL,
      ordinal INTEGER NOT NULL,
      PRIMARY KEY (entity, document, ordinal)
    ) WITHOUT ROWID;
    CREATE TABLE graph_snapshot (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      json BLOB NOT NULL
    );
    """

  private static let version6 = """
    ALTER TABLE statement ADD COLUMN stance TEXT;
    ALTER TABLE graph_statement ADD COLUMN stance TEXT;
    """

  private static let version5 = """
    ALTER TABLE statement ADD COLUMN rule TEXT;
    ALTER TABLE relation ADD COLUMN rule TEXT;
    """

  private static let version4 = """
    ALTER TABLE document ADD COLUMN url TEXT;
    ALTER TABLE document ADD COLUMN title TEXT;
    ALTER TABLE document ADD COLUMN source TEXT;
    CREATE TABLE failed_document (
      id TEXT PRIMARY KEY,
      path TEXT,
      content_hash TEXT NOT NULL,
      reason TEXT NOT NULL,
      failed_at REAL NOT NULL
    ) WITHOUT ROWID;
    """

  private static let version2 = """
    ALTER TABLE entity ADD COLUMN place TEXT;
    ALTER TABLE relation ADD COLUMN place TEXT;
    """

  private static let version1 = """
    CREATE TABLE document (
      key INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      path TEXT,
      content_hash TEXT NOT NULL,
      date TEXT,
      warnings TEXT,
      extracted_at REAL NOT NULL
    );
    CREATE TABLE entity (
      document INTEGER NOT NULL REFERENCES document(key) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      id TEXT NOT NULL,
      type TEXT NOT NULL,
      name TEXT NOT NULL,
      aliases TEXT NOT NULL,
      date TEXT,
      affiliation TEXT,
      PRIMARY KEY (document, ordinal)
    ) WITHOUT ROWID;
    CREATE TABLE mention (
      document INTEGER NOT NULL REFERENCES document(key) ON DELETE CASCADE,
      entity_ordinal INTEGER NOT NULL,
      ordinal INTEGER NOT NULL,
      entity TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      text TEXT NOT NULL,
      PRIMARY KEY (document, entity_ordinal, ordinal)
    ) WITHOUT ROWID;
    CREATE TABLE statement (
      document INTEGER NOT NULL REFERENCES document(key) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      speaker TEXT,
      speaker_text TEXT,
      speaker_start INTEGER,
      speaker_end INTEGER,
      cue_text TEXT,
      cue_start INTEGER,
      cue_end INTEGER,
      kind TEXT NOT NULL,
      content TEXT NOT NULL,
      date TEXT,
      PRIMARY KEY (document, ordinal)
    ) WITHOUT ROWID;
    CREATE INDEX statement_by_speaker ON statement(speaker) WHERE speaker IS NOT NULL;
    CREATE TABLE statement_about (
      document INTEGER NOT NULL REFERENCES document(key) ON DELETE CASCADE,
      statement_ordinal INTEGER NOT NULL,
      ordinal INTEGER NOT NULL,
      entity TEXT NOT NULL,
      PRIMARY KEY (document, statement_ordinal, ordinal)
    ) WITHOUT ROWID;
    CREATE INDEX statement_about_by_entity ON statement_about(entity);
    CREATE TABLE relation (
      document INTEGER NOT NULL REFERENCES document(key) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      subject TEXT NOT NULL,
      predicate TEXT NOT NULL,
      object TEXT NOT NULL,
      verb TEXT,
      title TEXT,
      date TEXT,
      evidence_text TEXT NOT NULL,
      evidence_start INTEGER NOT NULL,
      evidence_end INTEGER NOT NULL,
      PRIMARY KEY (document, ordinal)
    ) WITHOUT ROWID;
    CREATE INDEX relation_by_predicate ON relation(predicate);
    CREATE INDEX relation_by_subject ON relation(subject);
    CREATE INDEX relation_by_object ON relation(object);
    """
}
