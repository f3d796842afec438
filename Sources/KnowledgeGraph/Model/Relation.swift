/// A typed edge of the knowledge graph between two entities.
public struct Relation: Codable, Sendable, Hashable {
  /// The subject entity id.
  public var subject: String
  /// The relation type.
  public var predicate: Predicate
  /// The object entity id.
  public var object: String
  /// The verb as written.
  public var verb: String?
  /// For `holds_role`, the title.
  public var title: String?
  /// The date when stated.
  public var date: String?
  /// The entity id of the place where it happened, when stated.
  public var place: String?
  /// The id of the document it comes from.
  public var document: String
  /// The text it was read from.
  public var evidence: TextSpan
  /// The name of the extraction rule that found it, when known.
  public var rule: String?

  /// Creates a relation.
  ///
  /// - Parameters:
  ///   - subject: The subject entity id.
  ///   - predicate: The relation type.
  ///   - object: The object entity id.
  ///   - verb: The verb as written.
  ///   - title: The title, for `holds_role`.
  ///   - date: The date when stated.
  ///   - place: The entity id of the place, when stated.
  ///   - document: The document id.
  ///   - evidence: The supporting text.
  ///   - rule: The name of the rule that found it.
  public init(
    subject: String, predicate: Predicate, object: String, verb: String? = nil,
    title: String? = nil, date: String? = nil, place: String? = nil, document: String, evidence: TextSpan,
    rule: String? = nil
  ) {
    self.subject = subject
    self.predicate = predicate
    self.object = object
    self.verb = verb
    self.title = title
    self.date = date
    self.place = place
    self.document = document
    self.evidence = evidence
    self.rule = rule
  }
}
