/// A typed fact between two entities, as found in one document.
public struct RelationRecord: Codable, Sendable, Hashable {
  /// The entity id of the subject.
  public var subject: String
  /// The relation type.
  public var predicate: Predicate
  /// The entity id of the object.
  public var object: String
  /// The verb or phrase as written ("invaded", "held separate calls with").
  public var verb: String?
  /// For `holds_role`: the title ("President", "Defense Secretary").
  public var title: String?
  /// The date as normalised or written, when stated.
  public var date: String?
  /// The id of the place where it happened (`location:geneva`), when stated.
  public var place: String?
  /// The sentence or clause the relation was read from.
  public var evidence: TextSpan
  /// The name of the rule that found the relation (`relation.role`,
  /// `relation.verb`, ...), when known.
  public var rule: String?

  /// Creates a relation record.
  ///
  /// - Parameters:
  ///   - subject: The subject entity id.
  ///   - predicate: The relation type.
  ///   - object: The object entity id.
  ///   - verb: The verb as written.
  ///   - title: The title, for `holds_role`.
  ///   - date: The date when stated.
  ///   - place: The id of the place when stated.
  ///   - evidence: The supporting text.
  ///   - rule: The name of the rule that found it.
  public init(
    subject: String, predicate: Predicate, object: String, verb: String? = nil,
    title: String? = nil, date: String? = nil, place: String? = nil, evidence: TextSpan, rule: String? = nil
  ) {
    self.subject = subject
    self.predicate = predicate
    self.object = object
    self.verb = verb
    self.title = title
    self.date = date
    self.place = place
    self.evidence = evidence
    self.rule = rule
  }
}
