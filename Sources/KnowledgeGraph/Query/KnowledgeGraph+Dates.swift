extension KnowledgeGraph {
  /// The part of the graph from documents dated within a range.
  ///
  /// Dates are compared as ISO 8601 text ("2025-02-13"), so a year or a month
  /// ("2025", "2025-02") works as a bound too: `until` includes every date
  /// that starts with it. Documents without a date are left out whenever a
  /// bound is given.
  /// - Parameters:
  ///   - since: The earliest date kept, or nil.
  ///   - until: The latest date kept, or nil.
  /// - Returns: The documents in range, their statements and relations, and
  ///   the entities they mention.
  public func dated(since: String? = nil, until: String? = nil) -> KnowledgeGraph {
    guard since != nil || until != nil else { return self }
    func inRange(_ date: String?) -> Bool {
      guard let date else { return false }
      if let since, date < since { return false }
      if let until, date > until, !date.hasPrefix(until) { return false }
      return true
    }
    let kept = Set(documents.filter { inRange($0.date) }.map(\.id))
    var result = KnowledgeGraph()
    result.documents = documents.filter { kept.contains($0.id) }
    result.statements = statements.filter { kept.contains($0.document) }
    result.relations = relations.filter { kept.contains($0.document) }
    for (id, entity) in entitiesByID {
      let documents = entity.documents.filter(kept.contains)
      guard !documents.isEmpty else { continue }
      var trimmed = entity
      trimmed.documents = documents
      trimmed.mentionsPerDocument = entity.mentionsPerDocument.filter { kept.contains($0.key) }
      trimmed.mentionCount = trimmed.mentionsPerDocument.values.reduce(0, +)
      result.entitiesByID[id] = trimmed
    }
    // Statements and relations only refer to entities of their documents.
    result.merges = merges.filter { result.entitiesByID[$0.into] != nil }
    result.assignments = assignments.filter { result.entitiesByID[$0.into] != nil }
    result.checkInvariants()
    return result
  }
}
