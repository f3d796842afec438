/// The kind of thing an entity is.
///
/// The raw values are the strings written to JSON Lines, GraphML and DOT.
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
  /// A named human being.
  case person
  /// A sovereign state (from ISO 3166-1).
  case country
  /// A company, party, agency, alliance or other institution.
  case organization
  /// Something that happens: a war, a summit, a briefing, a revolution.
  case event
  /// A city, region, continent or other place that is not a country.
  case location
  /// A collective unnamed speaker such as "Russian officials".
  case group

  public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
    lhs.sortOrder < rhs.sortOrder
  }

  private var sortOrder: Int {
    switch self {
    case .person: 0
    case .country: 1
    case .organization: 2
    case .event: 3
    case .location: 4
    case .group: 5
    }
  }
}
