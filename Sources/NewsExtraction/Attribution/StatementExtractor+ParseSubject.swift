/// Repairs for cue verbs whose subject the parse lost ("Nearly nine out of
/// ten say ...", "..., federal officials said."): the noun phrase right
/// before the cue speaks, and a report that closes the sentence takes the
/// clause before the comma as its content.
extension StatementExtractor {
  /// The noun phrase just before a finite, active cue verb (past
  /// auxiliaries and adverbs), set off by the sentence start or a comma:
  /// the cue's subject when the parse attached it elsewhere.
  func adjacentSubject(of v: Int, sentence: Range<Int>, tree: ParseTree) -> Range<Int>? {
    let record = document.tokenTable[v]
    guard record.tag == .pastVerb || record.tag == .thirdPersonVerb || record.tag == .presentVerb else { return nil }
    let isPassive = tree.children(v).contains { child in
      let relation = document.tokenTable[Int(child)].label
      return relation == .nsubjPass || relation == .auxPass || relation == .expl
    }
    guard !isPassive else { return nil }
    return nounPhraseBefore(v, sentence: sentence)
  }

  /// The noun phrase that ends just before token `v` (past up to four
  /// auxiliaries and adverbs) and starts after the sentence start or a
  /// comma, headed by a nominal word.
  func nounPhraseBefore(_ v: Int, sentence: Range<Int>) -> Range<Int>? {
    var end = v
    while end > sentence.lowerBound, v - end < 4, isCueModifier(end - 1) { end -= 1 }
    var start = end
    while start > sentence.lowerBound, end - start < 9, isSubjectWord(start - 1, end: end) { start -= 1 }
    guard start < end, quote(containing: start) == nil else { return nil }
    // Set off before by the sentence start or a comma (after "and" it may
    // be the last of coordinated subjects).
    if start > sentence.lowerBound {
      let before = start - 1
      guard isWord(before, ",") || isWord(before, ";")
        || (shape(before) != .word && shape(before) != .number && before == sentence.lowerBound)
      else { return nil }
    }
    // A nominal word must head it, and a relative word or a time cannot.
    var hasNominal = false
    for k in start..<end {
      let upos = document.tokenTable[k].pos
      if upos == .noun || upos == .propn || upos == .num || (upos == .pron && !isRelativeWord(k)) {
        hasNominal = true
      }
    }
    guard hasNominal, !isRelativeWord(start), !WordLists.timeNouns.contains(document.tokenTable[end - 1].lemma.lowercased())
    else { return nil }
    return start..<end
  }

  /// Whether token `k` can belong to a subject noun phrase ending before
  /// `end`: determiners, numbers, adjectives, nouns, pronouns, "of", a
  /// possessive mark, "out of", an adverb before a number, and a
  /// participle after a noun ("those surveyed").
  private func isSubjectWord(_ k: Int, end: Int) -> Bool {
    let record = document.tokenTable[k]
    guard record.shape == .word || record.shape == .number else { return false }
    switch record.pos {
    case .det, .num, .adj, .noun, .propn: return true
    case .pron: return !isRelativeWord(k)
    case .part: return isWord(k, "'s") || isWord(k, "’s")
    case .adp: return isWord(k, "of") || (isWord(k, "out") && k + 1 < end && isWord(k + 1, "of"))
    case .adv: return k + 1 < end && document.tokenTable[k + 1].pos == .num
    case .verb:
      // "those surveyed say", "voters polled said".
      guard record.tag == .pastParticiple || record.tag == .pastVerb, k == end - 1, k > 0 else { return false }
      let previous = document.tokenTable[k - 1].pos
      return previous == .noun || previous == .pron || previous == .propn
    default: return false
    }
  }

  private func isRelativeWord(_ k: Int) -> Bool {
    isWord(k, "who") || isWord(k, "which") || isWord(k, "that") || isWord(k, "what") || isWord(k, "whom")
      || isWord(k, "whose")
  }

  /// "The plan failed, federal officials said.": for a reporting verb whose
  /// subject follows a comma and which closes the sentence (up to a few
  /// words without a verb), the clause before the comma.
  func trailingReport(of v: Int, sentence: Range<Int>, tree: ParseTree) -> Range<Int>? {
    guard let subject = adjacentSubject(of: v, sentence: sentence, tree: tree),
      subject.lowerBound > sentence.lowerBound + 2, isWord(subject.lowerBound - 1, ",")
    else { return nil }
    var k = v + 1
    while k < sentence.upperBound, shape(k) != .terminal {
      let upos = document.tokenTable[k].pos
      if upos == .verb || upos == .aux || isWord(k, "that") || isWord(k, ",") || k - v > 6 { return nil }
      k += 1
    }
    let content = trimmed(sentence.lowerBound..<(subject.lowerBound - 1))
    guard hasWords(content, minimum: 3), quote(containing: content.lowerBound) == nil else { return nil }
    return content
  }

  /// The cue's source on the parse, else the noun phrase just before it;
  /// contents the parser ran on into that phrase end before it.
  func sourceOrAdjacentSubject(of v: Int, content: inout [Range<Int>], sentence: Range<Int>, tree: ParseTree) -> Range<Int>? {
    if let parsed = source(of: v, tree: tree, sentence: sentence, depth: 0) { return parsed }
    guard let adjacent = adjacentSubject(of: v, sentence: sentence, tree: tree) else { return nil }
    content = content.map { $0.contains(adjacent.lowerBound) ? trimmed($0.lowerBound..<adjacent.lowerBound) : $0 }
      .filter { hasWords($0, minimum: 1) }
    return content.isEmpty ? nil : adjacent
  }
}
