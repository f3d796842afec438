/// The parse pass and the helpers its rules (``AttributionRules/parse``,
/// in `Rules/Parse/`) share: a cue's source (the subject, the passive
/// agent, or the subject inherited by a participle or a coordinated verb),
/// noun phrases, trimming, and the merge of the parse pass with the
/// word-pattern pass.
extension StatementExtractor {
  /// The statements of one sentence found on the parse, in text order:
  /// the parse pass, which tries ``AttributionRules/parse`` in order at
  /// each word outside a quotation and keeps the first statement found.
  func clauseStatements(in sentence: Range<Int>, tree: ParseTree) -> [StatementDraft] {
    var drafts: [StatementDraft] = []
    // Indices, not `for rule in rules`: copying a rule per token retains
    // its name, variants and function.
    let rules = AttributionRules.parse
    var site = ParseRule.Site(token: sentence.lowerBound, sentence: sentence, tree: tree)
    for i in sentence {
      // Attributions nested in a quotation belong to its speaker's words.
      guard document.tokenTable[i].shape == .word, quote(containing: i) == nil else { continue }
      site.token = i
      for index in rules.indices {
        guard var draft = rules[index].apply(self, site) else { continue }
        // A quotation reported by a cue outside it is the direct pass's.
        if isMostlyQuoted(draft.content) { break }
        if !draft.content.flatMap(quotesStarting).isEmpty { draft.kind = .mixed }
        if draft.rule == nil { draft.rule = rules[index].name }
        drafts.append(draft)
        break
      }
    }
    return drafts
  }

  // MARK: Sources

  /// The source tokens of a cue verb: its subject, its passive agent, or
  /// the subject of the verb it depends on.
  func source(of v: Int, tree: ParseTree, sentence: Range<Int>, depth: Int) -> Range<Int>? {
    var passive = false
    for child32 in tree.children(v) {
      let child = Int(child32)
      let relation = document.tokenTable[child].label
      if relation == .nsubj || relation == .nsubjOuter {
        guard isSpeakerPhrase(child, tree: tree) else { return nil }
        return pastDateline(nounPhrase(child, tree: tree), head: child, cue: v, tree: tree, sentence: sentence)
      }
      if relation == .nsubjPass { passive = true }
      if relation == .oblAgent {
        let span = nounPhrase(child, tree: tree)
        return span.lowerBound < span.upperBound && isWord(span.lowerBound, "by") ? (span.lowerBound + 1)..<span.upperBound : span
      }
    }
    guard !passive, depth < 3 else { return nil }
    let head = tree.head(v)
    guard head != v, sentence.contains(head) else { return nil }
    switch document.tokenTable[v].label {
    case .conj:
      // "X acknowledged ... but expressed hope that ...".
      return source(of: head, tree: tree, sentence: sentence, depth: depth + 1)
    case .advcl, .xcomp:
      // "..., saying ...": the participle shares the main clause's subject.
      guard document.tokenTable[v].tag == .gerund || document.tokenTable[v].label == .xcomp else { return nil }
      return source(of: head, tree: tree, sentence: sentence, depth: depth + 1)
    case .acl:
      // "a statement saying ..." as a subject: the noun speaks ("groups
      // known as" does not).
      guard document.tokenTable[v].tag == .gerund,
        document.tokenTable[head].pos == .noun || document.tokenTable[head].pos == .propn
      else { return nil }
      // "issued a statement saying ...", "sent a letter to the board of
      // directors urging ...": the subject of the clause the noun is the
      // object of, or hangs in through a preposition, speaks.
      let relation = document.tokenTable[head].label
      if relation == .obl || relation == .nmod || relation == .obj || !isSpeakerPhrase(head, tree: tree) {
        var clause = tree.head(head)
        for _ in 0..<4 where document.tokenTable[clause].pos != .verb && tree.head(clause) != clause {
          clause = tree.head(clause)
        }
        if document.tokenTable[clause].pos == .verb, sentence.contains(clause),
          let subject = source(of: clause, tree: tree, sentence: sentence, depth: depth + 1)
        {
          return subject
        }
      }
      return tree.subtree(head).lowerBound..<(head + 1)
    default:
      return nil
    }
  }

  /// Whether a subject can be a source: a nominal word, not a time ("last
  /// month") nor a misparsed prepositional phrase.
  func isSpeakerPhrase(_ head: Int, tree: ParseTree) -> Bool {
    let record = document.tokenTable[head]
    // Adjectives pass: the tagger often takes unknown names and "most",
    // "many" for adjectives.
    guard ![.verb, .aux, .adp, .sconj, .cconj, .punct, .part, .adv].contains(record.pos) else { return false }
    if WordLists.timeNouns.contains(record.lemma.lowercased()) { return false }
    let first = tree.subtree(head).lowerBound
    return document.tokenTable[first].pos != .adp && document.tokenTable[first].pos != .sconj
  }

