import Foundation
internal import GRDB
import KnowledgeGraph

extension GraphStore {
  /// Every stored extraction, in document id order.
  ///
  /// Read in one snapshot, so a build running in another process is seen
  /// either before or after each of its documents, never half-way. Each
  /// extraction equals the one given to ``replace(_:contentHash:)``: lists
  /// keep their order, and empty lists and missing values read back as
  /// they were.
  /// - Returns: The extractions, sorted by document id.
  /// - Throws: ``StoreError/database(path:reason:)`` if a read fails;
  ///   ``StoreError/corrupt(path:reason:)`` if a row cannot be decoded.
  public func extractions() throws(StoreError) -> [Extraction] {
    let path = self.path
    return try read { db in try ExtractionReader(path: path).read(db, documentID: nil) }
  }

  /// One stored extraction.
  ///
  /// - Parameter id: The document id.
  /// - Returns: The extraction, or nil when the store does not have it.
  /// - Throws: ``StoreError/database(path:reason:)`` if a read fails;
  ///   ``StoreError/corrupt(path:reason:)`` if a row cannot be decoded.
  public func extraction(id: String) throws(StoreError) -> Extraction? {
    let path = self.path
    return try read { db in try ExtractionReader(path: path).read(db, documentID: id).first }
  }

  /// The knowledge graph of everything stored.
  ///
  /// The extractions are read in one snapshot and merged in document id
  /// order with ``KnowledgeGraph/merge(contentsOf:)`` (the graph of merging
  /// them one by one, in linear time), so the same store always gives the
  /// same graph.
  /// - Returns: The merged graph (empty for an empty store).
  /// - Throws: ``StoreError/database(path:reason:)`` if a read fails;
  ///   ``StoreError/corrupt(path:reason:)`` if a row cannot be decoded or a
  ///   stored extraction cannot be merged.
  public func graph() throws(StoreError) -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    let extractions = try extractions()
    do {
      try graph.merge(contentsOf: extractions)
    } catch {
      throw .corrupt(path: path, reason: error.description)
    }
    return graph
  }
}

/// Reads extractions back from the tables, one table at a time in primary
/// key order, and puts the rows back in their lists by ordinal.
struct ExtractionReader {
  /// The database path, for errors.
  var path: String
  private let decoder = JSONDecoder()

  init(path: String) {
    self.path = path
  }

