/// Stance verbs read off the parse: a prepositional topic ("talked about
/// the flooding"), an object ("defended the mayor"), and contents of one or
/// two words for them ("endorsed Delgado"); read by ``ParseRule/verbCue``.
extension StatementExtractor {
  /// Whether a cue verb takes this preposition's phrase as its content:
  /// any cue ("called for", "spoke about") or a stance verb ("talked
  /// about", "focused on", "sided with").
  func isCuePreposition(_ p: String, lemma: String) -> Bool {
    WordLists.cuePrepositions.contains(p)
      || (WordLists.stanceCueLemmas.contains(lemma) && WordLists.stancePrepositions.contains(p))
  }

  /// The lemma of a stance verb ("defended", "sought"), or nil.
  func stanceCueLemma(_ v: Int) -> String? {
    let lemma = document.tokenTable[v].lemma
    if WordLists.stanceCueLemmas.contains(lemma) { return lemma }
    return WordLists.irregularCueForms[lower(v)]
  }

  /// Whether a stance verb reports an object ("defended the plan").
  func isStanceObjectCue(_ lemma: String) -> Bool {
    WordLists.shortObjectCueLemmas.contains(lemma)
  }

  /// Whether a content of one or two words stands: the nominal object of a
  /// stance verb that closes its clause ("endorsed Smith.", "opposed the
  /// bill, but ..."); words after it may be what the parse cut off.
  func allowsShortContent(_ content: [Range<Int>], lemma: String, object: Int?) -> Bool {
    guard WordLists.shortObjectCueLemmas.contains(lemma), let object, content.count == 1,
      content[0].contains(object), hasWords(content[0], minimum: 1)
    else { return false }
    let next = content[0].upperBound
    guard next >= document.tokenCount || shape(next) == .terminal || isWord(next, ",") || isWord(next, ";")
      || document.tokenTable[next].pos == .cconj
    else { return false }
    let upos = document.tokenTable[object].pos
    return upos == .propn || upos == .noun
  }
}
