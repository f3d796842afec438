extension KnowledgeGraph {
  /// A smaller graph: entities of some types, optionally only those within
  /// a number of steps of one entity.
  ///
  /// Two entities are neighbours when a relation joins them or when a
  /// statement links its speaker to an entity it is about. Statements and
  /// relations are kept when all their entities are kept (a statement's
  /// about-list is trimmed to the kept entities and the statement dropped if
  /// nothing is left of it).
  /// - Parameters:
  ///   - focus: The entity id at the centre, or nil for the whole graph.
  ///   - depth: How many steps from the focus to keep.
  ///   - types: The entity types to keep, or nil for all.
  /// - Returns: The subgraph.
  public func subgraph(focus: String? = nil, depth: Int = 1, types: Set<EntityType>? = nil)
    -> KnowledgeGraph
  {
    var keep = Set(entitiesByID.values.filter { types?.contains($0.type) ?? true }.map(\.id))
    if let focus {
      keep.insert(focus)
      var adjacency: [String: Set<String>] = [:]
      func link(_ a: String, _ b: String) {
        guard a != b, keep.contains(a), keep.contains(b) else { return }
        adjacency[a, default: []].insert(b)
        adjacency[b, default: []].insert(a)
      }
      for relation in relations { link(relation.subject, relation.object) }
      for statement in statements {
        guard let speaker = statement.speaker else { continue }
        for target in statement.about { link(speaker, target) }
      }
      var reached: Set<String> = [focus]
      var frontier: Set<String> = [focus]
      for _ in 0..<max(0, depth) {
        var next = Set<String>()
        for id in frontier { next.formUnion(adjacency[id, default: []]) }
        frontier = next.subtracting(reached)
        reached.formUnion(frontier)
        if frontier.isEmpty { break }
      }
      keep = reached
    }
    var result = KnowledgeGraph()
    result.documents = documents
    result.entitiesByID = entitiesByID.filter { keep.contains($0.key) }
    result.relations = relations.filter { keep.contains($0.subject) && keep.contains($0.object) }
    result.statements = statements.compactMap { statement in
      if let speaker = statement.speaker, !keep.contains(speaker) { return nil }
      var trimmed = statement
      trimmed.about = statement.about.filter(keep.contains)
      trimmed.stance = statement.stance?.filter { keep.contains($0.key) }
      // Nothing left of it: no speaker, and every entity it was about dropped.
      if statement.speaker == nil, trimmed.about.isEmpty, !statement.about.isEmpty { return nil }
      if focus != nil, trimmed.about.isEmpty, statement.speaker != focus { return nil }
      return trimmed
    }
    if focus != nil {
      // Keep only entities still connected to something, plus the focus.
      var used: Set<String> = focus.map { [$0] } ?? []
      for relation in result.relations { used.formUnion([relation.subject, relation.object]) }
      for statement in result.statements {
        used.formUnion(statement.about)
        if let speaker = statement.speaker { used.insert(speaker) }
      }
      result.entitiesByID = result.entitiesByID.filter { used.contains($0.key) }
    }
    result.checkInvariants()
    return result
  }

  /// The entities ranked by importance: mentions plus degree.
  ///
  /// - Parameter limit: How many to return.
  /// - Returns: Up to `limit` entity ids, most important first.
  public func topEntities(limit: Int) -> [String] {
    var degree: [String: Int] = [:]
    for relation in relations {
      degree[relation.subject, default: 0] += 1
      degree[relation.object, default: 0] += 1
    }
    for statement in statements {
      if let speaker = statement.speaker { degree[speaker, default: 0] += 1 }
      for id in statement.about { degree[id, default: 0] += 1 }
    }
    return entitiesByID.values
      .map { ($0.id, $0.mentionCount + degree[$0.id, default: 0]) }
      .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
      .prefix(max(0, limit))
      .map(\.0)
  }
}
