/// Decides which entities of different documents are one real-world entity,
/// and records why.
///
/// The unit is a ``DocumentEntity``: one entity as one document names it.
/// Resolution runs in steps, each in its own file:
/// 1. overrides from the user's file (types, aliases, drops); before
///    them, places their documents use as sports teams (`+Teams`);
/// 2. names without descriptors ("Tory MP Boris Johnson" is "Boris
///    Johnson", with the role "Tory MP") (`+Names`);
/// 3. one type per name where the documents disagree and the evidence
///    decides (`+Types`);
/// 4. names that identify on their own ("anchors": full names of people,
///    names of organizations, places and countries, events with their year)
///    join by name (`+Joins`), events by their year and place (`+Events`);
/// 5. names that do not ("dependents": a bare surname, an initial and
///    surname, an undated event that recurs) join the one anchor they can
///    name, or the one their document's other entities point to; a bare
///    first name joins nothing;
/// 6. an organization's name shortened word by word joins the one name it
///    shortens ("Man Utd", `+Abbreviations`).
/// Every join keeps its reason.
struct IdentityResolver {
  /// The extractions resolved, one per distinct text.
  let extractions: [Extraction]
  /// The user's corrections.
  let overrides: EntityOverrides
  /// The types the word lists give names, by ``NameKey``.
  let knownTypes: [String: Set<EntityType>]
  /// Every document entity.
  var units: [DocumentEntity] = []
  /// The units of each document.
  var unitsOf: [[Int]] = []
  /// Units an override drops.
  var dropped: Set<Int> = []
  /// Units whose type an override sets: reconciliation leaves them alone.
  var pinned: Set<Int> = []
  /// Places their documents use as sports teams' names, typed as
  /// organizations (``readTeams(texts:)``): reconciliation counts them as
  /// evidence but never changes their type.
  var teams: Set<Int> = []
  /// The titles documents write before one-word names of people, by unit
  /// (``readTitles(texts:)``).
  var titles: [Int: Set<String>] = [:]
  /// Words starting people's names that the texts mostly write in lower
  /// case (``CommonWords``); empty without texts.
  var commonWords: Set<String> = []
  /// Units that stay on their own because their name is ambiguous: each
  /// becomes an entity of its document only.
  var alone: Set<Int> = []
  /// Union-find: each unit's parent.
  var parent: [Int] = []
  /// The members of each cluster, by root.
  var members: [Int: [Int]] = [:]
  /// Why each unit is in its cluster, in the order the joins happened.
  var reasons: [Int: [String]] = [:]
  /// For each `never` rule: the units matching each side.
  var forbidden: [(Set<Int>, Set<Int>, String)] = []

  /// Prepares the units of some extractions.
  ///
  /// - Parameters:
  ///   - extractions: One extraction per distinct document text.
  ///   - overrides: The user's corrections.
  ///   - knownNames: The types the word lists give names.
  init(extractions: [Extraction], overrides: EntityOverrides, knownNames: [String: Set<EntityType>] = [:]) {
    self.extractions = extractions
    self.overrides = overrides
    var knownTypes: [String: Set<EntityType>] = [:]
    for (name, types) in knownNames {
      let key = NameKey(name).value
      if !key.isEmpty { knownTypes[key, default: []].formUnion(types) }
    }
    self.knownTypes = knownTypes
    unitsOf = Array(repeating: [], count: extractions.count)
    for (document, extraction) in extractions.enumerated() {
      for record in extraction.allEntities {
        unitsOf[document].append(units.count)
        units.append(
          DocumentEntity(
            document: document, localID: record.id, type: record.type, name: record.name,
            aliases: record.aliases, core: record.name, words: NameTokens(record.name).words,
            mentionCount: record.mentions.count, place: record.place))
        if record.type == .event { units[units.count - 1].year = Self.year(of: record) }
      }
    }
    parent = Array(units.indices)
    for index in units.indices { members[index] = [index] }
  }

