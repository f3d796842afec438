extension PatternRule {
  /// `pattern.cue`: a reporting verb or noun phrase (``StatementExtractor/cue(at:sentence:)``)
  /// with a speaker found by the words around it, named by where the
  /// content stands: after the cue, "X said (that) ..."
  /// (`pattern.cue-content`), or before the attribution, "..., X said"
  /// (`pattern.content-cue`). A quoted fragment inside the content makes
  /// the statement mixed.
  static let reportingCue = PatternRule(name: "pattern.cue", variants: [.cueThenContent, .contentThenCue]) {
    extractor, scan in
    let sentence = scan.sentence
    guard let cue = extractor.cue(at: scan.token, sentence: sentence),
      var draft = extractor.statement(cue: cue, sentence: sentence, earlier: scan.drafts)
    else { return nil }
    // A quoted fragment inside the content makes it mixed.
    let inside = draft.content.flatMap(extractor.quotesStarting)
    if !inside.isEmpty {
      draft.kind = .mixed
      scan.consumed.formUnion(inside)
    }
    if let last = draft.content.last, let token = extractor.document.tokenIndex(containing: last.upperBound - 1) {
      scan.coveredUntil = max(scan.coveredUntil, token + 1)
    }
    scan.token = cue.upperBound - 1
    return draft
  }
}

extension RuleName {
  /// "X said (that) ...": the content after the cue.
  static let cueThenContent: RuleName = "pattern.cue-content"
  /// "CONTENT, X said ...": the content before the attribution.
  static let contentThenCue: RuleName = "pattern.content-cue"
}

extension StatementExtractor {
  /// The speaker of a cue found by the words around it, and `before`, the
  /// token before the cue past auxiliaries and adverbs.
  struct CueSpeaker {
    /// The token before the cue, past auxiliaries and adverbs.
    let before: Int
    /// The speaker's mention, when it is one.
    let mention: Int?
    /// The speaker's tokens.
    let tokens: Range<Int>
  }

  /// The speaker of a reporting cue: the subject before it (or the group
  /// phrase it ends), the previous statement's speaker for a participle or
  /// a coordinated cue, an appositive's head, a speaker after the cue
  /// ("..., said the minister"), or a phrase that names no entity ("the
  /// ministry"); nil when there is none.
  func cueSpeaker(cue: Range<Int>, sentence: Range<Int>, earlier: [StatementDraft]) -> CueSpeaker? {
    var j = cue.lowerBound - 1
    while j >= sentence.lowerBound, WordLists.auxiliariesAndAdverbs.contains(lower(j)) { j -= 1 }
    let isParticiple = lower(cue.lowerBound).hasSuffix("ing")
    var speaker: Int?
    var speakerTokens: Range<Int>?
    if j >= sentence.lowerBound, isParticiple, lower(j) == "," {
      // "..., saying that ...": the subject of the main clause speaks.
      speaker = earlier.last?.speakerMention ?? subjectMention(of: sentence, before: j)
      speakerTokens = speaker.map { earlier.last?.speakerTokens ?? mentions[$0].tokens }
    } else if j >= sentence.lowerBound, lower(j) == "but" || lower(j) == "and" {
      // "X acknowledged ..., but expressed hope that ...".
      guard let previous = earlier.last else { return nil }
      speaker = previous.speakerMention
      speakerTokens = previous.speakerTokens
    } else if j >= sentence.lowerBound, let mention = mentionEndingAt[j] {
      speaker = mention
      speakerTokens = groupPhrase(ending: j, mention: mention, sentence: sentence) ?? mentions[mention].tokens
    } else if j > sentence.lowerBound, lower(j) == ",", let mention = appositiveHead(before: j, sentence: sentence) {
      // "Maria Delgado, the mayor, said ...".
      speaker = mention
      speakerTokens = mentions[mention].tokens
    } else if j >= sentence.lowerBound, let group = mentionStartingAt[clauseStart(of: sentence)],
      mentions[group].kind == .group, j - mentions[group].tokens.lowerBound < 16,
      let phrase = groupPhrase(ending: j, mention: group, sentence: sentence)
    {
      // "Russian officials, as well as Western intellectuals ... have cited".
      speaker = group
      speakerTokens = phrase
    } else if cue.upperBound < sentence.upperBound, let mention = mentionStartingAt[cue.upperBound],
      j >= sentence.lowerBound, lower(j) == "," || shape(j) == .quote,
      !StatementExtractor.objectFirstLemmas.contains(lexicon.reportingVerbs[lower(cue.lowerBound)] ?? ""),
      endsInvertedSpeaker(mentions[mention].tokens.upperBound, sentence: sentence)
    {
      // "..., said the minister."
      speaker = mention
      speakerTokens = mentions[mention].tokens
    }
    if speakerTokens == nil, j > sentence.lowerBound {
      // "The ministry said ...": a speaker that names no entity.
      var p = j
      while p > sentence.lowerBound, j - p < 3, lower(p - 1) != "," { p -= 1 }
      if p == clauseStart(of: sentence) || (p > sentence.lowerBound && lower(p - 1) == ","),
        isUnnamedSpeaker(p..<(j + 1))
      {
        speakerTokens = p..<(j + 1)
      } else if lower(j) == "," || shape(j) == .quote {
        // "..., said a spokesman."
        var q = cue.upperBound
        while q < sentence.upperBound, q - cue.upperBound < 4, shape(q) == .word { q += 1 }
        if q == sentence.upperBound || shape(q) == .terminal, isUnnamedSpeaker(cue.upperBound..<q) {
          speakerTokens = cue.upperBound..<q
        }
      }
    }
    guard let speakerTokens else { return nil }
    return CueSpeaker(before: j, mention: speaker, tokens: speakerTokens)
  }

