internal import GRDB
import KnowledgeGraph

/// A row of the `graph_entity` table: one entity of the resolved graph,
/// with its names, roles, mention count and documents (not the mentions
/// per document).
///
/// Lists are stored as text separated by U+001F (``separator``); an empty
/// list is an empty string.
struct GraphEntityRow: TableRow, Equatable {
  static let databaseTableName = "graph_entity"

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case id, type, name, aliases, roles, mentions, documents
  }

  /// What separates names in the `aliases`, `roles` and `documents` columns.
  static let separator = "\u{1F}"

  /// The graph id.
  var id: String
  /// The entity type's raw value.
  var type: String
  /// The canonical name.
  var name: String
  /// The other names, separated by ``separator``.
  var aliases: String
  /// The roles, separated by ``separator`` (empty for none).
  var roles: String
  /// How often it is mentioned in all documents.
  var mentions: Int
  /// The ids of the documents naming it, separated by ``separator``.
  var documents: String

  /// The row for a graph entity.
  ///
  /// - Parameter entity: The entity.
  init(_ entity: Entity) {
    id = entity.id
    type = entity.type.rawValue
    name = entity.name
    aliases = entity.aliases.joined(separator: Self.separator)
    roles = (entity.roles ?? []).joined(separator: Self.separator)
    mentions = entity.mentionCount
    documents = entity.documents.joined(separator: Self.separator)
  }

  init(row: Row) throws {
    id = try row.decode(forColumn: Columns.id)
    type = try row.decode(forColumn: Columns.type)
    name = try row.decode(forColumn: Columns.name)
    aliases = try row.decode(forColumn: Columns.aliases)
    roles = try row.decode(forColumn: Columns.roles)
    mentions = try row.decode(forColumn: Columns.mentions)
    documents = try row.decode(forColumn: Columns.documents)
  }

  var databaseArguments: StatementArguments {
    [id, type, name, aliases, roles, mentions, documents]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.id] = id
    container[Columns.type] = type
    container[Columns.name] = name
    container[Columns.aliases] = aliases
    container[Columns.roles] = roles
    container[Columns.mentions] = mentions
    container[Columns.documents] = documents
  }

  /// The entity, or nil when its type is unknown to this version.
  var entity: Entity? {
    guard let entityType = EntityType(rawValue: type) else { return nil }
    func split(_ text: String) -> [String] {
      text.isEmpty ? [] : text.components(separatedBy: Self.separator)
    }
    var entity = Entity(
      id: id, type: entityType, name: name, aliases: split(aliases), mentionCount: mentions,
      documents: split(documents))
    entity.roles = roles.isEmpty ? nil : split(roles)
    return entity
  }
}
