/// Everything extracted from one document: one line of `extractions.jsonl`.
///
/// This is the "map" step's output; ``KnowledgeGraph`` merges many of them.
/// The JSON form is the one `../shared/eval` scorers read.
public struct Extraction: Codable, Sendable, Hashable {
  /// The document this came from.
  public var document: DocumentInfo
  /// The named entities mentioned, sorted by id.
  public var entities: [EntityRecord]
  /// Collective speakers with no name of their own ("Russian officials",
  /// "experts and analysts"), sorted by id. Kept apart from ``entities``,
  /// which lists what the text names; statements refer to them by id like
  /// to any entity.
  public var groups: [EntityRecord]
  /// The statements, in text order.
  public var statements: [StatementRecord]
  /// The relations, in text order.
  public var relations: [RelationRecord]

  /// Creates an extraction.
  ///
  /// - Parameters:
  ///   - document: The source document.
  ///   - entities: The named entities found.
  ///   - groups: The collective speakers found.
  ///   - statements: The statements found.
  ///   - relations: The relations found.
  public init(
    document: DocumentInfo, entities: [EntityRecord] = [], groups: [EntityRecord] = [],
    statements: [StatementRecord] = [], relations: [RelationRecord] = []
  ) {
    self.document = document
    self.entities = entities
    self.groups = groups
    self.statements = statements
    self.relations = relations
  }

  /// The named entities and the groups together.
  public var allEntities: [EntityRecord] { entities + groups }

  private enum CodingKeys: String, CodingKey {
    case document, entities, groups, statements, relations
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    document = try container.decode(DocumentInfo.self, forKey: .document)
    entities = try container.decodeIfPresent([EntityRecord].self, forKey: .entities) ?? []
    groups = try container.decodeIfPresent([EntityRecord].self, forKey: .groups) ?? []
    statements = try container.decodeIfPresent([StatementRecord].self, forKey: .statements) ?? []
    relations = try container.decodeIfPresent([RelationRecord].self, forKey: .relations) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(document, forKey: .document)
    try container.encode(entities, forKey: .entities)
    if !groups.isEmpty { try container.encode(groups, forKey: .groups) }
    try container.encode(statements, forKey: .statements)
    try container.encode(relations, forKey: .relations)
  }
}
