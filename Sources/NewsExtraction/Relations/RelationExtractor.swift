import Lexicon
import NLPCore

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
    (mentionStartingAt, mentionEndingAt) = TokenIndexMap.longestMentions(mentions, tokenCount: document.tokenCount) {
      $0.entity.map { entities[$0].isKept } ?? false
    }
    mentionIndex = MentionIndex(mentions)
    var countries: [String: Int] = [:]
    for (index, entity) in entities.enumerated() where entity.type == .country {
      if let code = entity.code, countries[code] == nil { countries[code] = index }
    }
    countryByCode = countries
    dateStarts = DateFinder.possibleStarts(in: document, lexicon: lexicon)
  }

  func lower(_ i: Int) -> String { document.lowercasedWord(i) }
  func entity(_ mention: Int) -> Int? { mentions[mention].entity }
  func type(_ mention: Int) -> EntityType? { entity(mention).map { entities[$0].type } }

  /// The relations of the document: ``RelationRules/all`` in order, each
  /// run of sentence rules sentence by sentence, then the parse patterns of
  /// ``RelationPatterns/all`` where they state a new fact.
  func extract() -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    let rules = RelationRules.all
    var first = 0
    while first < rules.count {
      guard rules[first].scope == .sentence else {
        drafts.append(contentsOf: rules[first].apply(self, 0..<document.tokenCount))
        first += 1
        continue
      }
      var end = first
      while end < rules.count, rules[end].scope == .sentence { end += 1 }
      for sentence in document.sentenceTable {
        for rule in rules[first..<end] { drafts.append(contentsOf: rule.apply(self, sentence)) }
      }
      first = end
    }
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

  // MARK: Verbs

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
    let sentence = document.sentence(ofToken: verb)
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
    let sentence = document.sentence(ofToken: token)
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

}
