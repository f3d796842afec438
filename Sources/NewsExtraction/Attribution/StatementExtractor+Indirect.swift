import NLPCore
import Lexicon

extension StatementExtractor {
  /// Indirect and mixed statements in one sentence: the word-pattern pass,
  /// which tries ``AttributionRules/pattern`` in order at each token
  /// outside a quote and the statements found so far.
  func indirectStatements(in sentence: Range<Int>, consumed: inout Set<Int>) -> [StatementDraft] {
    var scan = PatternRule.Scan(sentence: sentence)
    let rules = AttributionRules.pattern
    while scan.token < sentence.upperBound {
      defer { scan.token += 1 }
      if scan.token < scan.coveredUntil || quote(containing: scan.token) != nil { continue }
      for index in rules.indices {
        guard var draft = rules[index].apply(self, &scan) else { continue }
        if draft.rule == nil { draft.rule = rules[index].name }
        scan.drafts.append(draft)
        break
      }
    }
    consumed.formUnion(scan.consumed)
    return scan.drafts
  }

  /// Cue lemmas whose next words are their object, never an inverted
  /// speaker: "Mukasey, a former attorney general, criticized Clinton's
  /// email use" (stance verbs, and verbs of urging, accusing, challenging
  /// and knowing someone).
  static let objectFirstLemmas = WordSet(
    WordLists.shortObjectCueLemmas.members.union(["urge", "accuse", "challenge", "know"]))

  /// Whether a speaker after its cue ("..., said the minister.") ends
  /// there: a word going on ("NAME, a farmer, says he wants ...") makes
  /// the mention the subject of the cue's complement, and what precedes
  /// the cue the speaker's own phrase.
  func endsInvertedSpeaker(_ k: Int, sentence: Range<Int>) -> Bool {
    // "..., said Clinton's response was ...": a possessor whose phrase goes
    // on to a verb starts the reported words; it is not the speaker (unlike
    // "..., said Sandvine's chief officer Marc Morin.").
    if k < sentence.upperBound, shape(k) == .clitic, ["'s", "’s", "'", "’"].contains(lower(k)) {
      var m = k + 1
      while m < sentence.upperBound, shape(m) != .terminal, lower(m) != "," {
        if [.verb, .aux].contains(document.tokenTable[m].pos) { return false }
        m += 1
      }
    }
    // "..., said Obama "understood ..."": a quotation opening right after
    // the name makes the name the subject of the reported words.
    if k + 1 < sentence.upperBound, shape(k) == .quote, let inside = quote(containing: k + 1), quotes[inside].open == k {
      return false
    }
    guard k < sentence.upperBound, shape(k) == .word || shape(k) == .number else { return true }
    return !isWord(k, "and") && StatementExtractor.speakerPhraseStops.contains(lower(k))
  }

  /// Whether the words after a cue of telling ("told reporters on Monday",
  /// "told the paper as she left") name only whom was told: no finite verb
  /// before the clause ends or a subordinate clause starts.
  func isAddresseeOnly(after cue: Range<Int>, sentence: Range<Int>) -> Bool {
    guard let lemma = lexicon.reportingVerbs[lower(cue.lowerBound)], WordLists.addresseeCueLemmas.contains(lemma)
    else { return false }
    var k = cue.upperBound
    while k < sentence.upperBound {
      let record = document.tokenTable[k]
      // Without tags (the rule-based finder) nothing is known.
      if record.tag == .none { return false }
      if shape(k) != .word && shape(k) != .number { return shape(k) != .quote }
      if record.pos == .sconj && !isWord(k, "that") { return true }
      if isWord(k, "that") || isWord(k, "to") { return false }
      if [.pastVerb, .thirdPersonVerb, .presentVerb, .modal].contains(record.tag) { return false }
      k += 1
    }
    return true
  }

  /// The speaker before an appositive that ends at the comma `j`: "NAME, the
  /// mayor, said", "NAME, who leads the council, said".
  func appositiveHead(before j: Int, sentence: Range<Int>) -> Int? {
    var k = j - 1
    while k > sentence.lowerBound, k >= j - TokenWindow.apposition, lower(k) != "," {
      guard shape(k) == .word || shape(k) == .number, cue(at: k, sentence: sentence) == nil else { return nil }
      k -= 1
    }
    guard k > sentence.lowerBound, k < j - 1, lower(k) == ",", let mention = mentionEndingAt[k - 1] else { return nil }
    let type = mentions[mention].type
    guard type == .person || type == .organization || type == .country || type == .group else { return nil }
    return mention
  }

