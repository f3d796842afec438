internal import GRDB
import KnowledgeGraph

/// The rows of one extraction, made (and its JSON columns encoded) before
/// the write transaction starts, so that the writer lock is held only for
/// SQL.
///
/// Child rows get their document key when the document row is inserted.
/// Groups are stored as entity rows after the entities (the reader splits
/// them off again by type).
struct ExtractionRows {
  /// The document's row, without a key until inserted.
  var document: DocumentRow
  /// One row per entity, then per group.
  var entities: [EntityRow] = []
  /// Every mention of every entity.
  var mentions: [MentionRow] = []
  /// One row per statement.
  var statements: [StatementRow] = []
  /// Every entry of every statement's about-list.
  var about: [StatementAboutRow] = []
  /// One row per relation.
  var relations: [RelationRow] = []

  /// Makes the rows of an extraction.
  ///
  /// - Parameters:
  ///   - extraction: The extraction; its ``Extraction/allEntities`` are
  ///     stored.
  ///   - contentHash: The hash of its text.
  ///   - json: Encodes the JSON columns.
  /// - Throws: `EncodingError` if a JSON column cannot be encoded.
  init(_ extraction: Extraction, contentHash: String, json: JSONColumns) throws {
    document = try DocumentRow(extraction.document, contentHash: contentHash, json: json)
    for (ordinal, entity) in extraction.allEntities.enumerated() {
      entities.append(try EntityRow(entity, ordinal: ordinal, json: json))
      for (index, mention) in entity.mentions.enumerated() {
        mentions.append(
          MentionRow(mention, ordinal: index, entity: entity.id, entityOrdinal: ordinal))
      }
    }
    for (ordinal, statement) in extraction.statements.enumerated() {
      statements.append(try StatementRow(statement, ordinal: ordinal, json: json))
      for (index, entity) in statement.about.enumerated() {
        about.append(StatementAboutRow(entity: entity, ordinal: index, statementOrdinal: ordinal))
      }
    }
    for (ordinal, relation) in extraction.relations.enumerated() {
      relations.append(RelationRow(relation, ordinal: ordinal))
    }
  }
}
