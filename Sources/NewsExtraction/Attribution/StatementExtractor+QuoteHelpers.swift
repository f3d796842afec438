import Lexicon

extension StatementExtractor {
  /// The attributing clause of a direct quote: who speaks and the cue.
  struct Attribution {
    /// The speaker's mention, when the speaker is a mention.
    var speaker: Int?
    /// The speaker as written: a name, a pronoun or a phrase ("one former
    /// official"), in the attributing clause itself.
    var speakerTokens: Range<Int>
    var cue: Range<Int>?
    /// The token after the attribution.
    var end: Int
    /// The rule that found it: set by the rule for one of its branches,
    /// else by the quote pass to the rule's name.
    var rule: RuleName? = nil

    /// The attribution with a rule's name.
    func named(_ name: RuleName) -> Attribution {
      var named = self
      named.rule = name
      return named
    }
  }

  /// Words that end a speaker phrase after an inverted cue ("said X in a
  /// statement"): prepositions, conjunctions and relative words.
  static let speakerPhraseStops: WordSet = [
    "in", "on", "at", "during", "after", "before", "to", "from", "while", "when", "as", "about", "of",
    "that", "who", "which", "and", "but", "because", "since", "with", "by", "for", "last", "this",
    "yesterday", "today", "tonight", "earlier", "later", "recently", "told", "adding",
  ]

  /// Words that may stand between a speaker and the cue: adverbs and
  /// auxiliaries ("he later told", "Smith also said").
  func isCueModifier(_ k: Int) -> Bool {
    let word = lower(k)
    if WordLists.auxiliariesAndAdverbs.contains(word) { return true }
    guard word.hasSuffix("ly"), word.count > 4, shape(k) == .word else { return false }
    return !isCapitalised(k)
  }

  /// A reporting verb that introduces a direct quote: every reporting verb
  /// `cue(at:sentence:)` accepts, and "ask"/"answer", which quote questions
  /// and replies.
  func directCue(at i: Int, sentence: Range<Int>) -> Range<Int>? {
    if let found = cue(at: i, sentence: sentence) { return found }
    guard shape(i) == .word, let lemma = lexicon.reportingVerbs[lower(i)], lemma == "ask" || lemma == "answer",
      i == sentence.lowerBound || !(WordLists.determiners.contains(lower(i - 1)) || lower(i - 1) == "'s")
    else {
      return nil
    }
    if isCapitalised(i), i != sentence.lowerBound {
      return nil
    }
    return i..<(i + 1)
  }

  /// The best speaker mention inside a phrase: a person's name, a subject
  /// pronoun, then any other entity or group; nil when there is none.
  func speakerMention(in tokens: Range<Int>) -> Int? {
    guard !tokens.isEmpty else { return nil }
    let inside = mentionIndex.inside(tokens, of: mentions).filter {
      mentions[$0].type != .event && mentions[$0].kind != .eventNoun
        && (mentions[$0].kind != .pronoun || WordLists.subjectPronouns.contains(lower(mentions[$0].tokens.lowerBound)))
    }
    func longest(_ candidates: [Int]) -> Int? {
      candidates.max { mentions[$0].tokens.count < mentions[$1].tokens.count }
    }
    if let person = longest(inside.filter { mentions[$0].kind == .name && mentions[$0].type == .person }) { return person }
    if let pronoun = inside.first(where: { mentions[$0].kind == .pronoun }) { return pronoun }
    if let named = longest(inside.filter { mentions[$0].entity != nil || mentions[$0].kind == .group }) { return named }
    return longest(inside)
  }

  /// A speaker from a phrase: its best mention, else the phrase itself.
  func speaker(in phrase: Range<Int>) -> (mention: Int?, tokens: Range<Int>) {
    if let mention = speakerMention(in: phrase) { return (mention, mentions[mention].tokens) }
    return (nil, phrase)
  }

  /// Whether a phrase can be the subject of an attributing clause: a few
  /// words, no sentence end, no quote, starting with a name, pronoun,
  /// determiner, number or a title word, not a conjunction.
  func isSpeakerPhrase(_ phrase: Range<Int>) -> Bool {
    guard !phrase.isEmpty, phrase.count <= TokenWindow.speakerPhrase else { return false }
    let first = lower(phrase.lowerBound)
    if ["and", "but", "or", "so", "then", "which", "who", "whom", "whose", "that", "what", "as", "if", "when", "while",
      "there"].contains(first) || Self.phraseOpeningPrepositions.contains(first)
    {
      return false
    }
    for k in phrase {
      switch shape(k) {
      case .terminal where isAbbreviationPeriod(k): continue
      case .terminal, .quote, .link: return false
      case .punctuation where !isNamePunctuation(k): return false
      default: continue
      }
    }
    return true
  }