  /// Runs every step.
  mutating func resolve() {
    applyOverrides()
    analyseNames()
    reconcileTypes()
    joinAnchors()
    joinEvents()
    joinDependents()
    joinAliases()
    joinAbbreviations()
  }

  // MARK: - Union-find

  /// The root of a unit's cluster.
  func root(_ unit: Int) -> Int {
    var current = unit
    while parent[current] != current { current = parent[current] }
    return current
  }

  /// Joins the cluster of `unit` into the cluster of `target`, recording
  /// the reason for every unit that moves; refused when a `never` rule
  /// forbids it.
  ///
  /// - Returns: Whether the clusters are now one.
  @discardableResult
  mutating func join(_ unit: Int, into target: Int, reason: String?) -> Bool {
    let from = root(unit)
    let into = root(target)
    guard from != into else { return true }
    let moving = members[from] ?? []
    let staying = members[into] ?? []
    for (left, right, _) in forbidden {
      let a = moving.contains(where: left.contains) && staying.contains(where: right.contains)
      let b = moving.contains(where: right.contains) && staying.contains(where: left.contains)
      if a || b { return false }
    }
    parent[from] = into
    members[into, default: []].append(contentsOf: moving)
    members[from] = nil
    if let reason {
      for member in moving { reasons[member, default: []].append(reason) }
    }
    return true
  }

  // MARK: - Overrides

  /// Applies the user's `type`, `alias` and `drop` rules to the units and
  /// prepares the `never` rules.
  mutating func applyOverrides() {
    guard !overrides.isEmpty else { return }
    for rule in overrides.rules {
      var matching: [Int] = []
      for index in units.indices {
        let unit = units[index]
        let documentID = extractions[unit.document].document.id
        guard rule.applies(in: documentID), rule.matches(name: unit.name, core: unit.core, id: unit.localID)
        else { continue }
        matching.append(index)
      }
      switch rule.action {
      case .drop:
        dropped.formUnion(matching)
      case .type(let type):
        pinned.formUnion(matching)
        for index in matching where units[index].type != type {
          units[index].type = type
          reasons[index, default: []].append("type set to \(type.rawValue) by \(rule.source)")
        }
      case .alias(let canonical):
        for index in matching {
          units[index].core = canonical
          units[index].words = NameTokens(canonical).words
          reasons[index, default: []].append("\"\(units[index].name)\" is \"\(canonical)\" by \(rule.source)")
        }
      case .never(let other):
        let otherSide = units.indices.filter { index in
          let unit = units[index]
          return rule.applies(in: extractions[unit.document].document.id)
            && EntityOverrides.Rule.matches(other, name: unit.name, core: unit.core, id: unit.localID)
        }
        forbidden.append((Set(matching), Set(otherSide), rule.source))
      }
    }
    // An alias takes the type of the entity it names.
    for rule in overrides.rules {
      guard case .alias(let canonical) = rule.action else { continue }
      var types: [EntityType: Int] = [:]
      for unit in units where EntityOverrides.Rule.matches(canonical, name: unit.name, core: unit.name, id: unit.localID) {
        types[unit.type, default: 0] += 1
      }
      guard let type = types.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
      for index in units.indices where NameKey(units[index].core) == NameKey(canonical) {
        units[index].type = type
      }
    }
  }

  // MARK: - Events

  /// The year of an event: a four-digit year in its name, else the start of
  /// an ISO date.
  static func year(of record: EntityRecord) -> String? {
    for word in NameTokens(record.name).words where isYear(word) { return word }
    if let date = record.date, date.unicodeScalars.count >= 4 {
      let prefix = String(date.unicodeScalars.prefix(4))
      if isYear(prefix) { return prefix }
    }
    return nil
  }

  /// Whether a word is a year from 1800 to 2099.
  static func isYear(_ word: String) -> Bool {
    guard word.unicodeScalars.count == 4, let value = Int(word) else { return false }
    return (1800...2099).contains(value)
  }
}
