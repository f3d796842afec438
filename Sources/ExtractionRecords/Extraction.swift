/// Everything extracted from one document: one line of `extractions.jsonl`.
///
/// This is the "map" step's output; ``KnowledgeGraph`` merges many of them.
/// The JSON form is the one `../shared/eval` scorers read.
public struct Extraction: Codable, Sendable, Hashable {
  /// The document this came from.
  public var document: DocumentInfo
  /// The entities mentioned, sorted by id.
  public var entities: [EntityRecord]
  /// The statements, in text order.
  public var statements: [StatementRecord]
  /// The relations, in text order.
  public var relations: [RelationRecord]

  /// Creates an extraction.
  ///
  /// - Parameters:
  ///   - document: The source document.
  ///   - entities: The entities found.
  ///   - statements: The statements found.
  ///   - relations: The relations found.
  public init(
    document: DocumentInfo, entities: [EntityRecord] = [],
    statements: [StatementRecord] = [], relations: [RelationRecord] = []
  ) {
    self.document = document
    self.entities = entities
    self.statements = statements
    self.relations = relations
  }
}
