extension KnowledgeGraph {
  /// Joins entities that different documents name differently: "Berg" and
  /// "Anna Berg", "Anna K. Berg" and "Anna Berg".
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
    // Full names by their first word, last word and one-word aliases.
    var fullByWord: [String: [Entity]] = [:]
    var singles: [(Entity, String)] = []
    for person in remaining {
      let words = Self.nameWords(person.name)
      if words.count == 1 {
        singles.append((person, words[0]))
        continue
      }
      guard let first = words.first, let last = words.last else { continue }
      var keys: Set<String> = [first, last]
      for alias in person.aliases {
        let key = NameKey(alias).value
        if !key.isEmpty, !key.contains(" ") { keys.insert(key) }
      }
      for key in keys { fullByWord[key, default: []].append(person) }
    }
    let context = NeighbourTable(self)
    for (person, word) in singles {
      let candidates = fullByWord[word] ?? []
      guard !candidates.isEmpty else { continue }
      if candidates.count == 1 {
        single.append(MergeDecision(from: person.id, into: candidates[0].id, reason: "\"\(person.name)\" is the only known short form of \"\(candidates[0].name)\""))
        continue
      }
      let own = context.neighbours(of: person.id)
      let scored = candidates.map { ($0, context.neighbours(of: $0.id).intersection(own).count) }.sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
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
      kept.mentionsPerDocument.merge(from.mentionsPerDocument, uniquingKeysWith: +)
      kept.firstSeen = [kept.firstSeen, from.firstSeen].compactMap { $0 }.min()
      kept.lastSeen = [kept.lastSeen, from.lastSeen].compactMap { $0 }.max()
      kept.documents = Array(Set(kept.documents).union(from.documents)).sorted()
      kept.date = kept.date ?? from.date
      kept.affiliation = kept.affiliation ?? from.affiliation
      kept.place = kept.place ?? from.place
      entitiesByID[into] = kept
    }
    for index in statements.indices {
      statements[index].speaker = statements[index].speaker.map(resolve)
      statements[index].about = Array(Set(statements[index].about.map(resolve))).sorted()
    }
    for index in relations.indices {
      relations[index].subject = resolve(relations[index].subject)
      relations[index].object = resolve(relations[index].object)
      relations[index].place = relations[index].place.map(resolve)
    }
    for id in entitiesByID.keys {
      if let affiliation = entitiesByID[id]?.affiliation { entitiesByID[id]?.affiliation = resolve(affiliation) }
      if let place = entitiesByID[id]?.place { entitiesByID[id]?.place = resolve(place) }
    }
    var seen = Set<Relation>()
    relations = relations.filter { $0.subject != $0.object && seen.insert($0).inserted }
  }
}

/// Which entities each entity is linked to: by relations, by statements
/// (speaker and topics), or by appearing in the same document. Built once,
/// so that comparing candidates costs no pass over the graph.
struct NeighbourTable {
  private var links: [String: Set<String>] = [:]
  private var documentsOf: [String: [String]] = [:]
  private var entitiesIn: [String: [String]] = [:]

  init(_ graph: KnowledgeGraph) {
    func link(_ a: String, _ b: String) {
      guard a != b else { return }
      links[a, default: []].insert(b)
      links[b, default: []].insert(a)
    }
    for relation in graph.relations { link(relation.subject, relation.object) }
    for statement in graph.statements {
      guard let speaker = statement.speaker else { continue }
      for topic in statement.about { link(speaker, topic) }
    }
    for entity in graph.entitiesByID.values {
      documentsOf[entity.id] = entity.documents
      for document in entity.documents { entitiesIn[document, default: []].append(entity.id) }
    }
  }

  /// The entities linked to one.
  func neighbours(of id: String) -> Set<String> {
    var result = links[id] ?? []
    for document in documentsOf[id] ?? [] { result.formUnion(entitiesIn[document] ?? []) }
    result.remove(id)
    return result
  }
}
