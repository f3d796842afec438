extension KnowledgeGraph {
  /// The entities a name refers to, best match first.
  ///
  /// A name matches an entity when its normalised form (see ``NameKey``)
  /// equals the entity's name, one of its aliases, or one word of a person's
  /// name ("Berg" finds "Anna Berg"). An entity id matches itself.
  /// Exact name matches come before alias matches, which come before
  /// single-word matches; ties go to the entity with more mentions.
  /// - Parameter name: A name or an entity id.
  /// - Returns: The matching entities, possibly empty.
  public func entities(named name: String) -> [Entity] {
    if let entity = entitiesByID[name] { return [entity] }
    let key = NameKey(name)
    guard !key.value.isEmpty else { return [] }
    var scored: [(rank: Int, entity: Entity)] = []
    for entity in entitiesByID.values {
      if NameKey(entity.name) == key {
        scored.append((0, entity))
      } else if entity.aliases.contains(where: { NameKey($0) == key }) {
        scored.append((1, entity))
      } else if !key.value.contains(" "),
        entity.allNames.contains(where: { NameKey($0).value.split(separator: " ").contains(Substring(key.value)) })
      {
        scored.append((2, entity))
      }
    }
    return scored.sorted {
      ($0.rank, -$0.entity.mentionCount, $0.entity.id) < ($1.rank, -$1.entity.mentionCount, $1.entity.id)
    }.map(\.entity)
  }

  /// The statements whose speaker and topic match the given names.
  ///
  /// Each name is resolved with ``entities(named:)``: the best-ranked
  /// entities (all those of the best rank) count. A statement matches a
  /// speaker name also when its speaker text matches it.
  /// - Parameters:
  ///   - speaker: A speaker name, or nil for any speaker.
  ///   - about: A topic name, or nil for any topic.
  /// - Returns: The matching statements in graph order.
  public func statements(speaker: String? = nil, about: String? = nil) -> [Statement] {
    let speakerIDs = speaker.map(bestMatches)
    let aboutIDs = about.map(bestMatches)
    return statements.filter { statement in
      if let speakerIDs, let speaker {
        let byEntity = statement.speaker.map(speakerIDs.contains) ?? false
        let byText = statement.speakerText.map { NameKey($0) == NameKey(speaker) } ?? false
        if !byEntity && !byText { return false }
      }
      if let aboutIDs, !statement.about.contains(where: aboutIDs.contains) {
        return false
      }
      return true
    }
  }

  private func bestMatches(_ name: String) -> Set<String> {
    let matches = entities(named: name)
    guard let first = matches.first else { return [] }
    let bestRank = rank(of: first, for: name)
    return Set(matches.prefix { rank(of: $0, for: name) == bestRank }.map(\.id))
  }

  private func rank(of entity: Entity, for name: String) -> Int {
    let key = NameKey(name)
    if entity.id == name || NameKey(entity.name) == key { return 0 }
    if entity.aliases.contains(where: { NameKey($0) == key }) { return 1 }
    return 2
  }

  /// The relations an entity takes part in, as subject or object.
  ///
  /// - Parameter id: An entity id.
  /// - Returns: The relations in graph order.
  public func relations(involving id: String) -> [Relation] {
    relations.filter { $0.subject == id || $0.object == id }
  }
}
