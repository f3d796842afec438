extension QuoteRule {
  /// `quote.after-speaker-cue`: `"...," X said`, `"...," X, a spokesman
  /// for Y, said`: the first cue of the clause after the quote, after a
  /// subject phrase.
  static let afterSpeakerCue = QuoteRule(name: "quote.after-speaker-cue") { extractor, quote in
    guard let tail = extractor.quoteTail(quote), !tail.opensAccordingTo,
      extractor.directCue(at: tail.start, sentence: tail.sentence) == nil
    else { return nil }
    return extractor.speakerBeforeCue(after: tail)
  }
}

extension StatementExtractor {
  /// The subject of the first cue in the clause after a quote.
  func speakerBeforeCue(after tail: QuoteTail) -> Attribution? {
    let k = tail.start
    var j = k + 1
    while j < min(tail.limit, k + Self.clauseAfterQuoteWindow) {
      if let cue = directCue(at: j, sentence: tail.sentence) {
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
        let close = tail.close
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
}
