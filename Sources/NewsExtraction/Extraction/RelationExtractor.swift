import NLPCore
import Lexicon

/// Finds typed relations between a document's entities: roles from titles
/// ("Chilean President Anna Berg"), verbs between named entities
/// ("Iraq invaded Kuwait"), coordinated objects ("calls with A and B"),
/// membership lists ("EU members, including A, B and C"), possessive and
/// locative parts ("Spain's northern Basque region", "a summit in
/// Lima"), and nominal events ("Iraq's invasion of Kuwait"). Coordinated
/// subjects and objects give one relation each ("A and B invaded C");
/// a date or place the clause states ("in Geneva on March 3") goes with
/// the relation, the date normalised against the document's date.
struct RelationExtractor {
  let lexicon: Lexicon
  let document: Document
  let mentions: [Mention]
  let entities: [ResolvedEntity]
  let mentionStartingAt: TokenIndexMap
  let mentionEndingAt: TokenIndexMap
  let mentionIndex: MentionIndex
  /// Country entities by ISO code.
  let countryByCode: [String: Int]
  /// The document's date, for relative dates.
  let reference: ReferenceDate?
  /// The tokens where a date may start.
  let dateStarts: [Int]
  /// The parse, indexed, when the models ran.
  let tree: ParseTree?

  init(
    lexicon: Lexicon, document: Document, mentions: [Mention], entities: [ResolvedEntity],
    reference: ReferenceDate? = nil, tree: ParseTree? = nil
  ) {
    self.lexicon = lexicon
    self.tree = tree
    self.reference = reference
    self.document = document
    self.mentions = mentions
    self.entities = entities
    var starting = TokenIndexMap(tokenCount: document.tokenCount)
    var ending = TokenIndexMap(tokenCount: document.tokenCount)
    for (index, mention) in mentions.enumerated() {
      guard let entity = mention.entity, entities[entity].isKept else { continue }
      if let other = starting[mention.tokens.lowerBound], mentions[other].tokens.count >= mention.tokens.count {} else {
        starting[mention.tokens.lowerBound] = index
      }
      if let other = ending[mention.tokens.upperBound - 1], mentions[other].tokens.count >= mention.tokens.count {} else {
        ending[mention.tokens.upperBound - 1] = index
      }
    }
    mentionStartingAt = starting
    mentionEndingAt = ending
    mentionIndex = MentionIndex(mentions)
    var countries: [String: Int] = [:]
    for (index, entity) in entities.enumerated() where entity.type == .country {
      if let code = entity.code, countries[code] == nil { countries[code] = index }
    }
    countryByCode = countries
    dateStarts = DateFinder.possibleStarts(in: document, lexicon: lexicon)
  }

  /// Verb forms and the predicate they express.
  static let verbs: WordMap<Predicate> = [
    "invaded": .invaded, "invade": .invaded, "invades": .invaded, "invading": .invaded,
    "occupied": .occupied, "occupy": .occupied, "occupies": .occupied, "occupying": .occupied,
    "annexed": .occupied, "annex": .occupied, "annexes": .occupied, "seized": .occupied,
    "attacked": .attacked, "attack": .attacked, "attacks": .attacked, "struck": .attacked,
    "bombed": .attacked, "shelled": .attacked,
    "ousted": .ousted, "oust": .ousted, "ousts": .ousted, "toppled": .ousted, "overthrew": .ousted,
    "deposed": .ousted,
    "met": .met, "meet": .met, "meets": .met, "meeting": .met,
    "called": .called, "phoned": .called, "telephoned": .called, "calls": .called, "call": .called,
    "criticized": .criticized, "criticised": .criticized, "criticizes": .criticized,
    "criticises": .criticized, "condemned": .criticized, "denounced": .criticized, "slammed": .criticized,
    "supported": .supported, "supports": .supported, "backed": .supported, "backs": .supported,
    "endorsed": .supported,
    "opposed": .opposed, "opposes": .opposed, "rejected": .opposed,
    "attended": .participatedIn, "attends": .participatedIn, "joined": .participatedIn,
  ]

