import NLPCore
import Lexicon

/// Joins a document's mentions into entities: names with their short forms,
/// demonyms and capitals with their countries, pronouns with their
/// antecedents, descriptions ("the alliance", "the president") with the
/// entity named before, and event nouns of one class into one event.
struct EntityResolver {
  let lexicon: Lexicon
  let document: Document
  /// The trained pronoun resolver, if the extraction has one; else pronouns
  /// go to the nearest agreeing person or group.
  var pronouns: (any PronounResolving)? = nil

  /// The document's entities, with each mention's `entity` set: named
  /// things first, then people, then each entity's roles and which single
  /// names to keep, then pronouns and descriptions.
  func resolve(_ mentions: inout [Mention]) -> [ResolvedEntity] {
    var table = EntityTable()
    resolveNamedThings(&mentions, &table)
    resolvePeople(&mentions, &table)
    var entities = table.entities
    recordRolesAndKeptNames(mentions, &entities)
    // Pronouns and descriptions point back to the entity named before, once
    // unconfirmed single names are dropped: a pronoun must not pick a stray
    // capitalised word and revive it as a person.
    resolveReferences(&mentions, &entities)
    return entities
  }

  /// The entities found so far, by key.
  private struct EntityTable {
    var entities: [ResolvedEntity] = []
    var byKey: [String: Int] = [:]
    /// Named events by the last word of their name ("summit").
    var namedEvents: [String: Int] = [:]

    /// The entity with `key`, made by `make` when there is none yet.
    mutating func entity(for key: String, _ make: () -> ResolvedEntity) -> Int {
      if let index = byKey[key] { return index }
      entities.append(make())
      byKey[key] = entities.count - 1
      return entities.count - 1
    }
  }

  /// Countries, places, organizations, named events, groups and event nouns.
  private func resolveNamedThings(_ mentions: inout [Mention], _ table: inout EntityTable) {
    for index in mentions.indices {
      let mention = mentions[index]
      var target: Int?
      switch (mention.kind, mention.type) {
      case (.name, .country), (.demonym, _), (.seat, _):
        let code = mention.countryCode ?? mention.canonical
        target = table.entity(for: "country:\(code)") {
          ResolvedEntity(type: .country, name: mention.canonical, code: code,
                         knownAliases: lexicon.countries[code]?.aliases.filter { !$0.contains(",") } ?? [])
        }
      case (.name, .location):
        target = table.entity(for: "location:\(mention.canonical.lowercased())") {
          ResolvedEntity(type: .location, name: mention.canonical, code: mention.countryCode)
        }
      case (.name, .organization):
        let known = knownOrganizationAliases(mention.canonical)
        target = table.entity(for: "organization:\(mention.canonical.lowercased())") {
          ResolvedEntity(type: .organization, name: mention.canonical, knownAliases: known)
        }
      case (.name, .event):
        let named = table.entity(for: "event:\(mention.canonical.lowercased())") {
          ResolvedEntity(type: .event, name: mention.canonical)
        }
        if let last = mention.canonical.lowercased().split(separator: " ").last, table.namedEvents[String(last)] == nil {
          table.namedEvents[String(last)] = named
        }
        target = named
      case (.eventNoun, _):
        // "the summit" joins a named summit of the same document.
        let head = mention.classKey ?? mention.canonical
        if let named = table.namedEvents[head] {
          target = named
        } else {
          target = table.entity(for: "event-class:\(head)") {
            ResolvedEntity(type: .event, name: mention.canonical)
          }
        }
      case (.group, _):
        target = table.entity(for: "group:\(mention.classKey ?? mention.canonical.lowercased())") {
          var group = ResolvedEntity(type: .group, name: mention.canonical)
          group.code = mention.countryCode
          return group
        }
      default:
        break
      }
      if let target { attach(index, to: target, &mentions, &table.entities) }
    }
  }

