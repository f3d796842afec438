extension ParseRule {
  /// `parse.mistagged-cue`: a cue verb the tagger took for a noun after its
  /// subject: "Delgado plans to ...", "Recent polling shows that ...".
  static let mistaggedCue = ParseRule(name: "parse.mistagged-cue") { extractor, site in
    guard extractor.document.tokenTable[site.token].pos == .noun else { return nil }
    return extractor.mistaggedCueStatement(cue: site.token, sentence: site.sentence)
  }
}

/// Cue verbs the tagger took for nouns after their subject ("Delgado plans
/// to ...", "Recent polling shows that ...", "the candidates hope to
/// ..."): a third-person form of a cue verb after a name, a noun or a
/// subject pronoun, or a base form after a plural subject, before "to" or
/// a complementizer, reports what follows.
extension StatementExtractor {
  /// The statement of a mistagged cue verb at `n`, or nil.
  func mistaggedCueStatement(cue n: Int, sentence: Range<Int>) -> StatementDraft? {
    let record = document.tokenTable[n]
    guard record.pos == .noun, n > sentence.lowerBound, n + 2 < sentence.upperBound else { return nil }
    // "the plans to ...", "his plans to ...", "the new plans": a noun.
    let previous = document.tokenTable[n - 1]
    if isThirdPersonCueForm(n) {
      guard previous.pos == .propn || previous.pos == .noun
        || (previous.pos == .pron && WordLists.subjectPronouns.contains(lower(n - 1)))
      else { return nil }
    } else {
      // A base form after a plural subject ("the candidates hope to ...").
      let before = lower(n - 1)
      guard isBaseCueForm(n),
        ["they", "we", "you", "i"].contains(before)
          || (before.hasSuffix("s") && !before.hasSuffix("'s") && !before.hasSuffix("’s")
            && [.noun, .propn, .verb].contains(previous.pos))
      else { return nil }
    }
    let next = lower(n + 1)
    guard next == "to" || next == "that" || next == "whether",
      document.tokenTable[n + 2].pos != .verb || next == "to",
      next != "to" || document.tokenTable[n + 2].pos == .verb || document.tokenTable[n + 2].pos == .aux
    else { return nil }
    var end = n + 2
    while end < sentence.upperBound, shape(end) != .terminal, !isClauseBoundary(end, sentence: sentence) { end += 1 }
    // "that" is left out of the content, as for parsed complements.
    let content = trimmed((next == "that" ? n + 2 : n + 1)..<end)
    // A plural subject the tagger made the verb ("candidates/VERB hope/NOUN").
    let subject = nounPhraseBefore(n, sentence: sentence)
      ?? (previous.pos == .verb ? nounPhraseBefore(n - 1, sentence: sentence).map { $0.lowerBound..<n } : nil)
    guard hasWords(content, minimum: 3), quote(containing: content.lowerBound) == nil,
      let source = subject, !source.overlaps(content)
    else { return nil }
    return makeDraft(source: source, cue: n..<(n + 1), content: [content])
  }

  /// Whether token `k` is the base form of a reporting, attitude or stance
  /// verb ("hope", "plan").
  private func isBaseCueForm(_ k: Int) -> Bool {
    let word = lower(k)
    if let lemma = lexicon.reportingVerbs[word], lemma == word { return true }
    return WordLists.attitudeCueLemmas.contains(word) || WordLists.stanceCueLemmas.contains(word)
  }

  /// Whether token `k` is the third-person singular of a reporting,
  /// attitude or stance verb ("says", "plans", "wishes").
  private func isThirdPersonCueForm(_ k: Int) -> Bool {
    let word = lower(k)
    guard word.hasSuffix("s") else { return false }
    if let lemma = lexicon.reportingVerbs[word], lemma + "s" == word || lemma + "es" == word { return true }
    let stem = word.dropLast()
    let lemma = stem.hasSuffix("e") && word.hasSuffix("es") && !WordLists.attitudeCueLemmas.contains(String(stem))
      ? String(stem.dropLast()) : String(stem)
    return WordLists.attitudeCueLemmas.contains(lemma) || WordLists.stanceCueLemmas.contains(lemma)
  }
}
