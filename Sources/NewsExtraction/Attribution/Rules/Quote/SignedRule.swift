import Lexicon

extension QuoteRule {
  /// `quote.signed`: `"..." - Name` closing a paragraph.
  static let signed = QuoteRule(name: "quote.signed") { extractor, quote in
    extractor.signedAttribution(quote)
  }
}

extension StatementExtractor {
  /// The dashes that sign a quote.
  static let dashes: WordSet = ["\u{2015}", "\u{2014}", "\u{2013}", "-", "--"]

  /// `"..." - Name` closing a paragraph: a quote signed with a dash.
  func signedAttribution(_ quote: Quote) -> Attribution? {
    guard let close = quote.close, close + 2 < document.tokenCount,
      StatementExtractor.dashes.contains(lower(close + 1))
    else { return nil }
    let paragraph = document.paragraphIndex(of: document.tokenTable[close].range.lowerBound)
    var end = close + 2
    while end < min(document.tokenCount, close + TokenWindow.signature), shape(end) == .word || isNamePunctuation(end),
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
}
