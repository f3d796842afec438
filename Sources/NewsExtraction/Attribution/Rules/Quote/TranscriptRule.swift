import NLPCore

extension QuoteRule {
  /// `quote.transcript`: a transcript line quoted whole, `"NAME: ..."`.
  static let transcript = QuoteRule(name: "quote.transcript") { extractor, quote in
    extractor.transcriptSpeaker(quote)
  }
}

extension StatementExtractor {
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
}
