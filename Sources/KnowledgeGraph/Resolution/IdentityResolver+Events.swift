extension IdentityResolver {
  /// What tells one event from another of the same kind: the words of its
  /// name without year and place, its year and its place.
  struct EventSignature: Hashable {
    /// The name's words without the year and the place ("olympics").
    var base: [String]
    /// The year, when known.
    var year: String?
    /// The place's entity id, when known.
    var place: String?

    /// Whether `other` can be the same event, saying more: the same base
    /// (or a longer one ending with it: "rugby world cup" for "world
    /// cup"), the same year and place where this one has them, and at least
    /// one of them more.
    func isNarrowed(by other: EventSignature) -> Bool {
      guard !base.isEmpty, other.base.count >= base.count, Array(other.base.suffix(base.count)) == base else {
        return false
      }
      if let year, other.year != year { return false }
      if let place, other.place != place { return false }
      return (year == nil && other.year != nil) || (place == nil && other.place != nil)
        || other.base.count > base.count
    }
  }

  /// The signature of each event cluster: its units' year and place when
  /// they agree.
  func eventSignatures() -> [Int: EventSignature] {
    var years: [Int: Set<String>] = [:]
    var places: [Int: Set<String>] = [:]
    var words: [Int: [String]] = [:]
    for index in units.indices where units[index].type == .event && !dropped.contains(index) && units[index].isProperName {
      let cluster = root(index)
      if words[cluster] == nil { words[cluster] = units[index].words }
      if let year = units[index].year { years[cluster, default: []].insert(year) }
      if let place = units[index].place { places[cluster, default: []].insert(place) }
    }
    var signatures: [Int: EventSignature] = [:]
    for (cluster, name) in words {
      let year = years[cluster].flatMap { $0.count == 1 ? $0.first : nil }
      let place = places[cluster].flatMap { $0.count == 1 ? $0.first : nil }
      let placeWords = Set(place.map { id in NameTokens(String(id.split(separator: ":").last ?? "")).words } ?? [])
      let base = name.filter { !Self.isYear($0) && !placeWords.contains($0) }
      signatures[cluster] = EventSignature(base: base, year: year, place: place)
    }
    return signatures
  }

  /// Joins an event named with less to the one event named with more that
  /// it can be: "Sydney Olympics" and "2000 Olympics" to "2000 Sydney
  /// Olympics". Events whose years or places differ never join ("1998 World
  /// Cup" and "2006 World Cup"). An event several named ones fit ("World
  /// Cup" without a year) joins the one its document's other entities point
  /// to, or stays apart from all of them. Events named in lower case
  /// ("talks", "the election") are common nouns, not names: they join only
  /// the same words.
  mutating func joinEvents() {
    // Events named differently with one signature are one ("2000 Olympics"
    // held in Sydney and "2000 Sydney Olympics").
    var bySignature: [EventSignature: Int] = [:]
    for (cluster, signature) in eventSignatures().sorted(by: { $0.key < $1.key })
    where signature.year != nil || signature.place != nil {
      if let first = bySignature[signature] {
        join(cluster, into: first, reason: "\"\(units[cluster].core)\" has the name, year and place of \"\(units[first].core)\"")
      } else {
        bySignature[signature] = cluster
      }
    }
    let signatures = eventSignatures()
    var byLastWord: [String: [Int]] = [:]
    for (cluster, signature) in signatures {
      if let last = signature.base.last { byLastWord[last, default: []].append(cluster) }
    }
    let context = contextTable()
    var profiles: [Int: Set<Int>] = [:]
    // The least specific last, so that what they may join is whole.
    let order = signatures.keys.sorted {
      let a = signatures[$0]!
      let b = signatures[$1]!
      let specificity = { (s: EventSignature) in s.base.count + (s.year == nil ? 0 : 2) + (s.place == nil ? 0 : 2) }
      return (specificity(b), $0) < (specificity(a), $1)
    }
    for cluster in order {
      guard let signature = signatures[cluster], let last = signature.base.last else { continue }
      let wider = (byLastWord[last] ?? []).filter { other in
        other != cluster && signatures[other].map(signature.isNarrowed) == true
      }
      let candidates = Array(Set(wider.map(root))).sorted()
      guard !candidates.isEmpty else { continue }
      let written = units[cluster].core
      if candidates.count == 1 {
        join(cluster, into: candidates[0], reason: "\"\(written)\" can only be \"\(units[candidates[0]].core)\"")
        continue
      }
      for index in members[root(cluster)] ?? [] {
        if let (target, why) = choose(index, among: candidates, context: context, profiles: &profiles) {
          moveOut(index, into: target, reason: why)
        }
      }
    }
  }

  /// Moves one unit out of its cluster into another's.
  mutating func moveOut(_ index: Int, into target: Int, reason: String) {
    let from = root(index)
    guard from != root(target) else { return }
    let all = members[from] ?? []
    for member in all { parent[member] = from }
    let rest = all.filter { $0 != index }
    if from == index, let newRoot = rest.first {
      // The unit was its cluster's root: the rest get a root of their own.
      for member in rest { parent[member] = newRoot }
      members[newRoot] = rest
    } else if from != index {
      members[from] = rest
    }
    parent[index] = index
    members[index] = [index]
    join(index, into: target, reason: reason)
  }
}