  func lower(_ i: Int) -> String { document.lowercasedWord(i) }
  func entity(_ mention: Int) -> Int? { mentions[mention].entity }
  func type(_ mention: Int) -> EntityType? { entity(mention).map { entities[$0].type } }

  func extract() -> [RelationDraft] {
    var drafts: [RelationDraft] = roles()
    for sentence in document.sentenceTable {
      drafts.append(contentsOf: verbRelations(in: sentence))
      drafts.append(contentsOf: membership(in: sentence))
    }
    drafts.append(contentsOf: parts())
    drafts.append(contentsOf: RelationPatterns.find(in: patternContext, after: drafts))
    // Text order; roles first within a position, as they were found.
    drafts = drafts.enumerated().sorted {
      ($0.element.evidence.lowerBound, $0.offset) < ($1.element.evidence.lowerBound, $1.offset)
    }.map(\.element)
    return drafts.filter { $0.subject != $0.object }
  }

  /// What the patterns of `Relations/Patterns` read.
  var patternContext: PatternContext {
    PatternContext(
      lexicon: lexicon, document: document, tree: tree, mentions: mentions, entities: entities,
      mentionStartingAt: mentionStartingAt, mentionEndingAt: mentionEndingAt, mentionIndex: mentionIndex)
  }

  // MARK: Roles

