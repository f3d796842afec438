import NLPCore
import Lexicon

extension StatementExtractor {
  /// Indirect and mixed statements in one sentence.
  func indirectStatements(in sentence: Range<Int>, consumed: inout Set<Int>) -> [StatementDraft] {
    var drafts: [StatementDraft] = []
    var coveredUntil = sentence.lowerBound
    var i = sentence.lowerBound
    while i < sentence.upperBound {
      defer { i += 1 }
      if i < coveredUntil { continue }
      if quote(containing: i) != nil { continue }
      if lower(i) == "according", i + 1 < sentence.upperBound, lower(i + 1) == "to",
        let draft = accordingTo(at: i, sentence: sentence)
      {
        drafts.append(draft)
        coveredUntil = sentence.upperBound
        continue
      }
      guard let cue = cue(at: i, sentence: sentence) else { continue }
      guard var draft = statement(cue: cue, sentence: sentence, earlier: drafts) else { continue }
      // A quoted fragment inside the content makes it mixed.
      let inside = draft.content.flatMap(quotesStarting)
      if !inside.isEmpty {
        draft.kind = .mixed
        consumed.formUnion(inside)
      }
      if let last = draft.content.last, let token = document.tokenIndex(containing: last.upperBound - 1) {
        coveredUntil = max(coveredUntil, token + 1)
      }
      i = cue.upperBound - 1
      drafts.append(draft)
    }
    return drafts
  }

  /// "according to X, ..." and "..., according to X."
  func accordingTo(at i: Int, sentence: Range<Int>) -> StatementDraft? {
    guard let speaker = mentionStartingAt[i + 2] else { return nil }
    let speakerEnd = mentions[speaker].tokens.upperBound
    let cue = i..<(i + 2)
    if i == sentence.lowerBound {
      guard speakerEnd < sentence.upperBound, lower(speakerEnd) == "," else { return nil }
      guard let content = contentAfter(start: speakerEnd + 1, sentence: sentence) else { return nil }
      return StatementDraft(speakerMention: speaker, speakerTokens: mentions[speaker].tokens, cue: cue, content: [content], kind: .indirect)
    }
    guard i - 1 > sentence.lowerBound, lower(i - 1) == "," else { return nil }
    let range = scalars(sentence.lowerBound..<(i - 1))
    return StatementDraft(speakerMention: speaker, speakerTokens: mentions[speaker].tokens, cue: cue, content: [range], kind: .indirect)
  }

