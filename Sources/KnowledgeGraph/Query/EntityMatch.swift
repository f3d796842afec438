/// One entity a name typed in a question may mean, and how the name
/// matched it.
public struct EntityMatch: Sendable, Hashable {
  /// How a name matched an entity, best first.
  public enum Kind: Int, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The entity's canonical name.
    case name
    /// One of its other names.
    case alias
    /// One word of one of its names ("Berg" for "Tomas Berg").
    case word

    public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
      switch self {
      case .name: "name"
      case .alias: "alias"
      case .word: "part of a name"
      }
    }
  }

  /// The entity.
  public var entity: Entity
  /// How the name matched it.
  public var kind: Kind

  /// Creates a match.
  ///
  /// - Parameters:
  ///   - entity: The entity matched.
  ///   - kind: How.
  public init(entity: Entity, kind: Kind) {
    self.entity = entity
    self.kind = kind
  }

  /// A short description for people: "Tony Blair (person, 576 mentions)".
  public var summary: String {
    let mentions = entity.mentionCount == 1 ? "1 mention" : "\(entity.mentionCount) mentions"
    return "\(entity.name) (\(entity.type.rawValue), \(mentions))"
  }
}

/// What a name in a question stands for: the speaker or the topic.
public enum NameRole: Sendable, Hashable {
  /// Someone who speaks: people, organizations, groups and countries fit.
  case speaker
  /// Anything spoken about.
  case topic

  /// Whether an entity type fits the role.
  func fits(_ type: EntityType) -> Bool {
    switch self {
    case .speaker: [.person, .organization, .group, .country].contains(type)
    case .topic: true
    }
  }
}

extension Array where Element == EntityMatch {
  /// The matches ranked for a role, most likely first.
  ///
  /// A name that is some entity's whole canonical name of two words or
  /// more ("Tony Blair") means that entity first. Otherwise entities whose
  /// type fits the role come first, then the most mentioned, counting a
  /// match on one word of a name at half: "Blair" means Tony Blair (576
  /// mentions) before a one-mention place called Blair.
  /// - Parameters:
  ///   - name: The name as typed.
  ///   - role: What the name stands for in the question.
  /// - Returns: The matches, one per entity, ranked.
  public func ranked(for name: String, role: NameRole) -> [EntityMatch] {
    var best: [String: EntityMatch] = [:]
    for match in self where best[match.entity.id].map({ match.kind < $0.kind }) ?? true {
      best[match.entity.id] = match
    }
    let multiWord = NameKey(name).value.contains(" ")
    func tier(_ match: EntityMatch) -> Int { match.kind == .name && multiWord ? 0 : 1 }
    func fit(_ match: EntityMatch) -> Int { role.fits(match.entity.type) ? 0 : 1 }
    func weight(_ match: EntityMatch) -> Double {
      Double(Swift.max(1, match.entity.mentionCount)) * (match.kind == .word ? 0.5 : 1)
    }
    return best.values.sorted {
      (tier($0), fit($0), -weight($0), $0.entity.id) < (tier($1), fit($1), -weight($1), $1.entity.id)
    }
  }
}

extension Entity {
  /// The keys a look-up finds this entity by, with how each matches: its
  /// name, each word of it, and its other names (``NameKey`` values).
  public var lookupKeys: [String: EntityMatch.Kind] {
    var keys: [String: EntityMatch.Kind] = [:]
    func add(_ key: String, _ kind: EntityMatch.Kind) {
      guard !key.isEmpty else { return }
      if keys[key].map({ kind < $0 }) ?? true { keys[key] = kind }
    }
    let key = NameKey(name).value
    add(key, .name)
    for word in key.split(separator: " ") where word != Substring(key) { add(String(word), .word) }
    for alias in aliases { add(NameKey(alias).value, .alias) }
    return keys
  }
}
