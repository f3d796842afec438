import NLPCore
import Lexicon

/// Finds statements: direct quotes with their attribution, indirect speech
/// ("X said (that) ...", "..., X said", "according to X", participial and
/// coordinated cues, nominal cues such as "made comments that"), and mixed
/// speech (indirect speech with a quoted fragment).
struct StatementExtractor {
  let lexicon: Lexicon
  let document: Document
  let mentions: [Mention]
  let quotes: [Quote]
  /// For each token, the mention ending there (the longest), if any.
  let mentionEndingAt: TokenIndexMap
  /// For each token, the mention starting there (the longest), if any.
  let mentionStartingAt: TokenIndexMap
  /// For each token inside a quote, the quote's index.
  let quoteAt: TokenIndexMap
  /// Mentions by position.
  let mentionIndex: MentionIndex
  /// (content start, quote index), sorted.
  let quoteStarts: [(start: Int, quote: Int)]
  /// The tokens of the quotes' opening marks.
  let quoteOpenings: Set<Int>
  /// The tokens where a date may start.
  let dateStarts: [Int]
  /// The parse, indexed, when the models ran.
  let tree: ParseTree?

  init(lexicon: Lexicon, document: Document, mentions: [Mention], quotes: [Quote], tree: ParseTree?) {
    self.lexicon = lexicon
    self.tree = tree
    self.document = document
    self.mentions = mentions
    self.quotes = quotes
    (mentionStartingAt, mentionEndingAt) = TokenIndexMap.longestMentions(mentions, tokenCount: document.tokenCount) {
      $0.entity != nil || $0.kind == .group
    }
    var quoteAt = TokenIndexMap(tokenCount: document.tokenCount)
    for (index, quote) in quotes.enumerated() {
      for token in quote.tokens where quoteAt[token] == nil { quoteAt[token] = index }
    }
    self.quoteAt = quoteAt
    quoteOpenings = Set(quotes.map(\.open))
    quoteStarts = quotes.enumerated().map { ($0.element.content.lowerBound, $0.offset) }.sorted { $0.start < $1.start }
    mentionIndex = MentionIndex(mentions)
    dateStarts = DateFinder.possibleStarts(in: document, lexicon: lexicon)
  }

  // MARK: Token helpers

  func lower(_ i: Int) -> String { document.lowercasedWord(i) }
  func shape(_ i: Int) -> TokenShape { document.tokenTable[i].shape }
  func scalars(_ tokens: Range<Int>) -> Range<Int> {
    document.tokenTable[tokens.lowerBound].range.lowerBound..<document.tokenTable[tokens.upperBound - 1].range.upperBound
  }

  /// The quotes whose text starts inside a scalar range.
  func quotesStarting(in range: Range<Int>) -> [Int] {
    var low = quoteStarts.partitioningIndex { $0.start >= range.lowerBound }
    var result: [Int] = []
    while low < quoteStarts.count, quoteStarts[low].start < range.upperBound {
      result.append(quoteStarts[low].quote)
      low += 1
    }
    return result
  }

  /// Whether token `i` is inside the text of a quote.
  func quote(containing i: Int) -> Int? {
    quoteAt[i]
  }

  /// Whether `i` is a reporting verb used as a verb, and the cue's tokens.
  func cue(at i: Int, sentence: Range<Int>) -> Range<Int>? {
    guard shape(i) == .word else { return nil }
    let word = lower(i)
    let previous = i > sentence.lowerBound ? lower(i - 1) : ""
    if let lemma = lexicon.reportingVerbs[word], !StatementExtractor.excludedLemmas.contains(lemma) {
      if WordLists.determiners.contains(previous) || previous == "'s" { return nil }
      // "a track record of ...", "bold forecasts": the tagger, when it ran,
      // knows a noun from a verb (a plural noun only inside a noun phrase,
      // since "Kyiv insists" is sometimes tagged as one).
      if document.hasModelAnnotations, isNounInsideNounPhrase(i, sentence: sentence) { return nil }
      if isCapitalised(i), i != sentence.lowerBound {
        return nil
      }
      // "point out", "go on to say"
      if i + 1 < sentence.upperBound, lower(i + 1) == "out", word.hasPrefix("point") { return i..<(i + 2) }
      return i..<(i + 1)
    }
    if StatementExtractor.supportVerbs.contains(word) {
      var j = i + 1
      while j < min(sentence.upperBound, i + TokenWindow.supportVerbNoun), WordLists.determiners.contains(lower(j)) || lower(j).hasSuffix("ful")
        || ["public", "similar", "new", "further", "strong"].contains(lower(j))
      {
        j += 1
      }
      if j < sentence.upperBound, lexicon.reportingNouns.contains(lower(j)) { return i..<(j + 1) }
    }
    return nil
  }

  /// Whether the tagger made token `i` a singular noun, or a plural noun
  /// after a lower-case adjective, noun, determiner or number (a capitalised
  /// word before it is more likely the speaker: "Kyiv insists").
  func isNounInsideNounPhrase(_ i: Int, sentence: Range<Int>) -> Bool {
    let record = document.tokenTable[i]
    if record.tag == .noun { return true }
    guard record.pos == .noun, i > sentence.lowerBound, !isCapitalised(i - 1) else { return false }
    return [.adj, .noun, .det, .num].contains(document.tokenTable[i - 1].pos)
  }

  /// Whether tokens name a speaker that is no entity: "the ministry", "a
  /// spokesman", "the state news agency" (a determiner and up to three
  /// words, none a verb, pronoun or preposition).
  func isUnnamedSpeaker(_ tokens: Range<Int>) -> Bool {
    guard tokens.count >= 2, tokens.count <= TokenWindow.unnamedSpeaker, tokens.lowerBound >= 0, tokens.upperBound <= document.tokenCount,
      ["the", "a", "an"].contains(lower(tokens.lowerBound))
    else { return false }
    for k in tokens.dropFirst() {
      let word = lower(k)
      guard shape(k) == .word, !WordLists.auxiliariesAndAdverbs.contains(word), !WordLists.subjectPronouns.contains(word),
        !WordLists.locativePrepositions.contains(word), !WordLists.determiners.contains(word),
        !["of", "and", "or", "for", "with", "by", "on", "that", "which", "who"].contains(word),
        lexicon.reportingVerbs[word] == nil
      else { return false }
    }
    return true
  }

  static let excludedLemmas: WordSet = ["call", "ask", "answer", "question", "describe", "label", "name"]
  /// Reporting verbs with other common senses: they report only before "that".
  static let thatOnlyLemmas: WordSet = [
    "hold", "add", "find", "show", "feel", "know", "see", "agree", "understand", "learn", "hear",
    "mean", "indicate", "recall", "reveal", "note", "point to", "decide", "determine", "conclude",
    "realize", "remember", "forget", "expect", "hope", "wish", "fear", "worry",
  ]

  /// Reporting verbs whose content may be an infinitive ("pledged to ...").
  static let infinitiveLemmas: WordSet = ["pledge", "promise", "vow", "swear", "threaten"]

  static let supportVerbs: WordSet = [
    "made", "make", "makes", "making", "expressed", "express", "expresses", "expressing", "voiced",
    "voice", "voices", "issued", "issue", "issues", "gave", "give", "gives", "offered", "offer",
    "repeated", "renewed", "reiterated",
  ]
}
