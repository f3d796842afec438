extension QuoteRule {
  /// `quote.after-cue-speaker`: `"...," said X` (and `"...," said the
  /// mayor, NAME`).
  static let afterCueSpeaker = QuoteRule(name: "quote.after-cue-speaker") { extractor, quote in
    guard let tail = extractor.quoteTail(quote), !tail.opensAccordingTo,
      let cue = extractor.directCue(at: tail.start, sentence: tail.sentence)
    else { return nil }
    return extractor.speakerAfter(cue: cue, limit: tail.limit)
  }
}

extension StatementExtractor {
  /// The speaker after a cue that follows a quote ("said X"), up to
  /// `limit`.
  func speakerAfter(cue: Range<Int>, limit: Int) -> Attribution? {
    var m = cue.upperBound
    while m < limit, isCueModifier(m) { m += 1 }
    let end = invertedPhraseEnd(m, limit)
    guard m < end, !StatementExtractor.speakerPhraseStops.contains(lower(m)) else { return nil }
    let phrase = m..<end
    guard isSpeakerPhrase(phrase) else { return nil }
    var found = speaker(in: phrase)
    // "said the mayor, NAME": a title and an appositive name.
    if found.mention.map({ mentions[$0].kind != .name }) ?? true, end + 1 < limit, lower(end) == ",",
      let name = speakerMention(in: (end + 1)..<invertedPhraseEnd(end + 1, limit)),
      mentions[name].kind == .name
    {
      found = (name, mentions[name].tokens)
    }
    return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: cue, end: found.tokens.upperBound)
  }
}