  /// Prepositions that open an adverbial phrase ("In a statement", "On
  /// Friday", "After the vote"), never a subject.
  static let phraseOpeningPrepositions: WordSet = [
    "in", "on", "at", "after", "since", "before", "during", "from", "with", "for", "by", "despite", "under",
    "into", "through", "without", "among", "of", "to", "though", "although", "because", "unlike", "amid",
  ]

  /// Punctuation inside a name or a speaker's party tag: "Rep. X (D-Ohio)".
  func isNamePunctuation(_ k: Int) -> Bool {
    [".", "-", "&", "(", ")"].contains(lower(k))
  }


  /// Where the clause after a quote's closing mark starts and ends, for
  /// the rules that look for its attribution there.
  struct QuoteTail {
    /// The closing mark.
    let close: Int
    /// The clause's first token (past a comma or dash after the mark).
    let start: Int
    /// The sentence holding the clause, widened to hold `start`.
    let sentence: Range<Int>
    /// The clause's end: the sentence end, a quote mark or at most
    /// ``StatementExtractor/clauseAfterQuoteLimit`` tokens.
    let limit: Int
    /// Whether the clause is "according to X".
    let opensAccordingTo: Bool
  }

  /// The longest clause after a quote's closing mark, in tokens.
  static let clauseAfterQuoteLimit = 40
  /// How far after the clause's start its cue may stand ("X, a spokesman
  /// for Y, said"), in tokens.
  static let clauseAfterQuoteWindow = 30

  /// The clause after a quote's closing mark, in the quote's paragraph;
  /// nil when the quote has no closing mark or nothing follows it there.
  func quoteTail(_ quote: Quote) -> QuoteTail? {
    guard let close = quote.close else { return nil }
    var k = close + 1
    if k < document.tokenCount, lower(k) == "," || lower(k) == "\u{2014}" || lower(k) == "--" { k += 1 }
    guard k < document.tokenCount else { return nil }
    guard document.paragraphIndex(of: document.tokenTable[k].range.lowerBound)
      == document.paragraphIndex(of: quote.content.lowerBound)
    else { return nil }
    let sentenceRange = document.sentence(ofToken: k)
    let sentence = min(sentenceRange.lowerBound, k)..<max(sentenceRange.upperBound, k + 1)
    // The clause ends at the sentence end, a quote mark or a paragraph end.
    var limit = k
    while limit < min(document.tokenCount, k + Self.clauseAfterQuoteLimit),
      shape(limit) != .terminal || isAbbreviationPeriod(limit), shape(limit) != .quote
    {
      limit += 1
    }
    let according = k + 2 < limit && lower(k) == "according" && lower(k + 1) == "to"
    return QuoteTail(close: close, start: k, sentence: sentence, limit: limit, opensAccordingTo: according)
  }

  /// `"...," X said` / `"...," said X` / `"...," according to X` after the
  /// closing mark, in the same sentence or the one the mark ends: the
  /// first of ``AttributionRules/afterQuote`` that finds one.
  func attributionAfter(_ quote: Quote) -> Attribution? {
    for rule in AttributionRules.afterQuote {
      guard var found = rule.apply(self, quote) else { continue }
      if found.rule == nil { found.rule = rule.name }
      return found
    }
    return nil
  }

  /// Whether the token after a cue ends a bare attributing clause ("X
  /// said." / "X said, ..." / "X said in a statement").
  func endsAttribution(_ k: Int) -> Bool {
    shape(k) == .terminal || shape(k) == .quote || lower(k) == "," || lower(k) == ";"
      || StatementExtractor.speakerPhraseStops.contains(lower(k)) || isCueModifier(k)
  }

