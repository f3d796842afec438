extension ParseRule {
  /// `parse.noun-clause`: a reporting noun with its that-clause: "X's
  /// claim that ...", "X made the argument that ...".
  static let nounClause = ParseRule(name: "parse.noun-clause") { extractor, site in
    guard extractor.document.tokenTable[site.token].pos == .noun else { return nil }
    return extractor.nounStatement(cue: site.token, sentence: site.sentence, tree: site.tree)
  }
}

extension StatementExtractor {
  /// "X's claim that ...", "made the argument that ...", "comments that".
  func nounStatement(cue n: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    guard n + 1 < sentence.upperBound, isWord(n + 1, "that"), lexicon.reportingNouns.contains(lower(n)) else { return nil }
    var clause: Int?
    var owner: Int?
    for child32 in tree.children(n) {
      let child = Int(child32)
      let relation = document.tokenTable[child].label
      if relation == .nmodPoss { owner = child }
      // A complement clause, which the parser may also call a relative one
      // ("hope that ..." as acl:relcl): "that" must be its conjunction.
      if relation == .ccomp || relation.universal == .acl, child > n, clause == nil,
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
      let relation = document.tokenTable[n].label
      if head != n, relation == .obj || relation == .nsubjPass {
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
      let isFinite = [.pastVerb, .thirdPersonVerb, .presentVerb].contains(record.tag)
      let isMisattached: Bool
      switch record.label {
      case .advcl, .parataxis, .conj:
        isMisattached = isFinite || record.tag == .pastParticiple
      case .xcomp:
        // A finite verb, or a participle with an object, is no open complement.
        isMisattached = isFinite
          || (record.tag == .pastParticiple && tree.children(child).contains { document.tokenTable[Int($0)].label == .obj })
      default:
        isMisattached = false
      }
      guard isMisattached, tree.subtree(child).lowerBound > 0,
        !isWord(tree.subtree(child).lowerBound - 1, ",")
      else { continue }
      let hasOwnSubjectOrMark = tree.children(child).contains { grandchild in
        let relation = document.tokenTable[Int(grandchild)].label
        return relation == .mark || relation == .cc || relation.isNominalSubject
      }
      if !hasOwnSubjectOrMark { return whole.lowerBound..<tree.subtree(child).lowerBound }
    }
    return whole
  }
}
