extension QuoteRule {
  /// `quote.fragment-after`: a quoted fragment closing with a comma and a
  /// bare attribution: `the plan was "a mistake," she said.`
  static let fragmentAfter = QuoteRule(name: "quote.fragment-after") { extractor, quote in
    extractor.fragmentAttributionAfter(quote)?.named("quote.fragment-after")
  }
}

extension StatementExtractor {
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
}