  /// The statement a cue introduces, if any.
  func statement(cue: Range<Int>, sentence: Range<Int>, earlier: [StatementDraft]) -> StatementDraft? {
    guard let found = cueSpeaker(cue: cue, sentence: sentence, earlier: earlier) else { return nil }
    let j = found.before
    let speaker = found.mention
    let speakerTokens = found.tokens
    let isParticiple = lower(cue.lowerBound).hasSuffix("ing")
    let speakerStart = phraseStart(of: speakerTokens.lowerBound, sentence: sentence)
    // "CONTENT, X said ..." when the speaker follows a comma and what follows
    // the cue is not content.
    let afterCue = cue.upperBound
    // "pledged to rebuild ...": promises report with an infinitive.
    let isInfinitive = afterCue + 1 < sentence.upperBound && lower(afterCue) == "to"
      && lexicon.reportingVerbs[lower(cue.lowerBound)].map(StatementExtractor.infinitiveLemmas.contains) == true
      && shape(afterCue + 1) == .word
      && !isCapitalised(afterCue + 1)
    let afterIsContent = afterCue < sentence.upperBound && (isInfinitive || !isCircumstance(afterCue, sentence: sentence))
      && !isAddresseeOnly(after: cue, sentence: sentence)
    // The attribution starts with the speaker, or with the cue when the
    // speaker follows it ("..., said the minister").
    let attributionStart = speakerTokens.lowerBound >= cue.upperBound ? cue.lowerBound : speakerStart
    if attributionStart - 1 > sentence.lowerBound,
      lower(attributionStart - 1) == "," || shape(attributionStart - 1) == .quote,
      !afterIsContent || speakerTokens.lowerBound >= cue.upperBound
    {
      // A quote right before the attribution is a direct quote's.
      if attributionStart - 2 >= sentence.lowerBound,
        shape(attributionStart - 2) == .quote || shape(attributionStart - 1) == .quote
      {
        return nil
      }
      let before = sentence.lowerBound..<(attributionStart - 1)
      guard before.count >= 4, quote(containing: before.lowerBound) == nil else { return nil }
      var draft = StatementDraft(
        speakerMention: speaker, speakerTokens: speakerTokens, cue: cue, content: [scalars(before)], kind: .indirect)
      draft.date = firstDate(in: cue.upperBound..<sentence.upperBound)
      draft.rule = .contentThenCue
      return draft
    }
    // "X, later claiming that ..., left": a participle between the subject
    // and its verb ends at the next comma.
    let isParenthetical = isParticiple && j > sentence.lowerBound && lower(j) == ","
      && mentionEndingAt[j - 1].map { mentions[$0].tokens.lowerBound == clauseStart(of: sentence) } == true
    guard speakerTokens.lowerBound < cue.lowerBound, afterIsContent,
      let content = contentAfter(
        start: afterCue, sentence: sentence, infinitive: isInfinitive, untilComma: isParenthetical)
    else { return nil }
    // Verbs with other senses ("held talks", "found the keys") report only
    // with a that-clause.
    if let lemma = lexicon.reportingVerbs[lower(cue.lowerBound)], StatementExtractor.thatOnlyLemmas.contains(lemma),
      !(afterCue < sentence.upperBound && lower(afterCue) == "that"), thatClause(after: afterCue, sentence: sentence) == nil
    {
      return nil
    }
    var draft = StatementDraft(speakerMention: speaker, speakerTokens: speakerTokens, cue: cue, content: [content], kind: .indirect)
    draft.date = firstDate(in: afterCue..<(document.tokenIndex(containing: content.lowerBound) ?? afterCue))
    draft.rule = .cueThenContent
    return draft
  }
}
