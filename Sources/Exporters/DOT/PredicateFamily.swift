import KnowledgeGraph

/// Groups of relation predicates that share an edge colour in diagrams.
enum PredicateFamily: String, CaseIterable, Comparable {
  /// Roles and membership: holds_role, member_of, applied_to_join.
  case affiliation
  /// Places: part_of, located_in.
  case place
  /// Force: invaded, occupied, attacked, ousted.
  case conflict
  /// Approval: supported.
  case support
  /// Disapproval: criticized, opposed.
  case opposition
  /// Meetings and calls: called, met, participated_in.
  case contact

  /// The family of a predicate.
  init(_ predicate: Predicate) {
    switch predicate {
    case .holdsRole, .memberOf, .appliedToJoin: self = .affiliation
    case .partOf, .locatedIn: self = .place
    case .invaded, .occupied, .attacked, .ousted: self = .conflict
    case .supported: self = .support
    case .criticized, .opposed: self = .opposition
    case .called, .met, .participatedIn: self = .contact
    }
  }

  /// The edge and label colour.
  var color: String {
    switch self {
    case .affiliation: "#2e86c1"
    case .place: "#138d75"
    case .conflict: "#c0392b"
    case .support: "#229954"
    case .opposition: "#ca6f1e"
    case .contact: "#7d3c98"
    }
  }

  static func < (lhs: PredicateFamily, rhs: PredicateFamily) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
