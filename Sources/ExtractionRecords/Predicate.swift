/// The closed set of relation predicates between entities.
///
/// The verb as written in the text is kept separately, on ``RelationRecord/verb``.
public enum Predicate: String, Codable, Sendable, CaseIterable, Comparable {
  case holdsRole = "holds_role"
  case memberOf = "member_of"
  case partOf = "part_of"
  case locatedIn = "located_in"
  case invaded
  case occupied
  case attacked
  case appliedToJoin = "applied_to_join"
  case called
  case met
  case ousted
  case criticized
  case supported
  case opposed
  case participatedIn = "participated_in"

  public static func < (lhs: Predicate, rhs: Predicate) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