  /// Reads every extraction, or only one document's.
  ///
  /// - Parameters:
  ///   - db: A connection inside a read transaction.
  ///   - documentID: A document id, or nil for all documents.
  /// - Returns: The extractions sorted by document id.
  func read(_ db: Database, documentID: String?) throws -> [Extraction] {
    var extractions: [Extraction] = []
    var indexByKey: [Int64: Int] = [:]
    let filter = documentID == nil ? "" : "WHERE document = (SELECT key FROM document WHERE id = ?)"
    let arguments: StatementArguments = documentID.map { [$0] } ?? []

    let documents = try Row.fetchCursor(
      db,
      sql: "SELECT key, id, path, date, warnings, url, title, source FROM document"
        + (documentID == nil ? "" : " WHERE id = ?"),
      arguments: arguments)
    while let row = try documents.next() {
      let key: Int64 = try row.decode(atIndex: 0)
      let id: String = try row.decode(atIndex: 1)
      let warnings = try (row.decode(String?.self, atIndex: 4)).map {
        try decode([String].self, from: $0, what: "warnings of document \(id)")
      }
      indexByKey[key] = extractions.count
      extractions.append(
        Extraction(
          document: DocumentInfo(
            id: id, path: try row.decode(atIndex: 2), date: try row.decode(atIndex: 3),
            warnings: warnings, url: try row.decode(atIndex: 5), title: try row.decode(atIndex: 6),
            source: try row.decode(atIndex: 7))))
    }
    guard !extractions.isEmpty else { return [] }

    func index(_ row: Row, table: String) throws -> Int {
      let key: Int64 = try row.decode(atIndex: 0)
      guard let index = indexByKey[key] else {
        throw StoreError.corrupt(path: path, reason: "\(table) row of unknown document \(key)")
      }
      return index
    }
    func expect(_ ordinal: Int, _ count: Int, _ what: String, in index: Int) throws {
      guard ordinal == count else {
        throw StoreError.corrupt(
          path: path,
          reason: "document \(extractions[index].document.id): \(what) \(ordinal) out of order")
      }
    }

    let entities = try Row.fetchCursor(
      db,
      sql: """
        SELECT document, ordinal, id, type, name, aliases, date, affiliation, place
        FROM entity \(filter) ORDER BY document, ordinal
        """, arguments: arguments)
    while let row = try entities.next() {
      let index = try index(row, table: "entity")
      try expect(try row.decode(atIndex: 1), extractions[index].entities.count, "entity", in: index)
      let id: String = try row.decode(atIndex: 2)
      let typeName: String = try row.decode(atIndex: 3)
      guard let type = EntityType(rawValue: typeName) else {
        throw StoreError.corrupt(path: path, reason: "entity \(id): unknown type '\(typeName)'")
      }
      extractions[index].entities.append(
        EntityRecord(
          id: id, type: type, name: try row.decode(atIndex: 4),
          aliases: try decode(
            [String].self, from: try row.decode(atIndex: 5), what: "aliases of \(id)"),
          date: try row.decode(atIndex: 6), affiliation: try row.decode(atIndex: 7),
          place: try row.decode(atIndex: 8)))
    }

    let mentions = try Row.fetchCursor(
      db,
      sql: """
        SELECT document, entity_ordinal, ordinal, start, "end", text
        FROM mention \(filter) ORDER BY document, entity_ordinal, ordinal
        """, arguments: arguments)
    while let row = try mentions.next() {
      let index = try index(row, table: "mention")
      let entity: Int = try row.decode(atIndex: 1)
      guard extractions[index].entities.indices.contains(entity) else {
        throw StoreError.corrupt(path: path, reason: "mention of missing entity \(entity)")
      }
      try expect(
        try row.decode(atIndex: 2), extractions[index].entities[entity].mentions.count, "mention",
        in: index)
      extractions[index].entities[entity].mentions.append(
        TextSpan(
          text: try row.decode(atIndex: 5), start: try row.decode(atIndex: 3),
          end: try row.decode(atIndex: 4)))
    }

    let statements = try Row.fetchCursor(
      db,
      sql: """
        SELECT document, ordinal, speaker, speaker_text, speaker_start, speaker_end,
          cue_text, cue_start, cue_end, kind, content, date
        FROM statement \(filter) ORDER BY document, ordinal
        """, arguments: arguments)
    while let row = try statements.next() {
      let index = try index(row, table: "statement")
      try expect(
        try row.decode(atIndex: 1), extractions[index].statements.count, "statement", in: index)
      extractions[index].statements.append(try statement(from: row, offset: 2))
    }

    let about = try Row.fetchCursor(
      db,
      sql: """
        SELECT document, statement_ordinal, ordinal, entity
        FROM statement_about \(filter) ORDER BY document, statement_ordinal, ordinal
        """, arguments: arguments)
    while let row = try about.next() {
      let index = try index(row, table: "statement_about")
      let statement: Int = try row.decode(atIndex: 1)
      guard extractions[index].statements.indices.contains(statement) else {
        throw StoreError.corrupt(path: path, reason: "about-entity of missing statement")
      }
      try expect(
        try row.decode(atIndex: 2), extractions[index].statements[statement].about.count,
        "about-entity", in: index)
      extractions[index].statements[statement].about.append(try row.decode(atIndex: 3))
    }

    let relations = try Row.fetchCursor(
      db,
      sql: """
        SELECT document, ordinal, subject, predicate, object, verb, title, date,
          evidence_text, evidence_start, evidence_end, place
        FROM relation \(filter) ORDER BY document, ordinal
        """, arguments: arguments)
    while let row = try relations.next() {
      let index = try index(row, table: "relation")
      try expect(
        try row.decode(atIndex: 1), extractions[index].relations.count, "relation", in: index)
      let predicateName: String = try row.decode(atIndex: 3)
      guard let predicate = Predicate(rawValue: predicateName) else {
        throw StoreError.corrupt(path: path, reason: "unknown predicate '\(predicateName)'")
      }
      extractions[index].relations.append(
        RelationRecord(
          subject: try row.decode(atIndex: 2), predicate: predicate,
          object: try row.decode(atIndex: 4), verb: try row.decode(atIndex: 5),
          title: try row.decode(atIndex: 6), date: try row.decode(atIndex: 7),
          place: try row.decode(atIndex: 11),
          evidence: TextSpan(
            text: try row.decode(atIndex: 8), start: try row.decode(atIndex: 9),
            end: try row.decode(atIndex: 10))))
    }

    extractions.sort { $0.document.id < $1.document.id }
    for index in extractions.indices {
      let all = extractions[index].entities
      extractions[index].entities = all.filter { $0.type != .group }
      extractions[index].groups = all.filter { $0.type == .group }
    }
    return extractions
  }

  /// A statement record from the statement columns starting at `offset`:
  /// speaker, speaker_text, speaker_start, speaker_end, cue_text, cue_start,
  /// cue_end, kind, content, date. Its about-list is left empty.
  func statement(from row: Row, offset: Int) throws -> StatementRecord {
    var speaker: StatementRecord.Speaker?
    if let text: String = try row.decode(atIndex: offset + 1) {
      speaker = StatementRecord.Speaker(
        entity: try row.decode(atIndex: offset),
        span: TextSpan(
          text: text, start: try row.decode(atIndex: offset + 2),
          end: try row.decode(atIndex: offset + 3)))
    }
    var cue: TextSpan?
    if let text: String = try row.decode(atIndex: offset + 4) {
      cue = TextSpan(
        text: text, start: try row.decode(atIndex: offset + 5),
        end: try row.decode(atIndex: offset + 6))
    }
    let kindName: String = try row.decode(atIndex: offset + 7)
    guard let kind = StatementKind(rawValue: kindName) else {
      throw StoreError.corrupt(path: path, reason: "unknown statement kind '\(kindName)'")
    }
    return StatementRecord(
      speaker: speaker, cue: cue,
      content: try decode(
        [TextSpan].self, from: try row.decode(atIndex: offset + 8), what: "statement content"),
      kind: kind, date: try row.decode(atIndex: offset + 9))
  }

  /// Decodes a JSON column.
  func decode<T: Decodable>(_ type: T.Type, from json: String, what: String) throws -> T {
    do {
      return try decoder.decode(type, from: Data(json.utf8))
    } catch {
      throw StoreError.corrupt(path: path, reason: "\(what): not valid JSON")
    }
  }
}
