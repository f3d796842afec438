extension QuoteRule {
  /// `quote.according-to-after`: `"...," according to X`.
  static let accordingToAfter = QuoteRule(name: "quote.according-to-after") { extractor, quote in
    guard let tail = extractor.quoteTail(quote), tail.opensAccordingTo else { return nil }
    let k = tail.start
    let phrase = (k + 2)..<extractor.invertedPhraseEnd(k + 2, tail.limit)
    guard extractor.isSpeakerPhrase(phrase) else { return nil }
    let found = extractor.speaker(in: phrase)
    return StatementExtractor.Attribution(
      speaker: found.mention, speakerTokens: found.tokens, cue: k..<(k + 2), end: phrase.upperBound)
  }
}
