/// A relation while it is being extracted: entity indices and tokens.
struct RelationDraft {
  var subject: Int
  var predicate: Predicate
  var object: Int
  var verb: String?
  var title: String?
  var date: String?
  /// The entity index of the place, when stated.
  var place: Int?
  /// The tokens of the evidence.
  var evidence: Range<Int>
  /// The rule that found the relation.
  var rule: RuleName
}
