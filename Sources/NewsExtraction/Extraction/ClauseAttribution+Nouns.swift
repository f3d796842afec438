/// Attributions whose cue is not a verb: a reporting noun with its "that"
/// clause ("the claim that ..."), "according to X", a document or poll as
/// source, and a stance holder before a comma.
extension StatementExtractor {
  /// "X's claim that ...", "made the argument that ...", "comments that".
  func nounStatement(cue n: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    guard n + 1 < sentence.upperBound, isWord(n + 1, "that"), lexicon.reportingNouns.contains(lower(n)) else { return nil }
    var clause: Int?
    var owner: Int?
    for child32 in tree.children(n) {
      let child = Int(child32)
      let relation = document.tokenTable[child].dependency
      if relation == "nmod:poss" { owner = child }
      // A complement clause, which the parser may also call a relative one
      // ("hope that ..." as acl:relcl): "that" must be its conjunction.
      if relation == "ccomp" || relation.hasPrefix("acl"), child > n, clause == nil,
        isThatClause(child, after: n, tree: tree)
      {
        clause = child
      }
    }
    guard let clause else { return nil }
    var source: Range<Int>?
    var cue = n..<(n + 1)
    if let owner {
      source = tree.subtree(owner)
      if let last = source?.last, isWord(last, "'s") || isWord(last, "’s") { source = source!.lowerBound..<last }
    } else {
      // "X made the claim that ...": the subject of the verb the noun is the object of.
      let head = tree.head(n)
      let relation = document.tokenTable[n].dependency
      if head != n, relation == "obj" || relation == "nsubj:pass" {
        source = self.source(of: head, tree: tree, sentence: sentence, depth: 1)
        // "expressed hope that ...": the support verb is part of the cue.
        if head < n, n - head <= 4 { cue = head..<(n + 1) }
      }
    }
    guard let source, !source.isEmpty else { return nil }
    let content = withoutThat(trimmed(nominalClause(clause, tree: tree)))
    guard hasWords(content, minimum: 2), !content.overlaps(source) else { return nil }
    return makeDraft(source: source, cue: cue, content: [content])
  }

  /// A that-clause under a noun, cut before a verb hung on it with neither
  /// subject, conjunction nor comma: the sentence's own verb, misattached
  /// ("the claim that it was unsafe angered them", with "angered" as an
  /// adverbial clause, a parataxis, a conjunct or a finite open complement).
  func nominalClause(_ head: Int, tree: ParseTree) -> Range<Int> {
    let whole = tree.subtree(head)
    for child32 in tree.children(head) where Int(child32) > head {
      let child = Int(child32)
      let record = document.tokenTable[child]
      let isFinite = ["VBD", "VBZ", "VBP"].contains(record.xpos)
      let isMisattached: Bool
      switch record.dependency {
      case "advcl", "parataxis", "conj":
        isMisattached = isFinite || record.xpos == "VBN"
      case "xcomp":
        // A finite verb, or a participle with an object, is no open complement.
        isMisattached = isFinite
          || (record.xpos == "VBN" && tree.children(child).contains { document.tokenTable[Int($0)].dependency == "obj" })
      default:
        isMisattached = false
      }
      guard isMisattached, tree.subtree(child).lowerBound > 0,
        !isWord(tree.subtree(child).lowerBound - 1, ",")
      else { continue }
      let hasOwnSubjectOrMark = tree.children(child).contains { grandchild in
        let relation = document.tokenTable[Int(grandchild)].dependency
        return relation == "mark" || relation == "cc" || relation.hasPrefix("nsubj")
      }
      if !hasOwnSubjectOrMark { return whole.lowerBound..<tree.subtree(child).lowerBound }
    }
    return whole
  }

