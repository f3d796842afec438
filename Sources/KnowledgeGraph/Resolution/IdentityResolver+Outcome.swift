extension IdentityResolver {
  /// What resolution decided: the graph id of every document entity, each
  /// graph entity's names and roles, and the reasons.
  struct Outcome: Sendable {
    /// For each resolved document, its entities' graph ids by their own id
    /// (dropped entities are absent).
    var graphIDs: [[String: String]]
    /// Each graph entity's type.
    var types: [String: EntityType]
    /// Each graph entity's canonical name, other names, roles, how many
    /// documents name it, and whether it is one document's only (a name
    /// too ambiguous to join).
    var entities: [String: (name: String, aliases: [String], roles: [String], documents: Int, isLocal: Bool)]
    /// Joins of an id in every document that uses it.
    var merges: [MergeDecision]
    /// Joins that hold in some documents only.
    var assignments: [MergeDecision]

    /// A document's extraction in graph ids: records that became one entity
    /// are one record, dropped entities are gone, and statements and
    /// relations refer to the graph ids.
    ///
    /// - Parameters:
    ///   - extraction: The extraction (or a duplicate's, with the same ids).
    ///   - document: The index of the resolved document it corresponds to.
    /// - Returns: The rewritten extraction.
    func rewrite(_ extraction: Extraction, document: Int) -> Extraction {
      let map = graphIDs[document]
      let local = Set(extraction.allEntities.map(\.id))
      // A place may be given by the id it would have without being an
      // entity of the document ("Lima" inside "Lima Summit"): kept as is.
      func place(_ id: String?) -> String? { id.flatMap { map[$0] ?? (local.contains($0) ? nil : $0) } }
      var records: [String: EntityRecord] = [:]
      for record in extraction.allEntities {
        guard let id = map[record.id] else { continue }
        guard var existing = records[id] else {
          var copy = record
          copy.id = id
          copy.type = types[id] ?? record.type
          copy.affiliation = place(record.affiliation)
          copy.place = place(record.place)
          records[id] = copy
          continue
        }
        var names = Set(existing.aliases).union(record.aliases)
        names.insert(record.name)
        if record.name.unicodeScalars.count > existing.name.unicodeScalars.count { existing.name = record.name }
        names.remove(existing.name)
        existing.aliases = names.sorted()
        existing.mentions = (existing.mentions + record.mentions).sorted()
        existing.date = existing.date ?? record.date
        existing.affiliation = existing.affiliation ?? place(record.affiliation)
        existing.place = existing.place ?? place(record.place)
        records[id] = existing
      }
      var result = extraction
      let sorted = records.values.sorted { $0.id < $1.id }
      result.entities = sorted.filter { $0.type != .group }
      result.groups = sorted.filter { $0.type == .group }
      result.statements = extraction.statements.map { statement in
        var copy = statement
        if let speaker = statement.speaker?.entity { copy.speaker?.entity = map[speaker] }
        var seen = Set<String>()
        copy.about = statement.about.compactMap { map[$0] }.filter { seen.insert($0).inserted }
        copy.stance = statement.stance.map { Stance.renamed($0) { map[$0] } }
        return copy
      }
      result.relations = extraction.relations.compactMap { relation in
        guard let subject = map[relation.subject], let object = map[relation.object] else { return nil }
        var copy = relation
        copy.subject = subject
        copy.object = object
        copy.place = place(relation.place)
        return copy
      }
      return result
    }
  }

  /// Names the clusters, gives them ids and gathers the reasons.
  func outcome() -> Outcome {
    var clusters: [Int: [Int]] = [:]
    for index in units.indices where !dropped.contains(index) { clusters[root(index), default: []].append(index) }
    let documentID = { (unit: Int) in self.extractions[self.units[unit].document].document.id }
    let ordered = clusters.values.map { $0.sorted { (documentID($0), $0) < (documentID($1), $1) } }
      .sorted { (documentID($0[0]), units[$0[0]].localID) < (documentID($1[0]), units[$1[0]].localID) }
    var graphIDs = Array(repeating: [String: String](), count: extractions.count)
    var types: [String: EntityType] = [:]
    var entities: [String: (name: String, aliases: [String], roles: [String], documents: Int, isLocal: Bool)] = [:]
    var used = Set<String>()
    var finalOf: [Int: String] = [:]
    for cluster in ordered {
      let type = units[cluster[0]].type
      let name = canonicalName(of: cluster)
      var id = clusterID(cluster, type: type, name: name)
      if used.contains(id) {
        var counter = 2
        while used.contains("\(id)-\(counter)") { counter += 1 }
        id = "\(id)-\(counter)"
      }
      used.insert(id)
      types[id] = type
      var names = Set<String>()
      for member in cluster {
        names.insert(units[member].name)
        names.insert(units[member].core)
        names.formUnion(units[member].aliases)
      }
      names.remove(name)
      names.remove("")
      let roles = Set(cluster.compactMap { units[$0].role }).sorted()
      let documents = Set(cluster.map { units[$0].document }).count
      entities[id] = (name, names.sorted(), roles, documents, cluster.count == 1 && alone.contains(cluster[0]))
      for member in cluster {
        graphIDs[units[member].document][units[member].localID] = id
        finalOf[member] = id
      }
    }
    let (merges, assignments) = decisions(finalOf: finalOf, used: used)
    return Outcome(graphIDs: graphIDs, types: types, entities: entities, merges: merges, assignments: assignments)
  }

  /// The name a cluster is shown by: the form most documents use among the
  /// names that identify on their own (full names rather than surnames),
  /// then the most mentioned, then the longest.
  private func canonicalName(of cluster: [Int]) -> String {
    let anchors = cluster.filter { anchorKey($0) != nil }
    var pool = anchors.isEmpty ? cluster : anchors
    // An event is shown by a name with its year, when one has it.
    let dated = pool.filter { units[$0].type == .event && units[$0].words.contains(where: Self.isYear) }
    if !dated.isEmpty { pool = dated }
    var documents: [String: Set<Int>] = [:]
    var mentions: [String: Int] = [:]
    for member in pool {
      let core = units[member].core
      documents[core, default: []].insert(units[member].document)
      mentions[core, default: 0] += units[member].mentionCount
    }
    return documents.keys.max { a, b in
      let left = (documents[a]?.count ?? 0, mentions[a] ?? 0, a.unicodeScalars.count)
      let right = (documents[b]?.count ?? 0, mentions[b] ?? 0, b.unicodeScalars.count)
      return left != right ? left < right : a > b
    } ?? units[cluster[0]].core
  }

  /// A cluster's id: the slug of its type and name (a group keeps the id
  /// its documents give it); an entity of one document only, apart because
  /// its name is ambiguous, gets that document's slug appended.
  private func clusterID(_ cluster: [Int], type: EntityType, name: String) -> String {
    let slug = EntitySlug.id(type: type, name: name)
    let local = Set(cluster.map { units[$0].localID })
    var id = slug
    if type == .group, local.count == 1, let only = local.first, only.hasPrefix("group:") { id = only }
    if cluster.count == 1, alone.contains(cluster[0]) {
      let document = extractions[units[cluster[0]].document].document.id
      id += "-in-\(EntitySlug.slug(document))"
    }
    return id
  }

  /// The recorded joins: one decision per id, graph id and reason, with
  /// the documents it holds in when not all of them.
  private func decisions(finalOf: [Int: String], used: Set<String>) -> ([MergeDecision], [MergeDecision]) {
    struct Key: Hashable {
      var from: String
      var into: String
      var reason: String
    }
    var grouped: [Key: [String]] = [:]
    var finals: [String: Set<String>] = [:]
    var count: [String: Int] = [:]
    for (member, final) in finalOf {
      let unit = units[member]
      finals[unit.localID, default: []].insert(final)
      count[unit.localID, default: 0] += 1
      guard unit.localID != final else { continue }
      let reason = reasons[member]?.joined(separator: "; ") ?? joinedReason(member)
      grouped[Key(from: unit.localID, into: final, reason: reason), default: []]
        .append(extractions[unit.document].document.id)
    }
    var merges: [MergeDecision] = []
    var assignments: [MergeDecision] = []
    for (key, documents) in grouped {
      let everywhere = finals[key.from] == [key.into] && !used.contains(key.from)
      let sorted = documents.sorted()
      if everywhere {
        merges.append(
          MergeDecision(
            from: key.from, into: key.into, reason: key.reason,
            documents: documents.count == count[key.from] ? nil : sorted))
      } else {
        assignments.append(MergeDecision(from: key.from, into: key.into, reason: key.reason, documents: sorted))
      }
    }
    let order = { (a: MergeDecision, b: MergeDecision) in (a.from, a.into, a.reason) < (b.from, b.into, b.reason) }
    return (merges.sorted(by: order), assignments.sorted(by: order))
  }

  /// Why a unit that never moved shares its entity: what the first unit
  /// that joined it, under another id, was joined for.
  private func joinedReason(_ member: Int) -> String {
    let cluster = members[root(member)] ?? []
    for other in cluster where units[other].localID != units[member].localID {
      if let reason = reasons[other]?.first { return "one entity with \"\(units[other].core)\": \(reason)" }
    }
    return "one entity with \"\(units[cluster.first ?? member].core)\""
  }
}
