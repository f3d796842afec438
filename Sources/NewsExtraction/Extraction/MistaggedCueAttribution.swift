/// Cue verbs the tagger took for plural nouns after their subject ("Obama
/// plans to ...", "Recent polling shows that ..."): a third-person form of
/// a cue verb, after a name, a noun or a subject pronoun, and before "to"
/// or a complementizer, reports what follows.
extension StatementExtractor {
  /// The statement of a mistagged cue verb at `n`, or nil.
  func mistaggedCueStatement(cue n: Int, sentence: Range<Int>) -> StatementDraft? {
    let record = document.tokenTable[n]
    guard record.upos == "NOUN", n > sentence.lowerBound, n + 2 < sentence.upperBound, isThirdPersonCueForm(n) else {
      return nil
    }
    // "the plans to ...", "his plans to ...", "the new plans": a noun.
    let previous = document.tokenTable[n - 1]
    guard previous.upos == "PROPN" || previous.upos == "NOUN"
      || (previous.upos == "PRON" && WordLists.subjectPronouns.contains(lower(n - 1)))
    else { return nil }
    let next = lower(n + 1)
    guard next == "to" || next == "that" || next == "whether",
      document.tokenTable[n + 2].upos != "VERB" || next == "to",
      next != "to" || document.tokenTable[n + 2].upos == "VERB" || document.tokenTable[n + 2].upos == "AUX"
    else { return nil }
    var end = n + 2
    while end < sentence.upperBound, shape(end) != .terminal, !isClauseBoundary(end, sentence: sentence) { end += 1 }
    let content = trimmed((n + 1)..<end)
    guard hasWords(content, minimum: 3), quote(containing: content.lowerBound) == nil,
      let source = nounPhraseBefore(n, sentence: sentence), !source.overlaps(content)
    else { return nil }
    return makeDraft(source: source, cue: n..<(n + 1), content: [content])
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
