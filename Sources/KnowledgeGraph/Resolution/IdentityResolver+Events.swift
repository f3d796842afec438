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

  /// An event unit's signature: the words of its name without year and
  /// place, and its own year and place.
  func eventSignature(_ index: Int) -> EventSignature {
    let unit = units[index]
    let placeWords = Set(unit.place.map { id in NameTokens(String(id.split(separator: ":").last ?? "")).words } ?? [])
    let base = unit.words.filter { !Self.isYear($0) && !placeWords.contains($0) }
    return EventSignature(base: base, year: unit.year, place: unit.place)
  }

  /// Joins events by what their names and documents say of them.
  ///
  /// Events with one signature are one, whatever their names ("2000
  /// Olympics" held in Sydney and "2000 Sydney Olympics"; a "World Cup" a
  /// document dates 1998 and the "1998 World Cup"). An event named with
  /// less joins the one event named with more that it can be: "Sydney
  /// Olympics" joins "2000 Sydney Olympics". Events whose years or places
  /// differ never join ("1998 World Cup" and "2006 World Cup"). An event
  /// several named ones fit ("World Cup" without a year, when the corpus
  /// names several) stays an event of its document only. Events named in
  /// lower case
  /// ("talks", "the election") are common nouns, not names: they join only
  /// the same words.
  mutating func joinEvents() {
    var signatures: [Int: EventSignature] = [:]
    var bySignature: [EventSignature: Int] = [:]
    var byKey: [String: Int] = [:]
    for index in units.indices where units[index].type == .event && !dropped.contains(index) {
      guard units[index].isProperName else {
        if let first = byKey[units[index].key] { join(index, into: first, reason: nil) } else { byKey[units[index].key] = index }
        continue
      }
      let signature = eventSignature(index)
      guard !signature.base.isEmpty else { continue }
      if let first = bySignature[signature] {
        let same = units[first].key == units[index].key
        join(index, into: first, reason: same ? nil : "\"\(units[index].core)\" has the name, year and place of \"\(units[first].core)\"")
      } else {
        bySignature[signature] = index
        signatures[index] = signature
      }
    }
    var byLastWord: [String: [Int]] = [:]
    for (group, signature) in signatures {
      if let last = signature.base.last { byLastWord[last, default: []].append(group) }
    }
    // The least specific last, so that what they may join is whole.
    func specificity(_ s: EventSignature) -> Int { s.base.count + (s.year == nil ? 0 : 2) + (s.place == nil ? 0 : 2) }
    let order = signatures.keys.sorted {
      (specificity(signatures[$1]!), $0) < (specificity(signatures[$0]!), $1)
    }
    for group in order {
      guard let signature = signatures[group], let last = signature.base.last else { continue }
      let wider = (byLastWord[last] ?? []).filter { other in
        other != group && signatures[other].map(signature.isNarrowed) == true
      }
      let candidates = Array(Set(wider.map(root))).sorted()
      guard !candidates.isEmpty else { continue }
      let written = units[group].core
      if candidates.count == 1 {
        join(group, into: candidates[0], reason: "\"\(written)\" can only be \"\(units[candidates[0]].core)\"")
        continue
      }
      // Which of several editions is not known: an event of each document
      // only. (The other entities of a document do not tell editions apart:
      // the same teams and players meet in each; a document may name one
      // edition and speak of another.)
      for index in members[root(group)] ?? [] { isolate(index) }
    }
  }

  /// Takes one unit out of its cluster to stand alone, as an entity of its
  /// document only.
  mutating func isolate(_ index: Int) {
    let from = root(index)
    let all = members[from] ?? []
    for member in all { parent[member] = from }
    let rest = all.filter { $0 != index }
    if from == index, let newRoot = rest.first {
      for member in rest { parent[member] = newRoot }
      members[newRoot] = rest
    } else if from != index {
      members[from] = rest
    }
    parent[index] = index
    members[index] = [index]
    reasons[index] = nil
    alone.insert(index)
  }
}
