extension IdentityResolver {
  /// The least share of a name's documents that makes a more specific
  /// type win over the documents' more frequent guesses.
  static let specificShare = 0.2

  /// Gives one name one type where the documents disagree, by the
  /// strongest evidence there is:
  /// 1. the word lists: a name they know as a country, place or
  ///    organization is not a person, and a known organization is not a
  ///    place (but a known city may still be a club: a document that types
  ///    it as an organization keeps it so);
  /// 2. a team: where a document uses the name as a sports team's
  ///    (``readTeams(texts:)``), the documents that guessed a person name
  ///    the team too ("Man Utd"), and the teams count as organizations
  ///    below;
  /// 3. the shape of a person's name: an initial and a surname ("S
  ///    Williams"), or a given name that starts other people's names
  ///    ("Ron Howard");
  /// 4. a surname: one word that ends other people's full names, and that
  ///    some document types as a person ("Brown" typed as a place where the
  ///    word lists know no place of that name);
  /// 5. otherwise the most specific type at least a fifth of the documents
  ///    give: event, then organization, then place, then person (an unknown
  ///    capitalised name falls back to person in the recognizer, so a
  ///    majority of person guesses is weak evidence).
  /// Countries never change type: their names come from the word lists;
  /// nor do entities whose type the user's overrides set, nor places their
  /// documents use as teams (``readTeams(texts:)``), which count as an
  /// organization's evidence (a place the word lists know stays a place
  /// in the other documents, by step 1).
  mutating func reconcileTypes() {
    let statistics = NameStatistics(units)
    var byKey: [String: [Int]] = [:]
    for index in units.indices where units[index].type != .group && !dropped.contains(index) && !pinned.contains(index) {
      byKey[units[index].key, default: []].append(index)
    }
    for (key, indices) in byKey.sorted(by: { $0.key < $1.key }) where !key.isEmpty {
      var types = Set(indices.map { units[$0].type })
      let name = units[indices[0]].person
      let written = units[indices[0]].core
      if let known = knownTypes[key] {
        let target: EntityType = known.contains(.country) ? .country : known.contains(.location) ? .location : .organization
        for index in indices where units[index].type == .person
          || (units[index].type == .location && target == .organization)
        {
          retype(index, to: target, reason: "the word lists know \"\(written)\" as a \(target.rawValue)")
        }
        continue
      }
      guard types.count > 1 else { continue }
      if types.contains(.person), indices.contains(where: teams.contains) {
        for index in indices where units[index].type == .person {
          retype(index, to: .organization, reason: "a document uses \"\(written)\" as a team's name")
        }
        types = Set(indices.map { units[$0].type })
      }
      if types.contains(.person), name.isInitialled || (name.words.count >= 2 && statistics.isGivenName(name.first)) {
        for index in indices {
          retype(index, to: .person, reason: "\"\(written)\" has the shape of a person's name")
        }
        continue
      }
      if types.contains(.person), name.isSingle, statistics.isSurname(name.first) {
        for index in indices {
          retype(index, to: .person, reason: "\"\(written)\" is other people's surname and no known place")
        }
        continue
      }
      var documents: [EntityType: Set<Int>] = [:]
      for index in indices { documents[units[index].type, default: []].insert(units[index].document) }
      let total = Double(Set(indices.map { units[$0].document }).count)
      let specific: [EntityType] = [.event, .organization, .location, .person]
      guard let target = specific.first(where: { Double(documents[$0]?.count ?? 0) >= Self.specificShare * total })
      else { continue }
      for index in indices {
        retype(index, to: target, reason: "\(documents[target]?.count ?? 0) documents name \"\(written)\" as a \(target.rawValue)")
      }
    }
  }

  /// Sets a unit's type, except a country's, recording the reason when it
  /// changes.
  private mutating func retype(_ index: Int, to type: EntityType, reason: String) {
    guard units[index].type != type, units[index].type != .country, !teams.contains(index) else { return }
    units[index].type = type
    reasons[index, default: []].append(reason)
  }
}