  /// A subject's words: its subtree up to its head and any name, modifier
  /// or coordinated noun that continues it ("experts and officials in ..."),
  /// without relative clauses and appositions after it.
  func nounPhrase(_ head: Int, tree: ParseTree) -> Range<Int> {
    let whole = tree.subtree(head)
    var end = head + 1
    for child32 in tree.children(head) where Int(child32) > head {
      let child = Int(child32)
      let relation = document.tokenTable[child].label
      let isNominalConjunct = relation == .conj && [.noun, .propn].contains(document.tokenTable[child].pos)
      guard relation == .flat || relation == .compound || relation == .nmod || relation == .nummod
        || isNominalConjunct
      else { break }
      end = tree.subtree(child).upperBound
    }
    return whole.lowerBound..<max(end, head + 1)
  }

  // MARK: Helpers

  /// A draft with its speaker mention found inside the source tokens.
  func makeDraft(source: Range<Int>, cue: Range<Int>, content: [Range<Int>]) -> StatementDraft {
    var speaker: Int?
    var speakerTokens = trimmed(source).isEmpty ? source : trimmed(source)
    // The longest resolved mention inside the source speaks; the span stays
    // the source's words when no mention lies inside.
    for index in mentionIndex.inside(speakerTokens, of: mentions)
    where mentions[index].entity != nil || mentions[index].kind == .group {
      if let current = speaker, mentions[current].tokens.count >= mentions[index].tokens.count { continue }
      speaker = index
    }
    // A group speaks with its whole phrase ("Experts and officials in
    // Ukraine and Europe"); other mentions with their own words.
    if let speaker, mentions[speaker].kind != .group || mentions[speaker].tokens.lowerBound != speakerTokens.lowerBound {
      speakerTokens = mentions[speaker].tokens
    }
    return StatementDraft(
      speakerMention: speaker, speakerTokens: speakerTokens, cue: cue, content: content.map(scalars), kind: .indirect)
  }

  /// Whether token `i` is `word` (lowercase ASCII), in any case, without
  /// allocating.
  @inline(__always)
  func isWord(_ i: Int, _ word: String) -> Bool { document.isWord(i, word) }

  /// A content without the "that" that introduces it.
  func withoutThat(_ tokens: Range<Int>) -> Range<Int> {
    guard tokens.count > 1, isWord(tokens.lowerBound, "that"), document.tokenTable[tokens.lowerBound].label == .mark
    else { return tokens }
    return trimmed((tokens.lowerBound + 1)..<tokens.upperBound)
  }

  /// Whether a reporting noun has a that-clause right after it ("hope that ...").
  func introducesThatClause(_ n: Int, tree: ParseTree) -> Bool {
    guard lexicon.reportingNouns.contains(lower(n)), n + 1 < document.tokenCount, isWord(n + 1, "that") else { return false }
    return tree.children(n).contains { child in
      let relation = document.tokenTable[Int(child)].label
      // A complement clause; the parser may call it a relative one when
      // "that" is its conjunction ("hope that ..." as acl:relcl).
      if relation == .aclRelcl { return isThatClause(Int(child), after: n, tree: tree) }
      return (relation == .acl || relation == .ccomp) && tree.subtree(Int(child)).lowerBound == n + 1
    }
  }

  /// Whether `clause` starts right after token `n` with "that" as its
  /// conjunction: a complement of `n`, whatever relation the parser gave it.
  func isThatClause(_ clause: Int, after n: Int, tree: ParseTree) -> Bool {
    tree.subtree(clause).lowerBound == n + 1 && isWord(n + 1, "that") && document.tokenTable[n + 1].label == .mark
  }

  /// A token range without punctuation and quotation marks at its ends.
  func trimmed(_ tokens: Range<Int>) -> Range<Int> {
    var low = tokens.lowerBound
    var high = tokens.upperBound
    while low < high, isEdgeMark(low) { low += 1 }
    while high > low, isEdgeMark(high - 1) { high -= 1 }
    return low..<high
  }

  private func isEdgeMark(_ k: Int) -> Bool {
    let shape = shape(k)
    return shape == .punctuation || shape == .terminal
  }

  /// Whether a token range holds at least `minimum` words or numbers.
  func hasWords(_ tokens: Range<Int>, minimum: Int) -> Bool {
    var count = 0
    for k in tokens where shape(k) == .word || shape(k) == .number {
      count += 1
      if count >= minimum { return true }
    }
    return false
  }

  /// Whether the content is a quotation that opens it and fills most of it:
  /// the direct pass owns such statements.
  func isMostlyQuoted(_ content: [Range<Int>]) -> Bool {
    var quoted = 0
    var total = 0
    guard let start = content.first?.lowerBound, let opening = document.tokenIndex(startingAtOrAfter: start) else { return false }
    var firstWord = opening
    while firstWord < document.tokenCount, shape(firstWord) != .word && shape(firstWord) != .number { firstWord += 1 }
    if firstWord < document.tokenCount, isWord(firstWord, "that") { firstWord += 1 }
    guard firstWord < document.tokenCount, quote(containing: firstWord) != nil else { return false }
    for span in content {
      guard let first = document.tokenIndex(startingAtOrAfter: span.lowerBound) else { continue }
      var k = first
      while k < document.tokenCount, document.tokenTable[k].range.lowerBound < span.upperBound {
        if shape(k) == .word || shape(k) == .number {
          total += 1
          if quote(containing: k) != nil { quoted += 1 }
        }
        k += 1
      }
    }
    return total > 0 && quoted * 2 > total
  }
}