  /// "According to X, ...", "..., according to X" and "..., according to
  /// X, ...": the rest of the sentence is the content.
  func accordingToStatement(at i: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    let named = tree.head(i)
    guard named != i, named > i + 1, sentence.contains(named) else {
      return accordingToByCommas(at: i, sentence: sentence)
    }
    let source = (i + 2)..<nounPhrase(named, tree: tree).upperBound
    guard !source.isEmpty else { return nil }
    return sentenceMinusPhrase(i..<tree.subtree(named).upperBound, sentence: sentence)
      .map { makeDraft(source: source, cue: i..<(i + 2), content: $0) }
  }

  /// "According to X, ..." and "..., according to X." read off the commas
  /// when the parse does not hang "according" on the source's noun.
  func accordingToByCommas(at i: Int, sentence: Range<Int>) -> StatementDraft? {
    var end = i + 2
    while end < sentence.upperBound, end - i < 14, shape(end) == .word || shape(end) == .number { end += 1 }
    let source = (i + 2)..<end
    guard hasWords(source, minimum: 1), end < sentence.upperBound else { return nil }
    let atStart = i == sentence.lowerBound
    let atEnd = i > sentence.lowerBound && isWord(i - 1, ",") && shape(end) == .terminal
    guard atStart ? isWord(end, ",") : atEnd else { return nil }
    return sentenceMinusPhrase(i..<end, sentence: sentence).map { makeDraft(source: source, cue: i..<(i + 2), content: $0) }
  }

  /// "In a poll released Monday, ...", "..., in the survey": a document
  /// that states the rest of the sentence.
  func documentSourceStatement(at i: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    let noun = tree.head(i)
    guard noun != i, noun > i, sentence.contains(noun), document.tokenTable[i].dependency == "case",
      WordLists.documentSourceNouns.contains(document.tokenTable[noun].lemma.lowercased())
    else { return nil }
    let phrase = tree.subtree(noun)
    guard phrase.lowerBound == i else { return nil }
    // Only a phrase set off at the sentence's start or end.
    let atStart = i == sentence.lowerBound || (i == sentence.lowerBound + 1 && shape(sentence.lowerBound) != .word)
    let atEnd = (phrase.upperBound >= sentence.upperBound || shape(phrase.upperBound) == .terminal)
      && i > sentence.lowerBound && isWord(i - 1, ",")
    guard atStart ? (phrase.upperBound < sentence.upperBound && isWord(phrase.upperBound, ",")) : atEnd else { return nil }
    return sentenceMinusPhrase(phrase, sentence: sentence)
      .map { makeDraft(source: (i + 1)..<phrase.upperBound, cue: i..<(i + 1), content: $0) }
  }

  /// "For many voters, ...": a sentence-initial stance holder named by a
  /// mention of people.
  func stanceHolderStatement(at i: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    guard i == sentence.lowerBound || (i == sentence.lowerBound + 1 && ["but", "and"].contains(lower(sentence.lowerBound)))
    else { return nil }
    let noun = tree.head(i)
    guard noun != i, noun > i, sentence.contains(noun), document.tokenTable[i].dependency == "case" else { return nil }
    let phrase = tree.subtree(noun)
    guard phrase.lowerBound == i, phrase.upperBound < sentence.upperBound, isWord(phrase.upperBound, ","),
      mentionIndex.inside(phrase, of: mentions).contains(where: {
        let type = mentions[$0].type
        return type == .person || type == .group || type == .organization
      })
    else { return nil }
    return sentenceMinusPhrase(phrase, sentence: sentence)
      .map { makeDraft(source: (i + 1)..<phrase.upperBound, cue: i..<(i + 1), content: $0) }
  }

  /// The sentence's text around a phrase, without its punctuation.
  func sentenceMinusPhrase(_ phrase: Range<Int>, sentence: Range<Int>) -> [Range<Int>]? {
    let spans = [trimmed(sentence.lowerBound..<phrase.lowerBound), trimmed(phrase.upperBound..<sentence.upperBound)]
      .filter { hasWords($0, minimum: 1) }
    guard spans.contains(where: { hasWords($0, minimum: 3) }) else { return nil }
    return spans
  }
}
