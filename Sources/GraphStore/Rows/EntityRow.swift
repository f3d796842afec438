internal import GRDB
import KnowledgeGraph

/// A row of the `entity` table: one entity (or group) of a document's
/// extraction, without its mentions.
struct EntityRow: DocumentChildRow, Equatable {
  static let databaseTableName = "entity"

  /// The table's columns.
  enum Columns: String, ColumnExpression, CaseIterable {
    case document, ordinal, id, type, name, aliases, date, affiliation, place
  }

  var document: Int64
  /// Its position in the extraction's entities, groups last.
  var ordinal: Int
  /// The entity id.
  var id: String
  /// The entity type's raw value.
  var type: String
  /// The canonical name.
  var name: String
  /// The other names, as a JSON array.
  var aliases: String
  /// The date of an event.
  var date: String?
  /// The id of the organisation a person speaks for.
  var affiliation: String?
  /// The id of the place where an event happened.
  var place: String?

  /// The row for an entity about to be stored (its document key is set
  /// when the document row is inserted).
  ///
  /// - Parameters:
  ///   - entity: The entity.
  ///   - ordinal: Its position in the extraction.
  ///   - json: Encodes the aliases.
  /// - Throws: `EncodingError` if the aliases cannot be encoded.
  init(_ entity: EntityRecord, ordinal: Int, json: JSONColumns) throws {
    document = 0
    self.ordinal = ordinal
    id = entity.id
    type = entity.type.rawValue
    name = entity.name
    aliases = try json.text(of: entity.aliases)
    date = entity.date
    affiliation = entity.affiliation
    place = entity.place
  }

  init(row: Row) throws {
    document = try row.decode(forColumn: Columns.document)
    ordinal = try row.decode(forColumn: Columns.ordinal)
    id = try row.decode(forColumn: Columns.id)
    type = try row.decode(forColumn: Columns.type)
    name = try row.decode(forColumn: Columns.name)
    aliases = try row.decode(forColumn: Columns.aliases)
    date = try row.decode(forColumn: Columns.date)
    affiliation = try row.decode(forColumn: Columns.affiliation)
    place = try row.decode(forColumn: Columns.place)
  }

  var databaseArguments: StatementArguments {
    [document, ordinal, id, type, name, aliases, date, affiliation, place]
  }

  func encode(to container: inout PersistenceContainer) {
    container[Columns.document] = document
    container[Columns.ordinal] = ordinal
    container[Columns.id] = id
    container[Columns.type] = type
    container[Columns.name] = name
    container[Columns.aliases] = aliases
    container[Columns.date] = date
    container[Columns.affiliation] = affiliation
    container[Columns.place] = place
  }

  /// The entity as the extraction had it, with no mentions yet.
  ///
  /// - Parameter json: Decodes the aliases.
  /// - Returns: The entity.
  /// - Throws: ``CorruptRow`` for an unknown type or aliases that are not
  ///   a JSON array of strings.
  func record(json: JSONColumns) throws(CorruptRow) -> EntityRecord {
    guard let entityType = EntityType(rawValue: type) else {
      throw CorruptRow(reason: "entity \(id): unknown type '\(type)'")
    }
    return EntityRecord(
      id: id, type: entityType, name: name,
      aliases: try json.strings(from: aliases, what: "aliases of \(id)"),
      date: date, affiliation: affiliation, place: place)
  }
}