  /// People: full names first, then short names that match one.
  private func resolvePeople(_ mentions: inout [Mention], _ table: inout EntityTable) {
    for index in mentions.indices where mentions[index].kind == .name && mentions[index].type == .person {
      let words = mentions[index].canonical.split(separator: " ")
      guard words.count >= 2 else { continue }
      let target = table.entity(for: "person:\(mentions[index].canonical)") {
        ResolvedEntity(type: .person, name: mentions[index].canonical)
      }
      attach(index, to: target, &mentions, &table.entities)
    }
    var fullNamesByWord: [String: Int] = [:]
    for candidate in table.entities.indices where table.entities[candidate].type == .person {
      let words = table.entities[candidate].name.split(separator: " ")
      guard words.count >= 2, let first = words.first, let last = words.last else { continue }
      if fullNamesByWord[String(last)] == nil { fullNamesByWord[String(last)] = candidate }
      if fullNamesByWord[String(first)] == nil { fullNamesByWord[String(first)] = candidate }
    }
    for index in mentions.indices where mentions[index].kind == .name && mentions[index].type == .person
      && mentions[index].entity == nil
    {
      let word = mentions[index].canonical
      if let match = fullNamesByWord[word] {
        attach(index, to: match, &mentions, &table.entities)
        continue
      }
      let target = table.entity(for: "person:\(word)") { ResolvedEntity(type: .person, name: word) }
      attach(index, to: target, &mentions, &table.entities)
    }
  }

  /// Each entity's roles and group affiliation, and which single names to
  /// keep (those with a second mention, a role or a reporting verb).
  private func recordRolesAndKeptNames(_ mentions: [Mention], _ entities: inout [ResolvedEntity]) {
    let mentionIndex = MentionIndex(mentions)
    for index in mentions.indices {
      let mention = mentions[index]
      guard let target = mention.entity else { continue }
      if let title = mention.title, mention.kind == .name {
        entities[target].roles.append((title, mention.titleCountry, index))
      }
      if mention.type == .group, entities[target].affiliation == nil {
        entities[target].affiliation = mentionIndex.inside(mention.tokens, of: mentions).first {
          (mentions[$0].type == .country || mentions[$0].type == .organization) && mentions[$0].entity != nil
        }.flatMap { mentions[$0].entity }
      }
    }
    for target in entities.indices where entities[target].type == .person {
      let isSingleWord = !entities[target].name.contains(" ")
      let named = entities[target].mentions.filter { mentions[$0].kind == .name }
      if isSingleWord && named.count < 2 && entities[target].roles.isEmpty
        && !named.contains(where: { isFollowedByReportingVerb(mentions[$0]) })
      {
        entities[target].isKept = false
      }
    }
  }

  /// Pronouns, pairs ("the two") and descriptions, resolved to the entities
  /// named before them.
  private func resolveReferences(_ mentions: inout [Mention], _ entities: inout [ResolvedEntity]) {
    var genders = GenderMemo()
    // Roles are all known by now: each person's titles, lower-cased, once.
    let roleTitles = entities.map { Set($0.roles.map { $0.title.lowercased() }) }
    // The trained resolver runs once, when the rule first finds nothing.
    var model: [Int?]?? = nil
    for index in mentions.indices where mentions[index].entity == nil {
      switch mentions[index].kind {
      case .pronoun:
        // The nearest agreeing person or group first; the trained resolver
        // for the pronouns that rule leaves alone.
        mentions[index].entity = antecedent(of: index, in: mentions, entities: entities, genders: &genders)
        if mentions[index].entity == nil, pronouns != nil {
          if model == nil { model = modelAntecedents(mentions) }
          mentions[index].entity = modelAntecedent(of: index, model ?? nil, in: mentions, entities: entities, genders: &genders)
        }
      case .pair:
        let pair = lastTwoPeople(before: index, in: mentions, entities: entities)
        if pair.count == 2 {
          mentions[index].coreferents = pair
          mentions[index].entity = pair[0]
        }
      case .description:
        if let target = describedEntity(index, mentions, entities, roleTitles: roleTitles) {
          attach(index, to: target, &mentions, &entities)
        }
      default:
        break
      }
    }
  }

  private func attach(_ index: Int, to target: Int, _ mentions: inout [Mention], _ entities: inout [ResolvedEntity]) {
    mentions[index].entity = target
    entities[target].mentions.append(index)
    if mentions[index].kind != .pronoun { entities[target].addSurface(mentions[index].text) }
  }

  private func knownOrganizationAliases(_ name: String) -> [String] {
    (lexicon.organizationAliases[name] ?? []).filter { $0 != name }
  }

