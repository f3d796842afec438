/// One entity found in one document, with all its mentions there.
public struct EntityRecord: Codable, Sendable, Hashable {
  /// A stable slug such as `person:anna-berg`.
  public var id: String
  /// What kind of entity this is.
  public var type: EntityType
  /// The canonical name: the longest proper name seen for it.
  public var name: String
  /// Other names the entity goes by in the text (and common short forms).
  public var aliases: [String]
  /// Where the entity is mentioned, in text order.
  public var mentions: [TextSpan]
  /// For events: the date as normalised (`2014`, `2022-09`) or as written.
  public var date: String?
  /// For events: the id of the place where it happened (`location:geneva`,
  /// `country:chile`), when stated.
  public var place: String?
  /// For groups: the country or organization they belong to, when stated.
  public var affiliation: String?

  /// Creates an entity record.
  ///
  /// - Parameters:
  ///   - id: The entity id, `type:slug`.
  ///   - type: The entity type.
  ///   - name: The canonical name.
  ///   - aliases: Other names, without the canonical one.
  ///   - mentions: The mention spans.
  ///   - date: For events, the date when known.
  ///   - affiliation: For groups, the id of the entity they belong to.
  ///   - place: For events, the id of the place, when stated.
  public init(
    id: String, type: EntityType, name: String, aliases: [String] = [],
    mentions: [TextSpan] = [], date: String? = nil, affiliation: String? = nil, place: String? = nil
  ) {
    self.id = id
    self.type = type
    self.name = name
    self.aliases = aliases
    self.mentions = mentions
    self.date = date
    self.affiliation = affiliation
    self.place = place
  }
}
