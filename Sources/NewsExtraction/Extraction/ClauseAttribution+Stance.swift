/// Stance verbs read off the parse: a prepositional topic ("talked about
/// the flooding"), an object ("defended the mayor"), and contents of one or
/// two words for them ("endorsed Delgado"); and the entry to the other
/// cues the parse alone misses.
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

  /// Statements whose cue is an adjective ("worried that"), a cue verb the
  /// tagger made a noun ("Delgado plans to"), or a headline's colon.
  func adjectiveNounOrColonStatement(at i: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    let record = document.tokenTable[i]
    if record.upos == "ADJ" || record.xpos == "VBN", let found = stanceAdjectiveStatement(cue: i, sentence: sentence, tree: tree) {
      return found
    }
    if record.upos == "NOUN", let found = mistaggedCueStatement(cue: i, sentence: sentence) { return found }
    return i == sentence.lowerBound ? colonStatement(in: sentence) : nil
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
      || document.tokenTable[next].upos == "CCONJ"
    else { return false }
    let upos = document.tokenTable[object].upos
    return upos == "PROPN" || upos == "NOUN"
  }
}