  /// Whether the words after a cue are circumstances ("at a briefing",
  /// "on Monday", ".") rather than what was said.
  func isCircumstance(_ i: Int, sentence: Range<Int>) -> Bool {
    let word = lower(i)
    if shape(i) == .terminal || word == "," || shape(i) == .quote { return true }
    // "..., she said of the plan.": the topic, not what was said.
    if word == "of" {
      guard i > sentence.lowerBound, let lemma = lexicon.reportingVerbs[lower(i - 1)],
        WordLists.plainSpeechLemmas.contains(lemma)
      else { return false }
      return thatClause(after: i, sentence: sentence) == nil
    }
    guard ["at", "on", "in", "during", "after", "before", "to", "from", "while", "with", "late", "earlier", "last",
           "this", "yesterday", "today", "tonight", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday"].contains(word)
    else { return false }
    // "said on Monday that ...": a "that" soon after makes it content.
    return thatClause(after: i, sentence: sentence) == nil
  }

  /// The token after "that" when a that-clause starts within a few words.
  func thatClause(after i: Int, sentence: Range<Int>) -> Int? {
    var k = i
    while k < min(sentence.upperBound, i + TokenWindow.thatClause) {
      let word = lower(k)
      if word == "that" { return k + 1 }
      if word == "," || shape(k) == .quote || shape(k) == .terminal || word == ";" { return nil }
      if lexicon.reportingVerbs[word] != nil { return nil }
      k += 1
    }
    return nil
  }

  /// The content from `start` to the end of its clause (or its first comma,
  /// with `untilComma`): after "that" when a that-clause starts within a few
  /// words, else from `start` (always from `start` for an infinitive).
  func contentAfter(
    start: Int, sentence: Range<Int>, infinitive: Bool = false, untilComma: Bool = false
  ) -> Range<Int>? {
    // `X told the council: "..."` is a direct quote, handled with the quotes.
    var colon = start
    while colon < min(sentence.upperBound, start + TokenWindow.colonBeforeQuote), shape(colon) == .word { colon += 1 }
    if colon + 1 < sentence.upperBound, lower(colon) == ":", quoteOpenings.contains(colon + 1) {
      return nil
    }
    var first = start
    if infinitive {
      // Keep "to ...".
    } else if first < sentence.upperBound, lower(first) == "that" {
      first += 1
    } else if let after = thatClause(after: first, sentence: sentence) {
      first = after
    }
    while first < sentence.upperBound, lower(first) == "," || lower(first) == ":" { first += 1 }
    // `X said, "..."` is a direct quote, handled with the quotes.
    if first < sentence.upperBound, let index = quote(containing: first + 1), quotes[index].open == first {
      let quoteEnd = quotes[index].close ?? sentence.upperBound
      if quoteEnd + 2 >= sentence.upperBound { return nil }
    }
    var end = first
    var k = first
    while k < sentence.upperBound {
      if untilComma, lower(k) == ",", quote(containing: k) == nil { break }
      if isClauseBoundary(k, sentence: sentence, contentStart: first) {
        if shape(k) == .quote { end = k + 1 }  // keep the closing mark
        break
      }
      k += 1
      end = k
    }
    // Drop final punctuation outside quotes.
    while end > first, shape(end - 1) == .terminal || lower(end - 1) == "," || lower(end - 1) == ";" { end -= 1 }
    if end < sentence.upperBound, shape(end) == .quote, quote(containing: end - 1) != nil, end == k { end += 1 }
    let words = (first..<end).filter { shape($0) == .word || shape($0) == .number }.count
    guard words >= 2 else { return nil }
    return scalars(first..<end)
  }

  /// Whether a clause ends before token `k`: ", but", ", saying", ", they ...", ";".
  /// With the content's first token, a comma that ends a phrase fronted in
  /// the content ("that if the plan fails, they will ...") ends no clause.
  func isClauseBoundary(_ k: Int, sentence: Range<Int>, contentStart: Int? = nil) -> Bool {
    let word = lower(k)
    if word == ";" { return true }
    // "X acknowledged delays but expressed hope that ...": a coordinated
    // cue starts a statement of its own.
    if word == "but" || word == "and", quote(containing: k) == nil {
      var m = k + 1
      while m < sentence.upperBound, WordLists.auxiliariesAndAdverbs.contains(lower(m)) { m += 1 }
      if m < sentence.upperBound, cue(at: m, sentence: sentence) != nil { return true }
    }
    // `"irreversible," they ...`: a comma inside a closing quote.
    let afterQuotedComma = shape(k) == .quote && k > sentence.lowerBound && lower(k - 1) == ","
      && quote(containing: k - 1) != nil
    guard (word == "," && quote(containing: k) == nil) || afterQuotedComma, k + 1 < sentence.upperBound else {
      return false
    }
    let next = lower(k + 1)
    if ["but", "while", "whereas", "although", "though"].contains(next) { return true }
    if WordLists.subjectPronouns.contains(next), k + 2 < sentence.upperBound, shape(k + 2) == .word,
      !(contentStart.map { isFrontedPhrase($0..<k) } ?? false)
    {
      return true
    }
    var m = k + 1
    while m < sentence.upperBound, WordLists.auxiliariesAndAdverbs.contains(lower(m)) { m += 1 }
    if m < sentence.upperBound, lower(m).hasSuffix("ing"), cue(at: m, sentence: sentence) != nil { return true }
    if m < sentence.upperBound, lower(m) == "according" { return true }
    return false
  }

  /// Words that open a phrase fronted before a clause's subject: "if",
  /// "although", "during", "in", ...
  static let frontingWords = WordSet(WordLists.subordinators.members.union([
    "during", "in", "on", "at", "by", "for", "with", "under", "without", "despite", "from", "over", "within",
    "amid", "given", "having", "like", "unlike", "throughout", "following", "whether",
  ]))

  /// Whether tokens (after an optional "that" and "even") are one phrase
  /// fronted before a clause: a fronting word first, no comma inside.
  func isFrontedPhrase(_ tokens: Range<Int>) -> Bool {
    var k = tokens.lowerBound
    while k < tokens.upperBound, isWord(k, "that") || isWord(k, "even") || isWord(k, "only") { k += 1 }
    guard k < tokens.upperBound, StatementExtractor.frontingWords.contains(lower(k)) else { return false }
    return !tokens.contains { isWord($0, ",") || isWord($0, ";") }
  }

  /// The first mention that can speak in a sentence, before token `limit`.
  func subjectMention(of sentence: Range<Int>, before limit: Int) -> Int? {
    for k in sentence.lowerBound..<limit {
      if let mention = mentionStartingAt[k], mentions[mention].type != .event, mentions[mention].type != .location {
        return mention
      }
    }
    return nil
  }

  /// For a group speaker, the whole subject phrase from the clause start
  /// ("Experts and officials in Ukraine and Europe") to token `j`, the last
  /// before the cue; none when the clause starts after `j` (the cue is the
  /// clause's first word, as "judges" in "Yes, judges").
  func groupPhrase(ending j: Int, mention: Int, sentence: Range<Int>) -> Range<Int>? {
    let start = clauseStart(of: sentence)
    guard start <= j, let first = mentionStartingAt[start] ?? mentionIndex.starting(in: start..<(start + 1)).first(where: { mentions[$0].kind == .group }),
      mentions[first].kind == .group || mentions[mention].kind == .group, start <= mentions[mention].tokens.lowerBound
    else { return nil }
    if mentions[first].kind != .group && mentions[mention].kind == .group { return mentions[mention].tokens }
    guard !(start...j).contains(where: { cue(at: $0, sentence: sentence) != nil }) else { return nil }
    return start..<(j + 1)
  }

  /// Where the main clause's subject starts: after "While", "Previously,".
  func clauseStart(of sentence: Range<Int>) -> Int {
    var k = sentence.lowerBound
    if k < sentence.upperBound, WordLists.subordinators.contains(lower(k)) { k += 1 }
    if k + 1 < sentence.upperBound, lower(k + 1) == ",", shape(k) == .word { k += 2 }
    return k
  }

  /// Where the phrase naming a speaker starts, titles and country included.
  func phraseStart(of start: Int, sentence: Range<Int>) -> Int {
    var k = start
    while k > sentence.lowerBound {
      let previous = k - 1
      let record = document.tokenTable[previous]
      guard record.shape == .word, document.isCapitalised(previous) else { break }
      k = previous
    }
    return k
  }

  func firstDate(in range: Range<Int>) -> String? {
    guard !range.isEmpty else { return nil }
    return DateFinder(lexicon: lexicon, document: document).firstDate(in: range, starts: dateStarts)?.text
  }
}
