internal import GRDB
import KnowledgeGraph

/// A row of the `mention` table: one place in the text where an entity is
/// named.
struct MentionRow: DocumentChildRow, Equatable {
  static let databaseTableName = "mention"

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case document
    case entityOrdinal = "entity_ordinal"
    case ordinal, entity, start, end, text
  }

  var document: Int64
  /// The entity's ordinal in the extraction.
  var entityOrdinal: Int
  /// The mention's position among the entity's mentions.
  var ordinal: Int
  /// The entity id.
  var entity: String
  /// The first Unicode scalar of the mention.
  var start: Int
  /// The Unicode scalar after the mention.
  var end: Int
  /// The mention's text.
  var text: String

  /// The row for a mention about to be stored.
  ///
  /// - Parameters:
  ///   - mention: The mention's span.
  ///   - ordinal: Its position among the entity's mentions.
  ///   - entity: The entity id.
  ///   - entityOrdinal: The entity's ordinal in the extraction.
  init(_ mention: TextSpan, ordinal: Int, entity: String, entityOrdinal: Int) {
    document = 0
    self.entityOrdinal = entityOrdinal
    self.ordinal = ordinal
    self.entity = entity
    start = mention.start
    end = mention.end
    text = mention.text
  }

  init(row: Row) throws {
    document = try row.decode(forColumn: Columns.document)
    entityOrdinal = try row.decode(forColumn: Columns.entityOrdinal)
    ordinal = try row.decode(forColumn: Columns.ordinal)
    entity = try row.decode(forColumn: Columns.entity)
    start = try row.decode(forColumn: Columns.start)
    end = try row.decode(forColumn: Columns.end)
    text = try row.decode(forColumn: Columns.text)
  }

  var databaseArguments: StatementArguments {
    [document, entityOrdinal, ordinal, entity, start, end, text]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.document] = document
    container[Columns.entityOrdinal] = entityOrdinal
    container[Columns.ordinal] = ordinal
    container[Columns.entity] = entity
    container[Columns.start] = start
    container[Columns.end] = end
    container[Columns.text] = text
  }

  /// The mention's span.
  var span: TextSpan { TextSpan(text: text, start: start, end: end) }
}
