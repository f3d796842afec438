import Lexicon

/// A complement clause the parse did not hang on its cue, found by its
/// complementizer: "argued that ...", "questioned in recent days whether
/// ...", "asked the senator if ...".
extension StatementExtractor {
  /// Complementizers that open a reported clause.
  static let complementizers: WordSet = ["that", "whether", "if"]

  /// For a reporting verb, the clause from a complementizer a few words
  /// after it (past adverbs, a prepositional phrase, or the person
  /// addressed) up to the next clause boundary; nil when a comma, a verb
  /// or a quote comes first.
  func markedComplement(of v: Int, sentence: Range<Int>) -> Range<Int>? {
    guard let lemma = lexicon.reportingVerbs[lower(v)] else { return nil }
    let limit = min(sentence.upperBound, v + TokenWindow.complementizer)
    var k = v + 1
    while k < limit, !Self.complementizers.contains(lower(k)) {
      guard shape(k) == .word || shape(k) == .number, quote(containing: k) == nil else { return nil }
      switch document.tokenTable[k].pos {
      case .adv, .adp, .det, .adj, .num, .noun: break
      case .propn, .pron: if !WordLists.addresseeCueLemmas.contains(lemma) && !hasCase(before: k, from: v) { return nil }
      case .part: if !isWord(k, "out") && !isWord(k, "up") { return nil }
      default: return nil
      }
      k += 1
    }
    // A verb right after "that" makes it a relative pronoun ("a hill that
    // overlooks the bay").
    guard k < limit, k + 1 < sentence.upperBound, shape(k + 1) == .word || shape(k + 1) == .number,
      quote(containing: k) == nil, document.tokenTable[k + 1].pos != .verb, document.tokenTable[k + 1].pos != .aux
    else { return nil }
    var end = k + 1
    while end < sentence.upperBound, shape(end) != .terminal, !isClauseBoundary(end, sentence: sentence) { end += 1 }
    // "that" is left out of the content, as for parsed complements.
    let content = trimmed((isWord(k, "that") ? k + 1 : k)..<end)
    return hasWords(content, minimum: 4) ? content : nil
  }

  /// Whether a preposition stands between the cue and token `k` ("said
  /// in an interview with Smith that ...").
  private func hasCase(before k: Int, from v: Int) -> Bool {
    ((v + 1)..<k).contains { document.tokenTable[$0].pos == .adp }
  }
}
