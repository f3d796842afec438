/// Answers questions from a graph in memory, with an index of every name
/// built once.
public struct GraphAnswerSource: AnswerSource, Sendable {
  /// The graph asked.
  public let graph: KnowledgeGraph
  /// Name keys to entity ids and how they match.
  private let index: [String: [(id: String, kind: EntityMatch.Kind)]]
  /// Documents by id.
  private let documents: [String: DocumentInfo]

  /// Indexes a graph's names: canonical names, other names, and every word
  /// of them.
  ///
  /// - Parameter graph: The graph.
  public init(graph: KnowledgeGraph) {
    self.graph = graph
    var index: [String: [(id: String, kind: EntityMatch.Kind)]] = [:]
    for entity in graph.entitiesByID.values {
      for (key, kind) in entity.lookupKeys { index[key, default: []].append((entity.id, kind)) }
    }
    self.index = index
    var documents: [String: DocumentInfo] = [:]
    for document in graph.documents { documents[document.id] = document }
    self.documents = documents
  }

  public func matches(for key: NameKey) -> [EntityMatch] {
    var result: [EntityMatch] = []
    for (id, kind) in index[key.value] ?? [] {
      if let entity = graph.entitiesByID[id] { result.append(EntityMatch(entity: entity, kind: kind)) }
    }
    return result
  }

  public func suggestions(for key: NameKey) -> [Entity] {
    let target = Array(key.value.unicodeScalars)
    guard target.count >= 3 else { return [] }
    var found: [String: (distance: Int, entity: Entity)] = [:]
    for (name, entries) in index {
      guard let distance = NameDistance.suggestion(target, name: name, key: key.value) else { continue }
      for entry in entries {
        guard let entity = graph.entitiesByID[entry.id] else { continue }
        if found[entity.id].map({ distance < $0.distance }) ?? true { found[entity.id] = (distance, entity) }
      }
    }
    return NameDistance.ranked(found)
  }

  public func statements(
    speaker: String?, speakerText: String?, topic: String?, names: [String], documents: Set<String>
  ) -> [Statement] {
    let speakerKey = speakerText.map(NameKey.init)
    return graph.statements.filter { statement in
      if let speaker, statement.speaker != speaker { return false }
      if let speakerKey, statement.speakerText.map({ NameKey($0) != speakerKey }) ?? true { return false }
      if let topic, !statement.about.contains(topic),
        !documents.contains(statement.document) || !statement.contentNames(any: names)
      {
        return false
      }
      return true
    }
  }

  public func entity(id: String) -> Entity? { graph.entitiesByID[id] }

  public func document(id: String) -> DocumentInfo? { documents[id] }
}

/// Edit distance between short names, for "did you mean".
package enum NameDistance {
  /// How far a stored name key is from a typed one, when close enough to
  /// suggest: one edit for names of up to four letters, two for longer
  /// ones; a name the typed one starts counts as one edit.
  package static func suggestion(_ target: [Unicode.Scalar], name: String, key: String) -> Int? {
    let allowed = target.count <= 4 ? 1 : 2
    let scalars = Array(name.unicodeScalars)
    if scalars.count > target.count, name.hasPrefix(key) { return 1 }
    guard abs(scalars.count - target.count) <= allowed else { return nil }
    let distance = distance(target, scalars, limit: allowed)
    return distance <= allowed ? distance : nil
  }

  /// Suggestions in order of mentions, each edit dividing them by four
  /// ("Blare" suggests Tony Blair, two edits and 500 mentions, before
  /// Clare Short, one edit and 60); five at most.
  package static func ranked(_ found: [String: (distance: Int, entity: Entity)]) -> [Entity] {
    func score(_ item: (distance: Int, entity: Entity)) -> Double {
      Double(item.entity.mentionCount) / Double(1 << (2 * item.distance))
    }
    return found.values.sorted { (-score($0), $0.entity.id) < (-score($1), $1.entity.id) }.prefix(5).map(\.entity)
  }

  /// The number of insertions, deletions or substitutions of one character
  /// that turn one name into the other; `limit + 1` once it exceeds
  /// `limit`.
  package static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    guard !a.isEmpty else { return min(b.count, limit + 1) }
    guard !b.isEmpty else { return min(a.count, limit + 1) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      var best = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        best = min(best, current[j])
      }
      if best > limit { return limit + 1 }
      previous = current
    }
    return min(previous[b.count], limit + 1)
  }
}
