import Lexicon

extension RelationRule {
  /// `relation.verb`: a relation verb between named entities, "Iraq invaded
  /// Kuwait", "A and B invaded C"; with its branches "applied to join X"
  /// (`relation.applied-to-join`) and "held talks with X", "talks with X"
  /// (`relation.encounter`).
  static let verb = RelationRule(name: .verb, variants: [.appliedToJoin, .encounter], scope: .sentence) {
    extractor, sentence in extractor.verbRelations(in: sentence)
  }
}

extension RuleName {
  /// "Iraq invaded Kuwait".
  static let verb: RuleName = "relation.verb"
  /// "applied to join X".
  static let appliedToJoin: RuleName = "relation.applied-to-join"
  /// "held separate calls with A and B", "talks with A".
  static let encounter: RuleName = "relation.encounter"
}

extension RelationExtractor {
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
      WordLists.auxiliariesAndAdverbs.contains(lower(j)) || (lower(j).hasSuffix("ly") && mentionEndingAt[j] == nil)
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
      guard let (predicate, objectStart, verbTokens, rule) = trigger(at: i, word: word, sentence: sentence) else {
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
            evidence: evidenceStart..<max(objects.end, evidenceStart + 1), rule: rule))
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

  /// What the word at `i` starts: the predicate, where its objects start,
  /// the tokens of the verb phrase and the rule's name ("invaded"; "applied
  /// to join"; "held separate calls with"; "talks with"), or nil.
  private func trigger(at i: Int, word: String, sentence: Range<Int>)
    -> (predicate: Predicate, objectStart: Int, verbTokens: Range<Int>, rule: RuleName)?
  {
    var predicate = RelationExtractor.verbs[word]
    var objectStart = i + 1
    var verbTokens = i..<(i + 1)
    var rule = RuleName.verb
    // "applied to join X", "applied for membership of X"
    if RelationExtractor.applicationVerbs.contains(word), i + 2 < sentence.upperBound,
      lower(i + 1) == "to", lower(i + 2) == "join"
    {
      predicate = .appliedToJoin
      objectStart = i + 3
      verbTokens = i..<(i + 3)
      rule = .appliedToJoin
    }
    // "held separate calls with A and B"
    if RelationExtractor.holdingVerbs.contains(word) {
      var k = i + 1
      while k < min(sentence.upperBound, i + 4), !RelationExtractor.encounterNouns.contains(lower(k)) { k += 1 }
      if k + 1 < sentence.upperBound, RelationExtractor.encounterNouns.contains(lower(k)), lower(k + 1) == "with" {
        predicate = lower(k).hasPrefix("call") ? .called : .met
        objectStart = k + 2
        verbTokens = i..<(k + 2)
        rule = .encounter
      }
    }
    // "talks with A and B", "Iraq's meeting with A"
    if RelationExtractor.encounterNouns.contains(word), i + 1 < sentence.upperBound, lower(i + 1) == "with" {
      predicate = word.hasPrefix("call") ? .called : .met
      objectStart = i + 2
      verbTokens = i..<(i + 2)
      rule = .encounter
    }
    guard let predicate else { return nil }
    if predicate == .called, objectStart == i + 1, i + 1 < sentence.upperBound,
      ["for", "on", "off", "it", "him", "her", "them"].contains(lower(i + 1))
    {
      return nil
    }
    return (predicate, objectStart, verbTokens, rule)
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
}
