import Lexicon

extension QuoteRule {
  /// `quote.sentence-cue`: a quoted fragment after a cue of its sentence
  /// and that cue's subject: `X vowed to "..."`, `X called the plan "..."`.
  static let sentenceCue = QuoteRule(name: "quote.sentence-cue") { extractor, quote in
    extractor.sentenceAttribution(quote)
  }
}

extension StatementExtractor {
  /// Nominal and naming cues a quoted fragment may follow ("called the plan
  /// "..."", "described it as "..."").
  static let fragmentCueLemmas: WordSet = ["call", "describe", "label", "dub", "term", "brand", "ask"]

  /// For a quoted fragment inside a sentence: the nearest cue before it in
  /// the sentence and that cue's subject ("X vowed to "..."", "X called the
  /// plan "..."").
  func sentenceAttribution(_ quote: Quote) -> Attribution? {
    // `on "Show Name"`, `X's "Book Title"`: a title, not words of the speaker.
    if quote.open > 0, ["on", "in", "of", "at", "from", "for", "with", "by", "'s", "\u{2019}s"].contains(lower(quote.open - 1)) {
      return nil
    }
    let sentence = document.sentence(ofToken: quote.open)
    var c = quote.open - 1
    while c >= max(sentence.lowerBound, quote.open - TokenWindow.fragmentCue) {
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
}
