extension QuoteRule {
  /// `quote.trailing-clause`: `"...," she shot back.`: a short clause of a
  /// subject and a verb after the closing mark.
  static let trailingClause = QuoteRule(name: "quote.trailing-clause") { extractor, quote in
    extractor.trailingClauseAttribution(quote)
  }
}

/// Quotes closed by a comma, question or exclamation mark and followed by
/// a short clause of a subject and a verb that is no known reporting verb:
/// `"...," she shot back.`, `"...?" Smith wondered aloud.` The subject is
/// the speaker.
extension StatementExtractor {
  /// The attribution in the short clause after a quote's closing mark, or
  /// nil when there is none.
  func trailingClauseAttribution(_ quote: Quote) -> Attribution? {
    guard let close = quote.close, close > 0, [",", "?", "!"].contains(lower(close - 1)) else { return nil }
    let k = close + 1
    guard k < document.tokenCount, shape(k) == .word,
      document.paragraphIndex(of: document.tokenTable[k].range.lowerBound)
        == document.paragraphIndex(of: quote.content.lowerBound)
    else { return nil }
    // The subject: a name or subject pronoun starting right after the mark.
    guard let mention = mentionStartingAt[k] ?? speakerMention(in: k..<(k + 1)),
      mentions[mention].tokens.lowerBound == k, mentions[mention].tokens.count <= 4,
      mentions[mention].kind == .name
        || (mentions[mention].kind == .pronoun && WordLists.subjectPronouns.contains(lower(k)))
    else { return nil }
    var verb = mentions[mention].tokens.upperBound
    while verb < document.tokenCount, isCueModifier(verb) || document.tokenTable[verb].pos == .adv { verb += 1 }
    guard verb < document.tokenCount, document.tokenTable[verb].pos == .verb else { return nil }
    // The clause ends within a few words: a bare attribution, not a new
    // sentence about something else.
    var end = verb + 1
    while end < min(document.tokenCount, verb + 5), shape(end) == .word { end += 1 }
    guard end < document.tokenCount, shape(end) == .terminal || lower(end) == "," || shape(end) == .quote else { return nil }
    return Attribution(speaker: mention, speakerTokens: mentions[mention].tokens, cue: verb..<(verb + 1), end: verb + 1)
  }
}
