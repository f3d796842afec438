import NLPCore
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
    if WordLists.auxiliaries.contains(word) { return true }
    guard word.hasSuffix("ly"), word.count > 4, shape(k) == .word,
      let first = document.scalars[document.tokenTable[k].range].first
    else { return false }
    return !ScalarClass.isUppercase(first)
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
    if let first = document.scalars[document.tokenTable[i].range].first, ScalarClass.isUppercase(first),
      i != sentence.lowerBound
    {
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
    guard !phrase.isEmpty, phrase.count <= 9 else { return false }
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

  static let dashes: WordSet = ["\u{2015}", "\u{2014}", "\u{2013}", "-", "--"]

  /// `"..." - Name` closing a paragraph: a quote signed with a dash.
  func signedAttribution(_ quote: Quote) -> Attribution? {
    guard let close = quote.close, close + 2 < document.tokenCount,
      StatementExtractor.dashes.contains(lower(close + 1))
    else { return nil }
    let paragraph = document.paragraphIndex(of: document.tokenTable[close].range.lowerBound)
    var end = close + 2
    while end < min(document.tokenCount, close + 8), shape(end) == .word || isNamePunctuation(end),
      document.paragraphIndex(of: document.tokenTable[end].range.lowerBound) == paragraph
    {
      end += 1
    }
    let phrase = (close + 2)..<end
    guard !phrase.isEmpty, isCapitalised(close + 2),
      end == document.tokenCount || shape(end) == .terminal
        || document.paragraphIndex(of: document.tokenTable[end].range.lowerBound) != paragraph
    else { return nil }
    let found = speaker(in: phrase)
    return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: nil, end: end)
  }

  /// A transcript line quoted whole: `"NAME: ..."`, the speaker in capitals
  /// before a colon at the start of the quote.
  func transcriptSpeaker(_ quote: Quote) -> Attribution? {
    var k = quote.tokens.lowerBound
    while k < min(quote.tokens.upperBound, quote.tokens.lowerBound + 3), shape(k) == .word {
      let text = document.scalars[document.tokenTable[k].range]
      guard text.count >= 2, text.allSatisfy({ ScalarClass.isUppercase($0) || $0 == "." }) else { return nil }
      k += 1
    }
    guard k > quote.tokens.lowerBound, k < quote.tokens.upperBound, lower(k) == ":" else { return nil }
    let found = speaker(in: quote.tokens.lowerBound..<k)
    return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: nil, end: quote.open)
  }

  /// `"...," X said` / `"...," said X` / `"...," according to X` after the
  /// closing mark, in the same sentence or the one the mark ends.
  func attributionAfter(_ quote: Quote) -> Attribution? {
    if let signed = signedAttribution(quote) { return signed }
    guard let close = quote.close else { return nil }
    var k = close + 1
    if k < document.tokenCount, lower(k) == "," || lower(k) == "\u{2014}" || lower(k) == "--" { k += 1 }
    guard k < document.tokenCount else { return nil }
    guard document.paragraphIndex(of: document.tokenTable[k].range.lowerBound)
      == document.paragraphIndex(of: quote.content.lowerBound)
    else { return nil }
    let sentenceRange = document.sentenceTable[document.sentenceIndex(ofToken: k)]
    let sentence = min(sentenceRange.lowerBound, k)..<max(sentenceRange.upperBound, k + 1)
    // The clause ends at the sentence end, a quote mark or a paragraph end.
    var limit = k
    while limit < min(document.tokenCount, k + 40), shape(limit) != .terminal || isAbbreviationPeriod(limit),
      shape(limit) != .quote
    {
      limit += 1
    }
    // "according to X"
    if k + 2 < limit, lower(k) == "according", lower(k + 1) == "to" {
      let phrase = (k + 2)..<invertedPhraseEnd(k + 2, limit)
      guard isSpeakerPhrase(phrase) else { return nil }
      let found = speaker(in: phrase)
      return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: k..<(k + 2), end: phrase.upperBound)
    }
    // said X
    if let cue = directCue(at: k, sentence: sentence) {
      var m = cue.upperBound
      while m < limit, isCueModifier(m) { m += 1 }
      let end = invertedPhraseEnd(m, limit)
      guard m < end, !StatementExtractor.speakerPhraseStops.contains(lower(m)) else { return nil }
      let phrase = m..<end
      guard isSpeakerPhrase(phrase) else { return nil }
      var found = speaker(in: phrase)
      // "said the mayor, NAME": a title and an appositive name.
      if found.mention.map({ mentions[$0].kind != .name }) ?? true, end + 1 < limit, lower(end) == ",",
        let name = speakerMention(in: (end + 1)..<invertedPhraseEnd(end + 1, limit)),
        mentions[name].kind == .name
      {
        found = (name, mentions[name].tokens)
      }
      return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: cue, end: found.tokens.upperBound)
    }
    // X said: the first cue of the clause, after a subject phrase.
    var j = k + 1
    while j < min(limit, k + 30) {
      if let cue = directCue(at: j, sentence: sentence) {
        var subjectEnd = j
        while subjectEnd > k, isCueModifier(subjectEnd - 1) { subjectEnd -= 1 }
        // "X, a spokesman for Y, said": the subject is what precedes the
        // first comma.
        var core = k
        while core < subjectEnd, lower(core) != "," { core += 1 }
        let phrase = k..<core
        guard isSpeakerPhrase(phrase) else { return nil }
        // `"...." X said the plan ...`: a new sentence reporting something
        // else, not this quote's attribution.
        if k == close + 1, close > 0, lower(close - 1) == ".", cue.upperBound < document.tokenCount,
          !endsAttribution(cue.upperBound), lexicon.reportingVerbs[lower(cue.lowerBound)] != "tell"
        {
          return nil
        }
        let found = speaker(in: phrase)
        return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: cue, end: cue.upperBound)
      }
      j += 1
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
    while k < min(limit, start + 9) {
      if shape(k) == .punctuation, !isNamePunctuation(k) { break }
      if shape(k) == .terminal, !isAbbreviationPeriod(k) { break }
      if k > start, StatementExtractor.speakerPhraseStops.contains(lower(k)) { break }
      k += 1
    }
    return k
  }

  /// `X said: "..."`, `X said, "..."`, `X said "..."`, `X: "..."` before the
  /// opening mark; a colon may end the paragraph before the quote.
  func attributionBefore(_ quote: Quote) -> Attribution? {
    let k0 = quote.open - 1
    guard k0 >= 0 else { return nil }
    let sameParagraph = document.paragraphIndex(of: document.tokenTable[k0].range.lowerBound)
      == document.paragraphIndex(of: quote.content.lowerBound)
    guard sameParagraph || lower(k0) == ":" else { return nil }
    var k = k0
    // `X said "..."`: the cue right before the mark, no punctuation.
    let hasMark = lower(k) == ":" || lower(k) == "," || lower(k) == "that"
    if hasMark { k -= 1 }
    guard k >= 0 else { return nil }
    let start = document.sentenceTable[document.sentenceIndex(ofToken: k)].lowerBound
    if !hasMark, directCue(at: k, sentence: start..<(k + 1)) == nil { return nil }
    // `X said: "..."`, or with the cue's object between: `X told the council: "..."`.
    var c = k
    while c >= start, c > (hasMark ? k - 6 : k - 1) {
      if let cue = directCue(at: c, sentence: start..<(k + 1)) {
        if let found = subjectBefore(cue.lowerBound, sentenceStart: start) {
          return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: cue, end: quote.open)
        }
        // "Continued X: ...": the cue opens the sentence, the speaker follows.
        if cue.lowerBound == start, cue.upperBound < k + 1, isSpeakerPhrase(cue.upperBound..<(k + 1)) {
          let found = speaker(in: cue.upperBound..<(k + 1))
          return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: cue, end: quote.open)
        }
        return nil
      }
      guard shape(c) == .word else { break }
      c -= 1
    }
    // `X: "..."`.
    guard lower(k0) == ":", k >= start else {
      // `X shot back, "..."`: a clause ending in its verb.
      return lower(k0) == "," && k > start ? colonClauseAttribution(start..<k0, quote: quote, verbAtEnd: true) : nil
    }
    if let mention = speakerMention(in: max(start, k - 8)..<(k + 1)), mentions[mention].tokens.upperBound == k + 1 {
      return Attribution(speaker: mention, speakerTokens: mentions[mention].tokens, cue: nil, end: quote.open)
    }
    // A short capitalised name opening the sentence ("Headline Name: ...").
    let phrase = start..<(k + 1)
    if phrase.count <= 3, phrase.allSatisfy({ shape($0) == .word && isCapitalised($0) }) {
      return Attribution(speaker: nil, speakerTokens: phrase, cue: nil, end: quote.open)
    }
    return colonClauseAttribution(start..<k0, quote: quote)
  }

  func isCapitalised(_ k: Int) -> Bool {
    guard let first = document.scalars[document.tokenTable[k].range].first else { return false }
    return ScalarClass.isUppercase(first)
  }

  /// Whether a quote opens a sentence or a clause of its own: at a
  /// sentence or paragraph start, or after punctuation, another quote or a
  /// cue; not a fragment inside a sentence ("a film called "...""; "he
  /// vowed to "..."").
  func opensClause(_ quote: Quote) -> Bool {
    let before = quote.open - 1
    guard before >= 0 else { return true }
    if document.sentenceTable[document.sentenceIndex(ofToken: quote.open)].lowerBound == quote.open { return true }
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

  /// Nominal and naming cues a quoted fragment may follow ("called the plan
  /// "..."", "described it as "..."").
  static let fragmentCueLemmas: WordSet = ["call", "describe", "label", "dub", "term", "brand", "ask"]

  /// For a quoted fragment inside a sentence, an attribution after it only
  /// when it closes with a comma and the clause is a bare attribution
  /// (`the plan was "a mistake," she said.`), not a sentence going on
  /// (`on the show "Name," X said the ...`).
  func fragmentAttributionAfter(_ quote: Quote) -> Attribution? {
    guard let close = quote.close, close + 1 < document.tokenCount,
      lower(close - 1) == "," || lower(close + 1) == ",",
      let found = attributionAfter(quote), let cue = found.cue
    else { return nil }
    if cue.lowerBound > found.speakerTokens.lowerBound, cue.upperBound < document.tokenCount,
      !endsAttribution(cue.upperBound)
    {
      return nil
    }
    return found
  }

  /// For a quoted fragment inside a sentence: the nearest cue before it in
  /// the sentence and that cue's subject ("X vowed to "..."", "X called the
  /// plan "..."").
  func sentenceAttribution(_ quote: Quote) -> Attribution? {
    // `on "Show Name"`, `X's "Book Title"`: a title, not words of the speaker.
    if quote.open > 0, ["on", "in", "of", "at", "from", "for", "with", "by", "'s", "\u{2019}s"].contains(lower(quote.open - 1)) {
      return nil
    }
    let sentence = document.sentenceTable[document.sentenceIndex(ofToken: quote.open)]
    var c = quote.open - 1
    while c >= max(sentence.lowerBound, quote.open - 16) {
      if shape(c) == .quote || shape(c) == .terminal { return nil }
      let lemma = shape(c) == .word ? lexicon.reportingVerbs[lower(c)] : nil
      if let lemma, StatementExtractor.thatOnlyLemmas.contains(lemma) {
        c -= 1
        continue
      }
      if let cue = directCue(at: c, sentence: sentence.lowerBound..<quote.open)
        ?? (lemma.map { StatementExtractor.fragmentCueLemmas.contains($0) } == true && !isCapitalised(c) ? c..<(c + 1) : nil)
      {
        guard let found = subjectBefore(cue.lowerBound, sentenceStart: sentence.lowerBound) else { return nil }
        return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: cue, end: quote.open)
      }
      c -= 1
    }
    return nil
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
    let window = max(start, j - 8)..<(j + 1)
    if let mention = speakerMention(in: window), mentions[mention].tokens.upperBound == j + 1 {
      return (mention, mentions[mention].tokens)
    }
    // A phrase back to the sentence start or a comma: "former congressman X".
    var b = j
    while b > start, b > j - 8, shape(b - 1) == .word || shape(b - 1) == .number || lower(b - 1) == "." { b -= 1 }
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

  /// `According to X, "..."` before the opening mark.
  func accordingToBefore(_ quote: Quote) -> Attribution? {
    let k = quote.open - 1
    guard k >= 2, lower(k) == "," else { return nil }
    let start = document.sentenceTable[document.sentenceIndex(ofToken: k)].lowerBound
    guard k - start >= 3, lower(start) == "according", lower(start + 1) == "to" else { return nil }
    let phrase = (start + 2)..<k
    guard isSpeakerPhrase(phrase) else { return nil }
    let found = speaker(in: phrase)
    return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: start..<(start + 2), end: quote.open)
  }
}