  func roles() -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for mention in mentions {
      guard mention.kind == .name, mention.type == .person, let title = mention.title, let code = mention.titleCountry,
        let person = mention.entity, entities[person].isKept,
        let country = countryByCode[code]
      else { continue }
      var start = mention.tokens.lowerBound
      let sentence = document.sentenceTable[document.sentenceIndex(ofToken: start)]
      if let previous = mentionIndex.starting(in: sentence.lowerBound..<start).last(where: {
        mentions[$0].type == .country && mentions[$0].tokens.upperBound <= start
      }) {
        start = mentions[previous].tokens.lowerBound
      }
      drafts.append(RelationDraft(subject: person, predicate: .holdsRole, object: country, verb: title, title: title, evidence: start..<mention.tokens.upperBound))
    }
    return drafts
  }

  // MARK: Verbs

  /// The mentions in a coordinated list starting at `k`: "A, B, and C".
  func list(from k: Int, limit: Int) -> (mentions: [Int], end: Int) {
    var found: [Int] = []
    var i = k
    while i < limit {
      guard let mention = mentionStartingAt[i] else { break }
      found.append(mention)
      i = mentions[mention].tokens.upperBound
      var j = i
      while j < limit, lower(j) == "," || lower(j) == "and" { j += 1 }
      if j == i || mentionStartingAt[j] == nil { break }
      i = j
    }
    return (found, i)
  }

  /// The subjects ending right before token `i` (auxiliaries and adverbs
  /// skipped): one, or each of a coordination ("A and B invaded"); the
  /// previous relation's subjects after "and" ("invaded A and occupied B").
  func subjects(before i: Int, sentence: Range<Int>, previous: [Int]) -> (entities: [Int], start: Int)? {
    var j = i - 1
    while j >= sentence.lowerBound,
      WordLists.auxiliaries.contains(lower(j)) || (lower(j).hasSuffix("ly") && mentionEndingAt[j] == nil)
    {
      j -= 1
    }
    guard j >= sentence.lowerBound else { return nil }
    if lower(j) == "that" || lower(j) == "which" || lower(j) == "who" { j -= 1 }
    guard j >= sentence.lowerBound else { return nil }
    if lower(j) == "and", !previous.isEmpty { return (previous, i) }
    // "Iraq's talks with ..."
    if lower(j) == "'s", j > sentence.lowerBound { j -= 1 }
    guard let mention = mentionEndingAt[j], mentions[mention].kind != .pronoun, let first = entity(mention) else { return nil }
    var found = [first]
    var start = mentions[mention].tokens.lowerBound
    // "A, B and C": walk back over commas and "and".
    while start > sentence.lowerBound {
      var k = start - 1
      guard lower(k) == "and" || lower(k) == "," else { break }
      if lower(k) == "and", k > sentence.lowerBound, lower(k - 1) == "," { k -= 1 }
      guard k > sentence.lowerBound, let other = mentionEndingAt[k - 1], mentions[other].kind != .pronoun,
        let entity = entity(other)
      else { break }
      found.insert(entity, at: 0)
      start = mentions[other].tokens.lowerBound
    }
    // "officials in A and B criticized": the names hang in a preposition
    // of the real subject.
    if start > sentence.lowerBound, RelationExtractor.prepositions.contains(lower(start - 1)) { return nil }
    return (found, start)
  }

  /// Prepositions whose objects cannot be the subject of the verb that follows.
  static let prepositions = WordSet(WordLists.locativePrepositions.members.union([
    "of", "for", "with", "by", "among", "like", "including", "than", "about", "against",
  ]))

  func object(after i: Int, sentence: Range<Int>) -> (mentions: [Int], end: Int)? {
    var k = i
    var skipped = 0
    while k < sentence.upperBound, mentionStartingAt[k] == nil, skipped < 4 {
      let word = lower(k)
      guard WordLists.determiners.contains(word) || word == "with" || word.contains("-")
        || lexicon.titles[word] != nil || word == "first"
      else { return nil }
      k += 1
      skipped += 1
    }
    let found = list(from: k, limit: sentence.upperBound)
    return found.mentions.isEmpty ? nil : found
  }

  func verbRelations(in sentence: Range<Int>) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    var previousSubjects: [Int] = []
    var consumed = sentence.lowerBound
    var i = sentence.lowerBound
    while i < sentence.upperBound {
      defer { i += 1 }
      guard i >= consumed else { continue }
      let word = lower(i)
      // Most words start no relation: one lookup tells, instead of four.
      guard RelationExtractor.triggers.contains(word) else { continue }
      var predicate = RelationExtractor.verbs[word]
      var objectStart = i + 1
      var verbTokens = i..<(i + 1)
      // "applied to join X", "applied for membership of X"
      if RelationExtractor.applicationVerbs.contains(word), i + 2 < sentence.upperBound,
        lower(i + 1) == "to", lower(i + 2) == "join"
      {
        predicate = .appliedToJoin
        objectStart = i + 3
        verbTokens = i..<(i + 3)
      }
      // "held separate calls with A and B"
      if RelationExtractor.holdingVerbs.contains(word) {
        var k = i + 1
        while k < min(sentence.upperBound, i + 4), !RelationExtractor.encounterNouns.contains(lower(k)) { k += 1 }
        if k + 1 < sentence.upperBound, RelationExtractor.encounterNouns.contains(lower(k)), lower(k + 1) == "with" {
          predicate = lower(k).hasPrefix("call") ? .called : .met
          objectStart = k + 2
          verbTokens = i..<(k + 2)
        }
      }
      // "talks with A and B", "Iraq's meeting with A"
      if RelationExtractor.encounterNouns.contains(word), i + 1 < sentence.upperBound, lower(i + 1) == "with" {
        predicate = word.hasPrefix("call") ? .called : .met
        objectStart = i + 2
        verbTokens = i..<(i + 2)
      }
      guard let predicate else { continue }
      if predicate == .called, objectStart == i + 1, i + 1 < sentence.upperBound,
        ["for", "on", "off", "it", "him", "her", "them"].contains(lower(i + 1))
      {
        continue
      }
      guard let subjects = subjects(before: i, sentence: sentence, previous: previousSubjects),
        let objects = object(after: objectStart, sentence: sentence)
      else { continue }
      let plausible = subjects.entities.filter { isPlausible(predicate, subject: $0) }
      guard !plausible.isEmpty else { continue }
      // A date stated later in the clause goes with every verb before it
      // ("invaded A and occupied B in 2014"); a place only with its own.
      let clauseEnd = self.clauseEnd(from: objects.end, sentence: sentence, stoppingAtAnd: false)
      let date = firstDate(in: objects.end..<clauseEnd)
      let placeEnd = self.clauseEnd(from: objects.end, sentence: sentence, stoppingAtAnd: true)
      let place = self.place(in: objects.end..<placeEnd, verb: verbTokens.lowerBound, objects: objects.mentions)
      let evidenceStart = min(subjects.start, i)
      let verb = String(document.text(in: document.tokenTable[verbTokens.lowerBound].range.lowerBound..<document.tokenTable[verbTokens.upperBound - 1].range.upperBound))
      var added = false
      for subject in plausible {
        for object in objects.mentions {
          guard let target = entity(object), entities[target].isKept, isPlausible(predicate, object: target) else { continue }
          drafts.append(RelationDraft(
            subject: subject, predicate: predicate, object: target, verb: verb, date: date, place: place,
            evidence: evidenceStart..<max(objects.end, evidenceStart + 1)))
          added = true
        }
      }
      if added {
        previousSubjects = plausible
        consumed = objects.end
      }
    }
    return drafts
  }

  /// Every word ``verbRelations(in:)`` starts from: the relation verbs and
  /// the application, holding and encounter words.
  static let triggers = WordSet(
    Array(verbs.keys) + applicationVerbs.members + holdingVerbs.members + encounterNouns.members)

  /// Nouns of meeting and calling: "held talks with", "a meeting with".
  static let encounterNouns: WordSet = ["calls", "call", "talks", "meeting", "meetings", "summit"]
  /// Verbs of "applied to join X".
  static let applicationVerbs: WordSet = ["applied", "applies", "apply", "bid", "seeks", "sought"]
  /// Verbs of "held talks with X".
  static let holdingVerbs: WordSet = ["held", "had", "holds", "has"]

  /// The end of the clause from `k`: the next comma or semicolon, or
  /// the next "and".
  func clauseEnd(from k: Int, sentence: Range<Int>, stoppingAtAnd: Bool) -> Int {
    var end = k
    while end < sentence.upperBound, lower(end) != ",", lower(end) != ";", !stoppingAtAnd || lower(end) != "and" || end == k {
      end += 1
    }
    return end
  }

  /// The place a clause states: "in Geneva", "at Camp David" right after
  /// the objects, or, with a parse, a place attached to the verb by "in"
  /// or "at".
  func place(in range: Range<Int>, verb: Int, objects: [Int]) -> Int? {
    var k = range.lowerBound
    while k + 1 < range.upperBound {
      if ["in", "at"].contains(lower(k)), let found = placeEntity(startingAt: k + 1) { return found }
      k += 1
    }
    guard let tree else { return nil }
    let sentence = document.sentenceTable[document.sentenceIndex(ofToken: verb)]
    // The verb's dependents in the range, in text order.
    for child in tree.children(verb) {
      let token = Int(child)
      guard sentence.contains(token), range.contains(token), let found = placeEntity(containing: token) else { continue }
      if token > sentence.lowerBound, ["in", "at"].contains(lower(token - 1)) || hasCase(token, tree: tree) { return found }
    }
    return nil
  }

  /// Whether a token has an "in" or "at" case marker among its dependents.
  func hasCase(_ token: Int, tree: ParseTree) -> Bool {
    let sentence = document.sentenceTable[document.sentenceIndex(ofToken: token)]
    return tree.children(token).contains { child in
      sentence.contains(Int(child)) && ["in", "at"].contains(lower(Int(child)))
    }
  }

  /// The kept country or location entity of the mention starting at `k`.
  func placeEntity(startingAt k: Int) -> Int? {
    guard let mention = mentionStartingAt[k], let found = entity(mention),
      entities[found].type == .location || entities[found].type == .country
    else { return nil }
    return found
  }

  /// The kept country or location entity of a mention covering `token`.
  func placeEntity(containing token: Int) -> Int? {
    for mention in mentionIndex.starting(in: max(0, token - 4)..<(token + 1))
    where mentions[mention].tokens.contains(token) {
      if let found = entity(mention), entities[found].isKept,
        entities[found].type == .location || entities[found].type == .country
      {
        return found
      }
    }
    return nil
  }

  func isPlausible(_ predicate: Predicate, subject: Int) -> Bool {
    let type = entities[subject].type
    switch predicate {
    case .invaded, .occupied, .attacked: return type == .country || type == .organization
    case .ousted: return type != .location
    case .appliedToJoin: return type == .country
    case .met, .called: return type == .person || type == .country || type == .organization
    default: return type != .group && type != .location
    }
  }

  func isPlausible(_ predicate: Predicate, object: Int) -> Bool {
    let type = entities[object].type
    switch predicate {
    case .invaded, .occupied, .attacked: return type == .country || type == .location
    case .ousted, .called: return type == .person
    case .met: return type == .person || type == .country
    case .appliedToJoin: return type == .organization
    case .participatedIn: return type == .event || type == .organization
    default: return type != .group
    }
  }

  /// The first date in a range, normalised where the text allows.
  func firstDate(in range: Range<Int>) -> String? {
    guard !range.isEmpty else { return nil }
    return dateFinder.firstDate(in: range, starts: dateStarts)?.normalized
  }

  var dateFinder: DateFinder { DateFinder(lexicon: lexicon, document: document, reference: reference, relative: true) }

  // MARK: Membership and parts

  /// "EU members, including France, Italy and Spain".
  func membership(in sentence: Range<Int>) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for k in sentence where lower(k) == "members" || lower(k) == "member" || lower(k) == "allies" {
      guard k > sentence.lowerBound, let org = mentionEndingAt[k - 1] ?? mentionIndex.starting(in: sentence.lowerBound..<k).first(where: {
        mentions[$0].type == .organization && mentions[$0].tokens.upperBound == k && mentions[$0].entity != nil
      }), let organization = entity(org), entities[organization].type == .organization else { continue }
      var j = k + 1
      if j < sentence.upperBound, lower(j) == "," { j += 1 }
      if j + 1 < sentence.upperBound, lower(j) == "such", lower(j + 1) == "as" { j += 2 }
      else if j < sentence.upperBound, ["including", "like"].contains(lower(j)) { j += 1 }
      else { continue }
      while j < sentence.upperBound, WordLists.determiners.contains(lower(j)) { j += 1 }
      let members = list(from: j, limit: sentence.upperBound)
      for member in members.mentions {
        guard let country = entity(member), entities[country].type == .country else { continue }
        drafts.append(RelationDraft(subject: country, predicate: .memberOf, object: organization, verb: "members", evidence: mentions[org].tokens.lowerBound..<members.end))
      }
    }
    return drafts
  }

  /// "Spain's northern Basque region" (part_of) and "a summit in
  /// Lima" (located_in).
  func parts() -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for mention in mentions {
      let sentence = document.sentenceTable[document.sentenceIndex(ofToken: mention.tokens.lowerBound)]
      guard let whole = mention.entity, entities[whole].isKept else { continue }
      let end = mention.tokens.upperBound
      // Country's [adjectives] Location
      if entities[whole].type == .country, end < sentence.upperBound, lower(end) == "'s" {
        var k = end + 1
        while k < min(sentence.upperBound, end + 4), mentionStartingAt[k] == nil, document.tokenTable[k].shape == .word,
          let first = document.scalars[document.tokenTable[k].range].first, !ScalarClass.isUppercase(first)
        {
          k += 1
        }
        if let part = mentionStartingAt[k], let location = entity(part), entities[location].type == .location {
          drafts.append(RelationDraft(subject: location, predicate: .partOf, object: whole, verb: "'s", evidence: mention.tokens.lowerBound..<mentions[part].tokens.upperBound))
        }
      }
      // Event in Location
      if entities[whole].type == .event, end + 1 < sentence.upperBound, lower(end) == "in",
        let place = mentionStartingAt[end + 1], let location = entity(place), entities[location].type == .location
      {
        var evidenceEnd = mentions[place].tokens.upperBound
        var date: String?
        if evidenceEnd + 1 < sentence.upperBound, ["on", "in"].contains(lower(evidenceEnd)),
          let found = dateFinder.date(at: evidenceEnd + 1, limit: sentence.upperBound)
        {
          date = found.normalized
          evidenceEnd = found.tokens.upperBound
        }
        drafts.append(RelationDraft(subject: whole, predicate: .locatedIn, object: location, verb: "in", date: date, evidence: mention.tokens.lowerBound..<evidenceEnd))
      }
    }
    return drafts
  }
}
