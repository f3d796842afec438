import Lexicon

/// Quotes introduced by a whole clause ending in a colon whose verb is no
/// reporting verb: `The senator fired back: "..."`, `She went on: "..."`,
/// `The report reads: "..."`, and by a clause ending in its verb before a
/// comma: `She shot back, "..."`. The clause's subject is the speaker.
extension StatementExtractor {
  /// Subject pronouns that stand for no speaker.
  private static let nonSpeakerSubjects: WordSet = [
    "it", "this", "that", "there", "which", "what", "these", "those", "who",
  ]

  /// The attribution of a quote after `clause` (the sentence up to the
  /// colon before the quote): the subject of the clause's main verb, when
  /// the parse has one before the verb; nil otherwise. With `verbAtEnd`,
  /// the clause must end in the main verb or a verb coordinated with it
  /// (past a particle or adverb: "fired back").
  func colonClauseAttribution(_ clause: Range<Int>, quote: Quote, verbAtEnd: Bool = false) -> Attribution? {
    guard document.hasModelAnnotations, clause.count >= 2 else { return nil }
    func head(_ k: Int) -> Int { k + document.tokenTable[k].headOffset }
    // The clause's main verb: the last verb whose head lies outside the
    // clause (the parser may hang the clause on the quote's verb).
    guard let root = clause.last(where: {
      (!clause.contains(head($0)) || head($0) == $0) && document.tokenTable[$0].pos == .verb
    }) else { return nil }
    if verbAtEnd {
      var v = clause.upperBound - 1
      while v > clause.upperBound - 3, [.compoundPrt, .advmod].contains(document.tokenTable[v].label) { v -= 1 }
      // A two-word clause of particles and adverbs ends in no verb.
      guard v >= clause.lowerBound else { return nil }
      let record = document.tokenTable[v]
      guard record.pos == .verb, v == root || (record.label == .conj && head(v) == root) else { return nil }
    }
    guard let subject = clause.first(where: {
      $0 < root && head($0) == root && document.tokenTable[$0].label == .nsubj
    }) else { return nil }
    // The subject's phrase: the clause tokens whose heads lead to it.
    var low = subject
    var high = subject
    for k in clause.lowerBound..<root {
      var node = k
      var steps = 0
      while node != subject, node != root, clause.contains(node), steps < 32 {
        node = head(node)
        steps += 1
      }
      if node == subject {
        low = min(low, k)
        high = max(high, k)
      }
    }
    let phrase = low..<(high + 1)
    guard phrase.count <= 16, !Self.nonSpeakerSubjects.contains(lower(subject)),
      phrase.allSatisfy({ quoteAt[$0] == nil && shape($0) != .terminal })
    else { return nil }
    let found = speaker(in: phrase)
    return Attribution(speaker: found.mention, speakerTokens: found.tokens, cue: root..<(root + 1), end: quote.open)
  }
}
