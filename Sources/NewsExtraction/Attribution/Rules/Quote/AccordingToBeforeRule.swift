extension QuoteRule {
  /// `quote.according-to-before`: `According to X, "..."`.
  static let accordingToBefore = QuoteRule(name: "quote.according-to-before") { extractor, quote in
    extractor.accordingToBefore(quote)
  }
}

extension StatementExtractor {
  /// `According to X, "..."` before the opening mark.
  func accordingToBefore(_ quote: Quote) -> Attribution? {
    let k = quote.open - 1
    guard k >= 2, lower(k) == "," else { return nil }
    let start = document.sentence(ofToken: k).lowerBound
    guard k - start >= 3, lower(start) == "according", lower(start + 1) == "to" else { return nil }
    let phrase = (start + 2)..<k
    guard isSpeakerPhrase(phrase) else { return nil }
    let found = speaker(in: phrase)
    return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: start..<(start + 2), end: quote.open)
  }
}
