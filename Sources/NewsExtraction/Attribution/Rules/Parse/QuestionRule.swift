import Lexicon

extension ParseRule {
  /// `parse.question`: a question put to someone: "Asked whether the plan
  /// would pass, ...".
  static let question = ParseRule(name: "parse.question") { extractor, site in
    extractor.questionStatement(at: site.token, sentence: site.sentence)
  }
}

/// Questions put to someone: "Asked whether the plan would pass, ...",
/// "when asked about the bridge, ...", "Asked by reporters if ...". The
/// content is the question up to the comma that ends the phrase; the
/// source is the asker when "by" names one, else there is none.
extension StatementExtractor {
  /// Words that open the question after "asked".
  static let questionOpeners: WordSet = ["whether", "if", "what", "how", "why", "who", "when", "where", "which"]

  /// Words after which "asked" opens a participial phrase.
  static let questionPhraseOpeners: WordSet = [",", "when", "if", "after", "once", "while", "whenever", "as", "but", "and"]

  /// The question an "asked" phrase at token `i` reports, or nil.
  func questionStatement(at i: Int, sentence: Range<Int>) -> StatementDraft? {
    guard isWord(i, "asked"), i == sentence.lowerBound || Self.questionPhraseOpeners.contains(lower(i - 1)) else { return nil }
    var k = i + 1
    var speaker: Int?
    var speakerTokens: Range<Int>?
    if k + 1 < sentence.upperBound, isWord(k, "by"), let mention = mentionStartingAt[k + 1] {
      speaker = mention
      speakerTokens = mentions[mention].tokens
      k = mentions[mention].tokens.upperBound
    }
    guard k < sentence.upperBound else { return nil }
    var cue = i..<(i + 1)
    if isWord(k, "about") {
      k += 1
      if speakerTokens == nil { cue = i..<k }
    } else if !Self.questionOpeners.contains(lower(k)) {
      return nil
    }
    // The phrase ends at a comma: what follows is the answer's clause.
    var end = k
    while end < sentence.upperBound, !isWord(end, ","), shape(end) != .terminal, !isWord(end, ";") { end += 1 }
    guard end < sentence.upperBound, isWord(end, ",") else { return nil }
    let content = trimmed(k..<end)
    guard hasWords(content, minimum: 2) else { return nil }
    return StatementDraft(
      speakerMention: speaker, speakerTokens: speakerTokens, cue: cue, content: [scalars(content)], kind: .indirect)
  }
}
