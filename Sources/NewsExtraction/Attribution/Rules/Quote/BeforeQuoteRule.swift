extension QuoteRule {
  /// `quote.before`: the attribution before a quote's opening mark, named
  /// by its form: `X said: "..."` (`quote.before-cue`), `Continued X: "..."`
  /// (`quote.before-cue-speaker`), `X shot back, "..."`
  /// (`quote.before-clause-comma`), `NAME: "..."` (`quote.before-name-colon`),
  /// `Headline Name: "..."` (`quote.before-heading-colon`) and `The senator
  /// fired back: "..."` (`quote.before-clause-colon`).
  static let before = QuoteRule(
    name: "quote.before",
    variants: [
      .beforeCue, .beforeCueSpeaker, .beforeClauseComma, .beforeNameColon, .beforeHeadingColon, .beforeClauseColon,
    ]
  ) { extractor, quote in
    extractor.attributionBefore(quote)
  }
}

extension RuleName {
  /// `X said: "..."`, `X told the council: "..."`.
  static let beforeCue: RuleName = "quote.before-cue"
  /// `Continued X: "..."`: the cue opens the sentence, the speaker follows.
  static let beforeCueSpeaker: RuleName = "quote.before-cue-speaker"
  /// `X shot back, "..."`: a clause ending in its verb.
  static let beforeClauseComma: RuleName = "quote.before-clause-comma"
  /// `NAME: "..."`: a mention right before the colon.
  static let beforeNameColon: RuleName = "quote.before-name-colon"
  /// `Headline Name: "..."`: a short capitalised phrase opening the sentence.
  static let beforeHeadingColon: RuleName = "quote.before-heading-colon"
  /// `The senator fired back: "..."`: a clause before the colon.
  static let beforeClauseColon: RuleName = "quote.before-clause-colon"
}

extension StatementExtractor {
  /// `X said: "..."`, `X said, "..."`, `X said "..."`, `X: "..."` before the
  /// opening mark; a colon may end the paragraph before the quote.
  func attributionBefore(_ quote: Quote) -> Attribution? {
    let k0 = quote.open - 1
    guard k0 >= 0 else { return nil }
    let sameParagraph = document.paragraphIndex(of: document.tokenTable[k0].range.lowerBound)
      == document.paragraphIndex(of: quote.content.lowerBound)
    guard sameParagraph || lower(k0) == ":" else { return nil }
    var k = k0
    // `X said "..."`: the cue right before the mark, no punctuation.
    let hasMark = lower(k) == ":" || lower(k) == "," || lower(k) == "that"
    if hasMark { k -= 1 }
    guard k >= 0 else { return nil }
    let start = document.sentence(ofToken: k).lowerBound
    if !hasMark, directCue(at: k, sentence: start..<(k + 1)) == nil { return nil }
    // `X said: "..."`, or with the cue's object between: `X told the council: "..."`.
    var c = k
    while c >= start, c > (hasMark ? k - 6 : k - 1) {
      if let cue = directCue(at: c, sentence: start..<(k + 1)) {
        if let found = subjectBefore(cue.lowerBound, sentenceStart: start) {
          return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: cue, end: quote.open, rule: .beforeCue)
        }
        // "Continued X: ...": the cue opens the sentence, the speaker follows.
        if cue.lowerBound == start, cue.upperBound < k + 1, isSpeakerPhrase(cue.upperBound..<(k + 1)) {
          let found = speaker(in: cue.upperBound..<(k + 1))
          return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: cue, end: quote.open, rule: .beforeCueSpeaker)
        }
        return nil
      }
      guard shape(c) == .word else { break }
      c -= 1
    }
    // `X: "..."`.
    guard lower(k0) == ":", k >= start else {
      // `X shot back, "..."`: a clause ending in its verb.
      return lower(k0) == "," && k > start ? colonClauseAttribution(start..<k0, quote: quote, verbAtEnd: true).map { $0.named(.beforeClauseComma) } : nil
    }
    if let mention = speakerMention(in: max(start, k - TokenWindow.speakerLookBack)..<(k + 1)), mentions[mention].tokens.upperBound == k + 1 {
      return Attribution(speaker: mention, speakerTokens: mentions[mention].tokens, cue: nil, end: quote.open, rule: .beforeNameColon)
    }
    // A short capitalised name opening the sentence ("Headline Name: ...").
    let phrase = start..<(k + 1)
    if phrase.count <= 3, phrase.allSatisfy({ shape($0) == .word && isCapitalised($0) }) {
      return Attribution(speaker: nil, speakerTokens: phrase, cue: nil, end: quote.open, rule: .beforeHeadingColon)
    }
    return colonClauseAttribution(start..<k0, quote: quote).map { $0.named(.beforeClauseColon) }
  }
}
