/// A node of the knowledge graph: one person, country, organization, event,
/// location or group, merged across documents.
public struct Entity: Codable, Sendable, Hashable, Identifiable {
  /// The stable id, `type:slug`.
  public var id: String
  /// What kind of entity this is.
  public var type: EntityType
  /// The canonical name.
  public var name: String
  /// Every other name seen for it, sorted.
  public var aliases: [String]
  /// How many times it is mentioned, over all documents.
  public var mentionCount: Int
  /// The ids of the documents that mention it, sorted.
  public var documents: [String]
  /// How many times each document mentions it.
  public var mentionsPerDocument: [String: Int]
  /// The earliest date of a dated document that mentions it.
  public var firstSeen: String?
  /// The latest date of a dated document that mentions it.
  public var lastSeen: String?
  /// For events: the date when known.
  public var date: String?
  /// For groups: the entity id they belong to.
  public var affiliation: String?
  /// For events: the entity id of the place where it happened, when known.
  public var place: String?
  /// Titles and descriptions written before the name in some document
  /// ("Tory MP", "Work Secretary"), kept apart from the name; nil when none.
  public var roles: [String]?

  /// Creates an entity.
  ///
  /// - Parameters:
  ///   - id: The entity id.
  ///   - type: The entity type.
  ///   - name: The canonical name.
  ///   - aliases: Other names.
  ///   - mentionCount: The number of mentions.
  ///   - documents: The ids of documents mentioning it.
  ///   - date: For events, the date.
  ///   - affiliation: For groups, the entity they belong to.
  ///   - place: For events, the entity id of the place.
  public init(
    id: String, type: EntityType, name: String, aliases: [String] = [],
    mentionCount: Int = 0, documents: [String] = [], date: String? = nil,
    affiliation: String? = nil, mentionsPerDocument: [String: Int] = [:], firstSeen: String? = nil,
    lastSeen: String? = nil, place: String? = nil
  ) {
    self.id = id
    self.type = type
    self.name = name
    self.aliases = aliases
    self.mentionCount = mentionCount
    self.documents = documents
    self.date = date
    self.affiliation = affiliation
    self.mentionsPerDocument = mentionsPerDocument
    self.firstSeen = firstSeen
    self.lastSeen = lastSeen
    self.place = place
  }

  private enum CodingKeys: String, CodingKey {
    case id, type, name, aliases, mentionCount, documents, date, affiliation, mentionsPerDocument, firstSeen, lastSeen, place
    case roles
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    type = try container.decode(EntityType.self, forKey: .type)
    name = try container.decode(String.self, forKey: .name)
    aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    mentionCount = try container.decodeIfPresent(Int.self, forKey: .mentionCount) ?? 0
    documents = try container.decodeIfPresent([String].self, forKey: .documents) ?? []
    date = try container.decodeIfPresent(String.self, forKey: .date)
    affiliation = try container.decodeIfPresent(String.self, forKey: .affiliation)
    mentionsPerDocument = try container.decodeIfPresent([String: Int].self, forKey: .mentionsPerDocument) ?? [:]
    firstSeen = try container.decodeIfPresent(String.self, forKey: .firstSeen)
    lastSeen = try container.decodeIfPresent(String.self, forKey: .lastSeen)
    place = try container.decodeIfPresent(String.self, forKey: .place)
    roles = try container.decodeIfPresent([String].self, forKey: .roles)
  }

  /// The canonical name followed by the aliases.
  public var allNames: [String] { [name] + aliases }
}