  /// The statement a cue introduces, if any.
  func statement(cue: Range<Int>, sentence: Range<Int>, earlier: [StatementDraft]) -> StatementDraft? {
    var j = cue.lowerBound - 1
    while j >= sentence.lowerBound, WordLists.auxiliaries.contains(lower(j)) { j -= 1 }
    let isParticiple = lower(cue.lowerBound).hasSuffix("ing")
    var speaker: Int?
    var speakerTokens: Range<Int>?
    if j >= sentence.lowerBound, isParticiple, lower(j) == "," {
      // "..., saying that ...": the subject of the main clause speaks.
      speaker = earlier.last?.speakerMention ?? subjectMention(of: sentence, before: j)
      speakerTokens = speaker.map { earlier.last?.speakerTokens ?? mentions[$0].tokens }
    } else if j >= sentence.lowerBound, lower(j) == "but" || lower(j) == "and" {
      // "X acknowledged ..., but expressed hope that ...".
      guard let previous = earlier.last else { return nil }
      speaker = previous.speakerMention
      speakerTokens = previous.speakerTokens
    } else if j >= sentence.lowerBound, let mention = mentionEndingAt[j] {
      speaker = mention
      speakerTokens = groupPhrase(ending: j, mention: mention, sentence: sentence) ?? mentions[mention].tokens
    } else if j > sentence.lowerBound, lower(j) == ",", let mention = appositiveHead(before: j, sentence: sentence) {
      // "Maria Delgado, the mayor, said ...".
      speaker = mention
      speakerTokens = mentions[mention].tokens
    } else if j >= sentence.lowerBound, let group = mentionStartingAt[clauseStart(of: sentence)],
      mentions[group].kind == .group, j - mentions[group].tokens.lowerBound < 16,
      let phrase = groupPhrase(ending: j, mention: group, sentence: sentence)
    {
      // "Russian officials, as well as Western intellectuals ... have cited".
      speaker = group
      speakerTokens = phrase
    } else if cue.upperBound < sentence.upperBound, let mention = mentionStartingAt[cue.upperBound],
      j >= sentence.lowerBound, lower(j) == "," || shape(j) == .quote,
      !StatementExtractor.objectFirstLemmas.contains(lexicon.reportingVerbs[lower(cue.lowerBound)] ?? ""),
      endsInvertedSpeaker(mentions[mention].tokens.upperBound, sentence: sentence)
    {
      // "..., said the minister."
      speaker = mention
      speakerTokens = mentions[mention].tokens
    }
    if speakerTokens == nil, j > sentence.lowerBound {
      // "The ministry said ...": a speaker that names no entity.
      var p = j
      while p > sentence.lowerBound, j - p < 3, lower(p - 1) != "," { p -= 1 }
      if p == clauseStart(of: sentence) || (p > sentence.lowerBound && lower(p - 1) == ","),
        isUnnamedSpeaker(p..<(j + 1))
      {
        speakerTokens = p..<(j + 1)
      } else if lower(j) == "," || shape(j) == .quote {
        // "..., said a spokesman."
        var q = cue.upperBound
        while q < sentence.upperBound, q - cue.upperBound < 4, shape(q) == .word { q += 1 }
        if q == sentence.upperBound || shape(q) == .terminal, isUnnamedSpeaker(cue.upperBound..<q) {
          speakerTokens = cue.upperBound..<q
        }
      }
    }
    guard let speakerTokens else { return nil }
    let speakerStart = phraseStart(of: speakerTokens.lowerBound, sentence: sentence)
    // "CONTENT, X said ..." when the speaker follows a comma and what follows
    // the cue is not content.
    let afterCue = cue.upperBound
    // "pledged to rebuild ...": promises report with an infinitive.
    let isInfinitive = afterCue + 1 < sentence.upperBound && lower(afterCue) == "to"
      && lexicon.reportingVerbs[lower(cue.lowerBound)].map(StatementExtractor.infinitiveLemmas.contains) == true
      && shape(afterCue + 1) == .word
      && document.scalars[document.tokenTable[afterCue + 1].range].first.map(ScalarClass.isUppercase) == false
    let afterIsContent = afterCue < sentence.upperBound && (isInfinitive || !isCircumstance(afterCue, sentence: sentence))
      && !isAddresseeOnly(after: cue, sentence: sentence)
    // The attribution starts with the speaker, or with the cue when the
    // speaker follows it ("..., said the minister").
    let attributionStart = speakerTokens.lowerBound >= cue.upperBound ? cue.lowerBound : speakerStart
    if attributionStart - 1 > sentence.lowerBound,
      lower(attributionStart - 1) == "," || shape(attributionStart - 1) == .quote,
      !afterIsContent || speakerTokens.lowerBound >= cue.upperBound
    {
      // A quote right before the attribution is a direct quote's.
      if attributionStart - 2 >= sentence.lowerBound,
        shape(attributionStart - 2) == .quote || shape(attributionStart - 1) == .quote
      {
        return nil
      }
      let before = sentence.lowerBound..<(attributionStart - 1)
      guard before.count >= 4, quote(containing: before.lowerBound) == nil else { return nil }
      var draft = StatementDraft(
        speakerMention: speaker, speakerTokens: speakerTokens, cue: cue, content: [scalars(before)], kind: .indirect)
      draft.date = firstDate(in: cue.upperBound..<sentence.upperBound)
      return draft
    }
    // "X, later claiming that ..., left": a participle between the subject
    // and its verb ends at the next comma.
    let isParenthetical = isParticiple && j > sentence.lowerBound && lower(j) == ","
      && mentionEndingAt[j - 1].map { mentions[$0].tokens.lowerBound == clauseStart(of: sentence) } == true
    guard speakerTokens.lowerBound < cue.lowerBound, afterIsContent,
      let content = contentAfter(
        start: afterCue, sentence: sentence, infinitive: isInfinitive, untilComma: isParenthetical)
    else { return nil }
    // Verbs with other senses ("held talks", "found the keys") report only
    // with a that-clause.
    if let lemma = lexicon.reportingVerbs[lower(cue.lowerBound)], StatementExtractor.thatOnlyLemmas.contains(lemma),
      !(afterCue < sentence.upperBound && lower(afterCue) == "that"), thatClause(after: afterCue, sentence: sentence) == nil
    {
      return nil
    }
    var draft = StatementDraft(speakerMention: speaker, speakerTokens: speakerTokens, cue: cue, content: [content], kind: .indirect)
    draft.date = firstDate(in: afterCue..<(document.tokenIndex(containing: content.lowerBound) ?? afterCue))
    return draft
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
        if ["VERB", "AUX"].contains(document.tokenTable[m].upos) { return false }
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
      if record.xpos.isEmpty { return false }
      if shape(k) != .word && shape(k) != .number { return shape(k) != .quote }
      if record.upos == "SCONJ" && !isWord(k, "that") { return true }
      if isWord(k, "that") || isWord(k, "to") { return false }
      if ["VBD", "VBZ", "VBP", "MD"].contains(record.xpos) { return false }
      k += 1
    }
    return true
  }

  /// The speaker before an appositive that ends at the comma `j`: "NAME, the
  /// mayor, said", "NAME, who leads the council, said".
  func appositiveHead(before j: Int, sentence: Range<Int>) -> Int? {
    var k = j - 1
    while k > sentence.lowerBound, k >= j - 8, lower(k) != "," {
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
    while k < min(sentence.upperBound, i + 12) {
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
    while colon < min(sentence.upperBound, start + 5), shape(colon) == .word { colon += 1 }
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
      while m < sentence.upperBound, WordLists.auxiliaries.contains(lower(m)) { m += 1 }
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
    while m < sentence.upperBound, WordLists.auxiliaries.contains(lower(m)) { m += 1 }
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
      guard record.shape == .word, let first = document.scalars[record.range].first, ScalarClass.isUppercase(first) else { break }
      k = previous
    }
    return k
  }

  func firstDate(in range: Range<Int>) -> String? {
    guard !range.isEmpty else { return nil }
    return DateFinder(lexicon: lexicon, document: document).firstDate(in: range, starts: dateStarts)?.text
  }
}
