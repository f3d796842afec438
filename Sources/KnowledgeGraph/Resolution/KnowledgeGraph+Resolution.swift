extension KnowledgeGraph {
  /// Joins entities that different documents name differently: "Putin" and
  /// "Vladimir Putin", "Vladimir V. Putin" and "Vladimir Putin".
  ///
  /// Each document's extraction already joins short and full names within
  /// itself; this does the same across documents, carefully:
  /// - people whose names are equal once middle initials are dropped are
  ///   one person;
  /// - a one-word name joins the only full name ending (or starting) with it;
  ///   when several full names share it ("Bush"), it joins the one whose
  ///   documents share the most other entities with it, and stays apart when
  ///   nothing tells them apart;
  /// - entities of different types never join ("Paris" the city and "Paris
  ///   Hilton" stay apart).
  /// Every join is recorded in ``merges``.
  /// - Returns: The decisions taken, in id order.
  @discardableResult
  public mutating func resolveAcrossDocuments() -> [MergeDecision] {
    var decisions: [MergeDecision] = []
    let people = entitiesByID.values.filter { $0.type == .person }.sorted { $0.id < $1.id }
    // 1. Same name without middle initials.
    var byFullKey: [String: [Entity]] = [:]
    for person in people where Self.nameWords(person.name).count >= 2 {
      byFullKey[Self.nameWords(person.name).filter { $0.count > 1 }.joined(separator: " "), default: []].append(person)
    }
    for (_, group) in byFullKey.sorted(by: { $0.key < $1.key }) where group.count > 1 {
      let keep = group.max { ($0.mentionCount, $1.id) < ($1.mentionCount, $0.id) } ?? group[0]
      for other in group where other.id != keep.id {
        decisions.append(MergeDecision(from: other.id, into: keep.id, reason: "same name apart from middle initials (\"\(other.name)\" and \"\(keep.name)\")"))
      }
    }
    apply(decisions)
    // 2. One-word names.
    var single: [MergeDecision] = []
    let remaining = entitiesByID.values.filter { $0.type == .person }.sorted { $0.id < $1.id }
    let full = remaining.filter { Self.nameWords($0.name).count >= 2 }
    for person in remaining where Self.nameWords(person.name).count == 1 {
      let word = Self.nameWords(person.name)[0]
      let candidates = full.filter { candidate in
        let words = Self.nameWords(candidate.name)
        return words.last == word || words.first == word || candidate.aliases.contains { NameKey($0).value == word }
      }
      guard !candidates.isEmpty else { continue }
      if candidates.count == 1 {
        single.append(MergeDecision(from: person.id, into: candidates[0].id, reason: "\"\(person.name)\" is the only known short form of \"\(candidates[0].name)\""))
        continue
      }
      let context = neighbours(of: person.id)
      let scored = candidates.map { ($0, neighbours(of: $0.id).intersection(context).count) }.sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
      if scored[0].1 > 0, scored[0].1 > scored[1].1 {
        single.append(MergeDecision(
          from: person.id, into: scored[0].0.id,
          reason: "\"\(person.name)\" shares \(scored[0].1) related entities with \"\(scored[0].0.name)\", more than with \(candidates.count - 1) other \(person.name)s"))
      }
    }
    apply(single)
    decisions += single
    merges = (merges + decisions).sorted { ($0.from, $0.into) < ($1.from, $1.into) }
    checkInvariants()
    return decisions.sorted { ($0.from, $0.into) < ($1.from, $1.into) }
  }

  /// The merges that explain an entity: those into it and, recursively,
  /// into what was merged into it.
  ///
  /// - Parameter id: An entity id.
  /// - Returns: The decisions, in id order.
  public func mergeHistory(of id: String) -> [MergeDecision] {
    var result: [MergeDecision] = []
    var frontier: Set<String> = [id]
    while !frontier.isEmpty {
      let step = merges.filter { frontier.contains($0.into) && !result.contains($0) }
      result += step
      frontier = Set(step.map(\.from))
    }
    return result.sorted { ($0.from, $0.into) < ($1.from, $1.into) }
  }

  /// The words of a name, normalised, without initials' periods.
  static func nameWords(_ name: String) -> [String] {
    NameKey(name).value.split(separator: " ").map(String.init)
  }

  /// The entities linked to one by relations or statements.
  func neighbours(of id: String) -> Set<String> {
    var result = Set<String>()
    for relation in relations where relation.subject == id || relation.object == id {
      result.insert(relation.subject == id ? relation.object : relation.subject)
    }
    for statement in statements {
      if statement.speaker == id { result.formUnion(statement.about) }
      if statement.about.contains(id), let speaker = statement.speaker { result.insert(speaker) }
    }
    // Co-mention in a document counts too.
    guard let documents = entitiesByID[id]?.documents else { return result }
    let set = Set(documents)
    for entity in entitiesByID.values where entity.id != id && !set.isDisjoint(with: entity.documents) {
      result.insert(entity.id)
    }
    result.remove(id)
    return result
  }

  /// Joins entities and rewrites every reference.
  mutating func apply(_ decisions: [MergeDecision]) {
    guard !decisions.isEmpty else { return }
    var target: [String: String] = [:]
    for decision in decisions { target[decision.from] = decision.into }
    func resolve(_ id: String) -> String {
      var current = id
      var steps = 0
      while let next = target[current], steps < 16 {
        current = next
        steps += 1
      }
      return current
    }
    for decision in decisions {
      guard let from = entitiesByID.removeValue(forKey: decision.from) else { continue }
      let into = resolve(decision.into)
      guard var kept = entitiesByID[into] else {
        entitiesByID[decision.from] = from
        continue
      }
      var names = Set(kept.aliases).union(from.aliases)
      names.insert(from.name)
      names.remove(kept.name)
      kept.aliases = names.sorted()
      kept.mentionCount += from.mentionCount
      kept.documents = Array(Set(kept.documents).union(from.documents)).sorted()
      kept.date = kept.date ?? from.date
      kept.affiliation = kept.affiliation ?? from.affiliation
      entitiesByID[into] = kept
    }
    for index in statements.indices {
      statements[index].speaker = statements[index].speaker.map(resolve)
      statements[index].about = Array(Set(statements[index].about.map(resolve))).sorted()
    }
    for index in relations.indices {
      relations[index].subject = resolve(relations[index].subject)
      relations[index].object = resolve(relations[index].object)
    }
    for id in entitiesByID.keys {
      if let affiliation = entitiesByID[id]?.affiliation { entitiesByID[id]?.affiliation = resolve(affiliation) }
    }
    var seen = Set<Relation>()
    relations = relations.filter { $0.subject != $0.object && seen.insert($0).inserted }
  }
}
