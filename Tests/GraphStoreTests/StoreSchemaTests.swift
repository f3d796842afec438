import Foundation
import GRDB
import Testing

@testable import GraphStore

@Suite struct StoreSchemaTests {
  @Test func freshFileGetsTheWholeSchema() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    #expect(
      try store.schemaObjects(type: "table")
        == [
          "document", "entity", "mention", "statement", "statement_about", "relation",
          "graph_entity", "graph_name", "graph_document", "graph_statement", "graph_about", "graph_snapshot",
          "failed_document", "grdb_migrations",
        ])
    #expect(
      try store.schemaObjects(type: "index").isSuperset(of: [
        "statement_by_speaker", "statement_about_by_entity",
        "relation_by_predicate", "relation_by_subject", "relation_by_object", "graph_statement_by_speaker",
      ]))
    #expect(try store.pragma("user_version") == "\(GraphStore.schemaVersion)")
    #expect(try store.pragma("journal_mode") == "wal")
    #expect(try store.pragma("foreign_keys") == "1")
    #expect(try store.appliedMigrations() == ["v1", "v2-place", "v3-graph", "v4-failures", "v5-rule", "v6-stance"])
  }

  @Test func reopeningKeepsDataAndDoesNotMigrateAgain() throws {
    let folder = ScratchFolder()
    do {
      let store = try GraphStore(path: folder.path())
      try store.replace(Fixtures.sample(), contentHash: "h1")
    }
    let reopened = try GraphStore(path: folder.path())
    #expect(try reopened.appliedMigrations() == ["v1", "v2-place", "v3-graph", "v4-failures", "v5-rule", "v6-stance"])
    #expect(try reopened.extractions() == [Fixtures.sample()])
    #expect(try reopened.documentHash(id: Fixtures.sample().document.id) == "h1")
  }

  @Test func aVersionOneStoreGainsThePlaceColumns() throws {
    let folder = ScratchFolder()
    let path = folder.path()
    do {
      let queue = try DatabaseQueue(path: path)
      try StoreSchema.migrator.migrate(queue, upTo: "v1")
      let columns = try queue.read { db in try db.columns(in: "relation").map(\.name) }
      #expect(!columns.contains("place"))
    }
    let store = try GraphStore(path: path)
    #expect(try store.appliedMigrations() == ["v1", "v2-place", "v3-graph", "v4-failures", "v5-rule", "v6-stance"])
    #expect(try store.pragma("user_version") == "6")
    try store.replace(Fixtures.sample(), contentHash: "h1")
    let read = try store.extractions()
    #expect(read == [Fixtures.sample()])
    #expect(read.first?.relations.contains { $0.place == "country:ukraine" } == true)
    #expect(read.first?.entities.contains { $0.place == "country:ukraine" } == true)
  }

  @Test func aVersionFourStoreGainsTheRuleColumnsAndKeepsItsRows() throws {
    let folder = ScratchFolder()
    let path = folder.path()
    var old = Fixtures.sample()
    for index in old.statements.indices {
      old.statements[index].rule = nil
      old.statements[index].stance = nil
    }
    for index in old.relations.indices { old.relations[index].rule = nil }
    do {
      let queue = try DatabaseQueue(path: path)
      try StoreSchema.migrator.migrate(queue, upTo: "v4-failures")
      let columns = try queue.read { db in try db.columns(in: "statement").map(\.name) }
      #expect(!columns.contains("rule"))
    }
    do {
      // Rows written before the migration read back without a rule.
      let store = try GraphStore(path: path)
      #expect(try store.appliedMigrations().last == "v6-stance")
      try store.replace(old, contentHash: "h0")
      #expect(try store.extractions() == [old])
    }
    let store = try GraphStore(path: path)
    try store.replace(Fixtures.sample(), contentHash: "h1")
    let read = try store.extractions()
    #expect(read == [Fixtures.sample()])
    #expect(read.first?.statements.contains { $0.rule == "quote.after-speaker-cue" } == true)
    #expect(read.first?.relations.contains { $0.rule == "relation.role" } == true)
  }

  @Test func aVersionFiveStoreGainsTheStanceColumnsAndReadsOldRowsWithoutStance() throws {
    let folder = ScratchFolder()
    let path = folder.path()
    var old = Fixtures.sample()
    for index in old.statements.indices { old.statements[index].stance = nil }
    do {
      let queue = try DatabaseQueue(path: path)
      try StoreSchema.migrator.migrate(queue, upTo: "v5-rule")
      let columns = try queue.read { db in try db.columns(in: "statement").map(\.name) }
      #expect(!columns.contains("stance"))
      // A statement row written by version 5, before the column existed.
      try queue.write { db in
        try db.execute(sql: "INSERT INTO document (id, content_hash, extracted_at) VALUES ('d5', 'h', 0)")
        try db.execute(
          sql: """
            INSERT INTO statement (document, ordinal, kind, content, rule)
            VALUES ((SELECT key FROM document WHERE id = 'd5'), 0, 'direct', '[]', 'quote.signed')
            """)
      }
    }
    let store = try GraphStore(path: path)
    #expect(try store.appliedMigrations().last == "v6-stance")
    #expect(try store.pragma("user_version") == "6")
    let migrated = try store.extractions()
    #expect(migrated.first { $0.document.id == "d5" }?.statements.first?.stance == nil)
    try store.replace(old, contentHash: "h0")
    #expect(try store.extractions().first { $0.document.id == old.document.id } == old)
    try store.replace(Fixtures.sample(), contentHash: "h1")
    let read = try store.extractions().first { $0.document.id == Fixtures.sample().document.id }
    #expect(read == Fixtures.sample())
    #expect(read?.statements.contains { $0.stance == ["person:vladimir-putin": .opposes] } == true)
  }

  @Test func missingFoldersAreCreated() throws {
    let folder = ScratchFolder()
    let path = folder.url.appendingPathComponent("output/deeper/newsgraph.sqlite").path
    let store = try GraphStore(path: path)
    try store.replace(Fixtures.empty(), contentHash: "h")
    #expect(FileManager.default.fileExists(atPath: path))
  }

  @Test func aFileThatIsNotADatabaseIsRefusedWithItsPathAndHowToRecover() throws {
    let folder = ScratchFolder()
    let path = folder.path("graph.json")
    try Data(String(repeating: "{\"documents\": []}\n", count: 200).utf8)
      .write(to: URL(fileURLWithPath: path))
    for open in [{ try GraphStore(path: path) }, { try GraphStore(readingAt: path) }] {
      #expect {
        _ = try open()
      } throws: { error in
        guard let error = error as? StoreError, case .corrupt = error else { return false }
        return error.path == path && error.description.hasPrefix("\(path): damaged store: ")
          && error.description.contains("delete it") && error.description.contains("newsgraph build")
      }
    }
  }

  @Test func aStoreIsReadWithoutWritingAnything() throws {
    let folder = ScratchFolder()
    let path = folder.path()
    do {
      let store = try GraphStore(path: path)
      try store.replace(Fixtures.sample(), contentHash: "h1")
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let reader = try GraphStore(readingAt: path)
    #expect(try reader.extractions() == [Fixtures.sample()])
    #expect(throws: StoreError.self) { try reader.replace(Fixtures.empty(), contentHash: "h2") }
    #expect(try reader.knownDocuments().count == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(throws: StoreError.cannotOpen(path: folder.path("missing.sqlite"), reason: "no such file")) {
      _ = try GraphStore(readingAt: folder.path("missing.sqlite"))
    }
  }

  @Test func anOlderStoreIsNotMigratedWhenOnlyRead() throws {
    let folder = ScratchFolder()
    let path = folder.path()
    do {
      let queue = try DatabaseQueue(path: path)
      try StoreSchema.migrator.migrate(queue, upTo: "v2-place")
    }
    #expect {
      _ = try GraphStore(readingAt: path)
    } throws: { error in
      (error as? StoreError)?.description.contains("run `newsgraph build` once") == true
    }
  }

  @Test func aStoreFromANewerVersionIsRefused() throws {
    let folder = ScratchFolder()
    let path = folder.path()
    do {
      let queue = try DatabaseQueue(path: path)
      try StoreSchema.migrator.migrate(queue)
      try queue.write { db in
        try db.execute(
          sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
      }
    }
    #expect(throws: StoreError.newerSchema(path: path, migrations: ["v2-from-the-future"])) {
      _ = try GraphStore(path: path)
    }
  }

  @Test func errorsNameTheDatabasePath() {
    let errors: [StoreError] = [
      .cannotOpen(path: "out/x.sqlite", reason: "r"),
      .newerSchema(path: "out/x.sqlite", migrations: ["v9"]),
      .database(path: "out/x.sqlite", reason: "r"),
      .invalidExtraction(path: "out/x.sqlite", document: "d", reason: "r"),
      .corrupt(path: "out/x.sqlite", reason: "r"),
      .full(path: "out/x.sqlite", reason: "r"),
    ]
    for error in errors {
      #expect(error.description.hasPrefix("out/x.sqlite: "))
      #expect(error.path == "out/x.sqlite")
    }
  }
}

@Suite struct DamagedStoreTests {
  @Test func unknownValuesInRowsAreReportedAsDamage() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    try store.replace(Fixtures.sample(), contentHash: "h")
    try store.pool.write { db in
      try db.execute(sql: "UPDATE entity SET type = 'alien' WHERE id = 'organization:nato'")
    }
    #expect {
      _ = try store.extractions()
    } throws: { error in
      guard let error = error as? StoreError, case .corrupt(_, let reason) = error else {
        return false
      }
      return reason.contains("alien") && error.path == folder.path()
    }
  }

  @Test func invalidJSONInAColumnIsReportedAsDamage() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    try store.replace(Fixtures.sample(), contentHash: "h")
    try store.pool.write { db in
      try db.execute(sql: "UPDATE statement SET content = '[{' WHERE ordinal = 0")
    }
    #expect(throws: StoreError.self) { _ = try store.graph() }
  }
}
