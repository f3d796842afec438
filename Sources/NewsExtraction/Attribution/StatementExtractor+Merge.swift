/// How the passes' statements are merged, in one place: per sentence, the
/// parse pass's statements and the word-pattern statements whose content no
/// parsed statement covers, without attributions nested in another's
/// content; then parentheticals joined, and the quote pass's direct
/// statements, whose cues report nothing else.
extension StatementExtractor {
  /// The document's statements, in text order: the passes run and merged.
  func extract() -> [StatementDraft] {
    var drafts: [StatementDraft] = []
    var consumedQuotes = Set<Int>()
    for sentence in document.sentenceTable {
      if let tree {
        drafts.append(contentsOf: parsedAndRuleStatements(in: sentence, tree: tree, consumed: &consumedQuotes))
      } else {
        drafts.append(contentsOf: indirectStatements(in: sentence, consumed: &consumedQuotes))
      }
    }
    drafts = joiningParentheticals(drafts.map(withIntroducingThat))
    let direct = directStatements(skipping: consumedQuotes, indirect: drafts)
    // A cue that attributes a quotation reports nothing else: what the
    // parse hangs on it besides (", speaking by phone", "said of the
    // plan, which ...", a subject misread as a clause) is no content.
    let directCues = Set(direct.compactMap(\.cue))
    drafts.removeAll { draft in draft.cue.map(directCues.contains) ?? false }
    drafts.append(contentsOf: direct)
    drafts.sort { ($0.content.first?.lowerBound ?? 0) < ($1.content.first?.lowerBound ?? 0) }
    return drafts
  }

  /// The statements of one sentence: those found on the parse, and those
  /// the word patterns find whose content no parsed statement covers.
  func parsedAndRuleStatements(in sentence: Range<Int>, tree: ParseTree, consumed: inout Set<Int>) -> [StatementDraft] {
    var drafts = clauseStatements(in: sentence, tree: tree)
    var scratch = Set<Int>()
    for draft in indirectStatements(in: sentence, consumed: &scratch)
    where !drafts.contains(where: { parsed in
      parsed.content.contains { a in draft.content.contains { a.overlaps($0) } } && !isNested(parsed, in: draft)
    }) {
      drafts.append(withParsedSource(draft, tree: tree, sentence: sentence))
    }
    // Attributions are not nested: a cue inside another statement's
    // content belongs to the reported words.
    // Two statements whose contents hold each other's cues ("X say ...,
    // according to the poll") both stand: the outer one reports the inner.
    let cueStarts = drafts.map { $0.cue.map { document.tokenTable[$0.lowerBound].range.lowerBound } }
    drafts = drafts.enumerated().filter { index, own in
      guard let start = cueStarts[index] else { return true }
      return !drafts.enumerated().contains { other, draft in
        other != index && draft.content.contains { $0.contains(start) }
          && !(cueStarts[other].map { otherStart in own.content.contains { $0.contains(otherStart) } } ?? false)
      }
    }.map(\.element)
    for draft in drafts where draft.kind == .mixed {
      consumed.formUnion(draft.content.flatMap(quotesStarting))
    }
    drafts.sort { ($0.content.first?.lowerBound ?? 0) < ($1.content.first?.lowerBound ?? 0) }
    return drafts
  }

  /// A pattern draft whose participial cue (", saying ...") has a subject
  /// on the parse: that subject speaks, not the first name of the sentence.
  func withParsedSource(_ draft: StatementDraft, tree: ParseTree, sentence: Range<Int>) -> StatementDraft {
    guard let cue = draft.cue, document.tokenTable[cue.lowerBound].tag == .gerund,
      let source = source(of: cue.lowerBound, tree: tree, sentence: sentence, depth: 0),
      draft.speakerTokens.map({ !$0.overlaps(source) }) ?? true
    else { return draft }
    var parsed = makeDraft(source: source, cue: cue, content: [])
    parsed.rule = draft.rule
    parsed.content = draft.content
    parsed.kind = draft.kind
    parsed.date = draft.date
    return parsed
  }

  /// Whether a parsed draft's cue lies inside a pattern draft's content
  /// while the pattern's cue lies outside the parsed content: the parse
  /// found an attitude nested in the reported words ("said ... that she
  /// didn't want to ...") and missed the outer report.
  func isNested(_ parsed: StatementDraft, in draft: StatementDraft) -> Bool {
    guard let inner = parsed.cue, let outer = draft.cue else { return false }
    let innerStart = document.tokenTable[inner.lowerBound].range.lowerBound
    let outerStart = document.tokenTable[outer.lowerBound].range.lowerBound
    return draft.content.contains { $0.contains(innerStart) } && !parsed.content.contains { $0.contains(outerStart) }
  }
}
