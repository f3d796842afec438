import Lexicon

extension ParseRule {
  /// `parse.stance-adjective`: "Voters are worried that ...", "he is eager
  /// to ...", "made it clear that ...".
  static let stanceAdjective = ParseRule(name: "parse.stance-adjective") { extractor, site in
    guard extractor.document.tokenTable[site.token].pos == .adj
      || extractor.document.tokenTable[site.token].tag == .pastParticiple
    else { return nil }
    return extractor.stanceAdjectiveStatement(cue: site.token, sentence: site.sentence, tree: site.tree)
  }
}

/// Beliefs, feelings and readiness named by an adjective: "Voters are
/// worried that ...", "she remained skeptical of the plan", "he is eager
/// to ...", "made it clear that ...". The source is the adjective's
/// subject (or the subject of the verb it completes).
extension StatementExtractor {
  /// Adjectives (and participles used as adjectives) of belief, feeling
  /// or readiness that take a that-clause, an infinitive or a
  /// prepositional target.
  static let stanceAdjectives: WordSet = [
    "worried", "concerned", "confident", "skeptical", "sceptical", "fearful", "hopeful", "convinced",
    "sure", "certain", "aware", "optimistic", "pessimistic", "adamant", "clear", "afraid", "glad",
    "happy", "pleased", "proud", "angry", "upset", "disappointed", "frustrated", "unhappy",
    "satisfied", "doubtful", "insistent", "eager", "willing", "determined", "ready", "reluctant",
    "unsure", "uncertain", "critical", "supportive", "wary", "nervous", "anxious", "excited",
    "thrilled", "furious", "outraged", "alarmed", "unwilling", "keen", "opposed", "dismissive",
  ]

  /// Prepositions that introduce what a stance adjective is about.
  static let stanceAdjectivePrepositions: WordSet = ["about", "of", "with", "over", "toward", "towards", "on"]

  /// The stance an adjective heads, or nil.
  func stanceAdjectiveStatement(cue a: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    let word = lower(a)
    guard Self.stanceAdjectives.contains(word) else { return nil }
    var content: Range<Int>?
    var cue = a..<(a + 1)
    for child32 in tree.children(a) where Int(child32) > a && content == nil {
      let child = Int(child32)
      switch document.tokenTable[child].label {
      case .ccomp:
        content = withoutThat(trimmed(clause(child, tree: tree)))
      case .xcomp, .advcl:
        if hasInfinitiveMark(child, tree: tree), tree.subtree(child).lowerBound <= a + 2 {
          content = trimmed(tree.subtree(child))
        } else if isThatClause(child, after: a, tree: tree) {
          // A that-clause right after the adjective completes it, whatever
          // the parser called it.
          content = withoutThat(trimmed(clause(child, tree: tree)))
        }
      case .obl, .nmod:
        if let p = preposition(of: child, tree: tree), Self.stanceAdjectivePrepositions.contains(p),
          tree.subtree(child).lowerBound == a + 1
        {
          content = trimmed((a + 2)..<tree.subtree(child).upperBound)
          cue = a..<(a + 2)
        }
      default: break
      }
    }
    // "made it clear that ...": the clause may hang on the verb.
    let head = tree.head(a)
    if content == nil, word == "clear", head != a, head < a, document.tokenTable[head].lemma.lowercased() == "make" {
      for child32 in tree.children(head) where Int(child32) > a && document.tokenTable[Int(child32)].label == .ccomp {
        content = withoutThat(trimmed(clause(Int(child32), tree: tree)))
        break
      }
    }
    guard let content, hasWords(content, minimum: 2), quote(containing: content.lowerBound) == nil,
      let source = source(of: a, tree: tree, sentence: sentence, depth: 0), !source.overlaps(content)
    else { return nil }
    var draft = makeDraft(source: source, cue: cue, content: [content])
    // "It is clear that ...", "it was doubtful ...": an expletive "it"
    // holds no stance; the stance is no one's in particular.
    if source.count == 1, isWord(source.lowerBound, "it") {
      draft.speakerMention = nil
      draft.speakerTokens = nil
    }
    return draft
  }
}