  /// The end of a speaker phrase after an inverted cue: the first comma,
  /// stop word or clause end.
  func invertedPhraseEnd(_ start: Int, _ limit: Int) -> Int {
    var k = start
    while k < min(limit, start + TokenWindow.speakerPhrase) {
      if shape(k) == .punctuation, !isNamePunctuation(k) { break }
      if shape(k) == .terminal, !isAbbreviationPeriod(k) { break }
      if k > start, StatementExtractor.speakerPhraseStops.contains(lower(k)) { break }
      k += 1
    }
    return k
  }

  func isCapitalised(_ k: Int) -> Bool { document.isCapitalised(k) }

  /// Whether a quote opens a sentence or a clause of its own: at a
  /// sentence or paragraph start, or after punctuation, another quote or a
  /// cue; not a fragment inside a sentence ("a film called "...""; "he
  /// vowed to "..."").
  func opensClause(_ quote: Quote) -> Bool {
    let before = quote.open - 1
    guard before >= 0 else { return true }
    if document.sentence(ofToken: quote.open).lowerBound == quote.open { return true }
    if document.paragraphIndex(of: document.tokenTable[before].range.lowerBound)
      != document.paragraphIndex(of: quote.content.lowerBound)
    {
      return true
    }
    switch shape(before) {
    case .terminal, .quote: return true
    case .punctuation: return [",", ":", ";", "(", "[", "\u{2014}", "\u{2013}", "--", "-"].contains(lower(before))
    default: return false
    }
  }

  /// The subject of a cue, looking back from it: a mention ending right
  /// before it (past adverbs and auxiliaries), the subject of a sentence
  /// whose subject has a comma-delimited apposition, or a capitalised name
  /// or "the spokesman"-like phrase the mention finder did not take.
  func subjectBefore(_ cueStart: Int, sentenceStart start: Int) -> (mention: Int?, tokens: Range<Int>)? {
    var j = cueStart - 1
    while j >= start, isCueModifier(j) { j -= 1 }
    guard j >= start else { return nil }
    if lower(j) == "," || lower(j) == "and" {
      // "X noted that ..., and added:" / "X said ..., adding": the subject of
      // the sentence's first cue.
      var first = start
      while first < j, directCue(at: first, sentence: start..<cueStart) == nil { first += 1 }
      if first < j, first > start, lower(first - 1) != ",", lower(first - 1) != "and",
        let found = subjectBefore(first, sentenceStart: start)
      {
        return found
      }
      guard lower(j) == "," else { return nil }
      // "Levine, who has given money to X, said": the sentence's first
      // phrase, past an opening adverbial ("In a statement, Levine, who ...").
      var begin = start
      var end = start
      while end < j, lower(end) != "," { end += 1 }
      if end + 1 < j, Self.phraseOpeningPrepositions.contains(lower(start)) {
        begin = end + 1
        end = begin
        while end < j, lower(end) != "," { end += 1 }
      }
      let phrase = begin..<end
      guard isSpeakerPhrase(phrase) else { return nil }
      return speaker(in: phrase)
    }
    let window = max(start, j - TokenWindow.speakerLookBack)..<(j + 1)
    if let mention = speakerMention(in: window), mentions[mention].tokens.upperBound == j + 1 {
      return (mention, mentions[mention].tokens)
    }
    // A phrase back to the sentence start or a comma: "former congressman X".
    var b = j
    while b > start, b > j - TokenWindow.speakerLookBack, shape(b - 1) == .word || shape(b - 1) == .number || lower(b - 1) == "." { b -= 1 }
    guard shape(j) == .word, b == start || lower(b - 1) == "," || lower(b - 1) == ":" else { return nil }
    // "As one employee told X": a leading conjunction is no part of the speaker.
    while b < j, ["as", "but", "and", "so", "yet", "then", "also", "still"].contains(lower(b)) { b += 1 }
    let phrase = b..<(j + 1)
    guard isSpeakerPhrase(phrase) else { return nil }
    return speaker(in: phrase)
  }

  /// Whether a period ends an abbreviation inside a name or party tag
  /// ("(D-Nev.)", "R-Ky., said") rather than a sentence.
  func isAbbreviationPeriod(_ k: Int) -> Bool {
    guard lower(k) == ".", k > 0, shape(k - 1) == .word, isCapitalised(k - 1),
      document.tokenTable[k - 1].range.count <= 5, k + 1 < document.tokenCount
    else { return false }
    return [")", ","].contains(lower(k + 1)) || (shape(k + 1) == .word && !isCapitalised(k + 1))
  }

}