  /// The entity a pronoun refers to: the nearest person (or group, for
  /// "they") before it, within the sentence or the two before; "he" and
  /// "she" skip a person whose title or given name says otherwise.
  private func antecedent(
    of index: Int, in mentions: [Mention], entities: [ResolvedEntity], genders: inout GenderMemo
  ) -> Int? {
    let pronoun = mentions[index]
    let plural = pronoun.type == .group
    let wanted = GenderCues.gender(ofPronoun: pronoun.text.lowercased())
    let sentence = document.sentenceIndex(ofToken: pronoun.tokens.lowerBound)
    var candidate = index - 1
    while candidate >= 0 {
      let mention = mentions[candidate]
      if sentence - document.sentenceIndex(ofToken: mention.tokens.lowerBound) > 2 { break }
      if let target = mention.entity, entities[target].isKept, mention.tokens.upperBound <= pronoun.tokens.lowerBound {
        let type = entities[target].type
        if !plural && type == .person {
          if let wanted, let known = genders.gender(of: target, entities, mentions), known != wanted {
            candidate -= 1
            continue
          }
          return target
        }
        if plural && (type == .group || type == .organization) { return target }
      }
      candidate -= 1
    }
    return nil
  }

  /// People's genders, as a title or a common given name states them,
  /// remembered between pronouns: an entity's roles and name are read once,
  /// and its mentions (only ever added at the end) each once.
  struct GenderMemo {
    struct Entry {
      /// The gender of the first role whose title states one.
      var role: GenderCues.Gender?
      /// How many of the entity's mentions were read for a title.
      var read = 0
      /// The gender of the first mention whose title states one.
      var titled: GenderCues.Gender?
      /// The gender of a two-word name's given name.
      var name: GenderCues.Gender?
    }

    var entries: [Int: Entry] = [:]

    /// A person's gender: from the first gendered title of their roles, else
    /// of their mentions, else from their given name; nil when none tells.
    mutating func gender(of target: Int, _ entities: [ResolvedEntity], _ mentions: [Mention]) -> GenderCues.Gender? {
      let entity = entities[target]
      var entry = entries[target] ?? Entry(
        role: entity.roles.lazy.compactMap { GenderCues.gender(ofTitle: $0.title) }.first,
        name: entity.name.contains(" ") ? entity.name.split(separator: " ").first.flatMap(GenderCues.gender(ofGivenName:)) : nil)
      while entry.role == nil, entry.titled == nil, entry.read < entity.mentions.count {
        if let title = mentions[entity.mentions[entry.read]].title { entry.titled = GenderCues.gender(ofTitle: title) }
        entry.read += 1
      }
      entries[target] = entry
      return entry.role ?? entry.titled ?? entry.name
    }
  }

  /// The two people named last before a plural reference, within the
  /// sentence or the one before; fewer when there are not two.
  private func lastTwoPeople(before index: Int, in mentions: [Mention], entities: [ResolvedEntity]) -> [Int] {
    let sentence = document.sentenceIndex(ofToken: mentions[index].tokens.lowerBound)
    var found: [Int] = []
    var candidate = index - 1
    while candidate >= 0, found.count < 2 {
      let mention = mentions[candidate]
      if sentence - document.sentenceIndex(ofToken: mention.tokens.lowerBound) > 1 { break }
      if mention.kind == .name, let target = mention.entity, entities[target].isKept, entities[target].type == .person,
        !found.contains(target)
      {
        found.append(target)
      }
      candidate -= 1
    }
    return found
  }

  private func describedEntity(
    _ index: Int, _ mentions: [Mention], _ entities: [ResolvedEntity], roleTitles: [Set<String>]
  ) -> Int? {
    let mention = mentions[index]
    var candidate = index - 1
    // Look back a bounded distance: descriptions refer to something recent.
    while candidate >= max(0, index - 200) {
      if let target = mentions[candidate].entity {
        let entity = entities[target]
        if mention.type == .organization, entity.type == .organization {
          let names = lexicon.organizationDescriptors[mention.canonical] ?? []
          if names.isEmpty || names.contains(entity.name) { return target }
        }
        if mention.type == .person, entity.type == .person,
          roleTitles[target].contains(mention.canonical)
            || mentions[candidate].title?.lowercased() == mention.canonical
        {
          return target
        }
      }
      candidate -= 1
    }
    return nil
  }

  private func isFollowedByReportingVerb(_ mention: Mention) -> Bool {
    var next = mention.tokens.upperBound
    while next < document.tokenCount, WordLists.auxiliariesAndAdverbs.contains(document.text(in: document.tokenTable[next].range).lowercased()) {
      next += 1
    }
    guard next < document.tokenCount else { return false }
    return lexicon.reportingVerbs[document.text(in: document.tokenTable[next].range).lowercased()] != nil
  }
}
