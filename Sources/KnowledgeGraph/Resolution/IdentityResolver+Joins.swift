extension IdentityResolver {
  /// The least context evidence that picks one candidate: about one shared
  /// entity named in a twentieth of the documents.
  static let minimumEvidence = 3.0
  /// How much more evidence the chosen candidate needs than the next one.
  static let evidenceMargin = 2.0

  // MARK: - Anchors

  /// The key under which a unit joins others by name alone, or nil for a
  /// name that does not identify on its own (a bare surname, an initial and
  /// surname).
  func anchorKey(_ index: Int) -> String? {
    let unit = units[index]
    switch unit.type {
    case .group:
      return "group|\(unit.localID)"
    case .person:
      let name = unit.person
      return name.isFull ? "person|\(name.withoutMiddleInitials)" : nil
    default:
      return unit.words.isEmpty ? "\(unit.type.rawValue)#\(unit.localID)" : "\(unit.type.rawValue)|\(unit.key)"
    }
  }

  /// Joins the units whose names identify on their own and are equal:
  /// the same full name of a person (middle initials aside, descriptors
  /// removed), the same name of an organization, place or country (events
  /// join by their year and place, in `joinEvents`).
  mutating func joinAnchors() {
    var first: [String: Int] = [:]
    for index in units.indices where !dropped.contains(index) && units[index].type != .event {
      guard let key = anchorKey(index) else { continue }
      guard let earlier = first[key] else {
        first[key] = index
        continue
      }
      join(index, into: earlier, reason: sameNameReason(index, earlier))
    }
  }

  /// Why two units with one anchor key are one entity; nil when the
  /// documents already gave them one id.
  private func sameNameReason(_ index: Int, _ other: Int) -> String? {
    let unit = units[index]
    let kept = units[other]
    if unit.localID == kept.localID { return nil }
    if unit.type == .person, unit.words != kept.words {
      return "same name apart from middle initials (\"\(unit.core)\" and \"\(kept.core)\")"
    }
    return "same name as \"\(kept.core)\""
  }

  // MARK: - Dependents

  /// The clusters each document names, counting only names that identify
  /// on their own.
  func contextTable() -> ContextTable {
    var clustersIn = Array(repeating: Set<Int>(), count: extractions.count)
    for index in units.indices where !dropped.contains(index) && anchorKey(index) != nil {
      clustersIn[units[index].document].insert(root(index))
    }
    return ContextTable(clustersIn: clustersIn)
  }

  /// Joins bare surnames and initialled names to the full name they
  /// shorten.
  ///
  /// - An initial joins only a full name it agrees with ("B Cohen" → "Ben
  ///   Cohen", never "S Williams" → "Martyn Williams").
  /// - A surname or initialled name that only one full name fits joins it.
  /// - When several fit, a title the document writes before the name
  ///   decides when only one of them is called so ("President Bush" and
  ///   "the president"); otherwise the document's other entities decide (the one
  ///   whose documents share the most, and clearly more, rare entities with
  ///   it); when they do not, it joins none and stays an entity of its
  ///   document.
  /// - A bare first name (a word that starts several people's names, as
  ///   "Harry", and ends none) joins nothing, not even the same first name
  ///   in another document.
  /// - Names no full name fits join each other.
  mutating func joinDependents() {
    var representative: [Int: PersonName] = [:]
    var bySurname: [String: [Int]] = [:]
    var byGiven: [String: [Int]] = [:]
    for index in units.indices where units[index].type == .person && !dropped.contains(index) {
      let name = units[index].person
      guard name.isFull else { continue }
      let cluster = root(index)
      guard representative[cluster] == nil else { continue }
      representative[cluster] = name
      bySurname[name.surname, default: []].append(cluster)
      byGiven[name.first, default: []].append(cluster)
    }
    var dependents: [String: [Int]] = [:]
    for index in units.indices where units[index].type == .person && !dropped.contains(index) {
      let name = units[index].person
      if !name.isFull, !name.words.isEmpty { dependents[name.words.joined(separator: " "), default: []].append(index) }
    }
    let statistics = NameStatistics(units)
    let context = contextTable()
    var profiles: [Int: Set<Int>] = [:]
    for (_, indices) in dependents.sorted(by: { $0.key < $1.key }) {
      let name = units[indices[0]].person
      var candidates: [Int]
      var firstNameOnly = false
      if name.isInitialled {
        candidates = (bySurname[name.surname] ?? []).filter { representative[$0].map(name.initialAgrees) ?? false }
      } else {
        let surnames = bySurname[name.surname] ?? []
        let given = statistics.isGivenName(name.first) ? byGiven[name.first] ?? [] : []
        candidates = surnames + given.filter { !surnames.contains($0) }
        firstNameOnly = surnames.isEmpty && !given.isEmpty
      }
      let written = units[indices[0]].core
      if candidates.isEmpty {
        for index in indices.dropFirst() {
          join(index, into: indices[0], reason: sameNameReason(index, indices[0]))
        }
        continue
      }
      if firstNameOnly {
        alone.formUnion(indices)
        continue
      }
      if candidates.count == 1 {
        let target = candidates[0]
        let full = units[target].core
        let why = name.isInitialled
          ? "\"\(written)\": the only full name its initial agrees with is \"\(full)\""
          : "\"\(written)\" is the only known short form of \"\(full)\""
        for index in indices { join(index, into: target, reason: why) }
        continue
      }
      for index in indices {
        if let (target, why) = titled(index, among: candidates)
          ?? choose(index, among: candidates, context: context, profiles: &profiles)
        {
          join(index, into: target, reason: why)
        } else {
          alone.insert(index)
        }
      }
    }
  }

  /// The candidate a unit's document points to, with the reason, or nil
  /// when the evidence is too weak or too close.
  func choose(
    _ index: Int, among candidates: [Int], context: ContextTable, profiles: inout [Int: Set<Int>]
  ) -> (Int, String)? {
    let document = units[index].document
    let excluded = Set(candidates.map(root))
    var scored: [(cluster: Int, score: Double, shared: [Int])] = []
    for candidate in Set(candidates.map(root)).sorted() {
      if profiles[candidate] == nil { profiles[candidate] = context.profile(of: candidate) }
      let evidence = context.evidence(
        document: document, candidate: candidate, profile: profiles[candidate] ?? [], excluding: excluded)
      scored.append((candidate, evidence.score, evidence.shared))
    }
    scored.sort { ($1.score, $0.cluster) < ($0.score, $1.cluster) }
    guard let best = scored.first, best.score >= Self.minimumEvidence else { return nil }
    let second = scored.count > 1 ? scored[1].score : 0
    guard best.score.isInfinite ? !second.isInfinite : best.score >= Self.evidenceMargin * second else { return nil }
    let written = units[index].core
    let target = units[best.cluster].core
    if best.score.isInfinite {
      return (best.cluster, "\"\(written)\" appears in a document that names \"\(target)\"")
    }
    let names = best.shared.prefix(3).map { "\"\(units[$0].core)\"" }.joined(separator: ", ")
    let others = scored.dropFirst().prefix(2).map { "\"\(units[$0.cluster].core)\"" }.joined(separator: ", ")
    return (
      best.cluster,
      "\"\(written)\" shares \(best.shared.count) related entities (\(names)) with \"\(target)\", more than with \(others)"
    )
  }

  // MARK: - Aliases

  /// Joins an organization, place or country named only by what another
  /// entity of its type, with a name as long or longer, gives as an alias
  /// ("Labour" and "Labour Party"), when exactly one entity gives it.
  mutating func joinAliases() {
    var aliasOwners: [String: Set<Int>] = [:]
    var nameOf: [Int: (String, EntityType)] = [:]
    for index in units.indices where !dropped.contains(index) && !alone.contains(index) {
      let unit = units[index]
      guard unit.type != .person, unit.type != .group, unit.type != .event, !unit.words.isEmpty else { continue }
      let cluster = root(index)
      if nameOf[cluster] == nil { nameOf[cluster] = (unit.key, unit.type) }
      for alias in unit.aliases {
        let key = NameKey(alias).value
        if !key.isEmpty, key != unit.key { aliasOwners["\(unit.type.rawValue)|\(key)", default: []].insert(cluster) }
      }
    }
    for (cluster, (key, type)) in nameOf.sorted(by: { $0.key < $1.key }) {
      guard let owners = aliasOwners["\(type.rawValue)|\(key)"]?.subtracting([cluster]), owners.count == 1,
        let owner = owners.first, let ownerName = nameOf[owner]?.0,
        ownerName.split(separator: " ").count >= key.split(separator: " ").count
      else { continue }
      join(cluster, into: owner, reason: "\"\(units[cluster].core)\" is another name of \"\(units[owner].core)\"")
    }
  }
}
