/// `pattern.according-to`: "According to X, ...", "..., according to X."
/// and "..., according to X, ...": one rule with one name for both passes.
/// The parse pass reads the parse: the source is the noun phrase
/// "according" hangs on (or the words up to the comma when the parse hangs
/// it elsewhere) and the rest of the sentence is the content. The pattern
/// pass reads the mention after "according to"; with a parse its
/// statements count where the parse pass found none (reading the parse
/// there instead changes 12 of the 2,225 BBC documents, so that is left to
/// an accuracy issue).
extension PatternRule {
  /// The rule in the word-pattern pass: a statement found there covers
  /// the rest of the sentence.
  static let accordingTo = PatternRule(name: .accordingTo) { extractor, scan in
    guard extractor.opensAccordingTo(scan.token, sentence: scan.sentence),
      let draft = extractor.accordingToMention(at: scan.token, sentence: scan.sentence)
    else { return nil }
    scan.coveredUntil = scan.sentence.upperBound
    return draft
  }
}

extension ParseRule {
  /// The rule in the parse pass.
  static let accordingTo = ParseRule(name: .accordingTo) { extractor, site in
    guard extractor.opensAccordingTo(site.token, sentence: site.sentence) else { return nil }
    return extractor.accordingToStatement(at: site.token, sentence: site.sentence, tree: site.tree)
  }
}

extension RuleName {
  /// "According to X, ...", "..., according to X.".
  static let accordingTo: RuleName = "pattern.according-to"
}

extension StatementExtractor {
  /// Whether "according to" starts at token `i`.
  func opensAccordingTo(_ i: Int, sentence: Range<Int>) -> Bool {
    i + 1 < sentence.upperBound && isWord(i, "according") && isWord(i + 1, "to")
  }

  /// "According to X, ...", "..., according to X" and "..., according to
  /// X, ..." on the parse: the rest of the sentence is the content.
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
  private func accordingToByCommas(at i: Int, sentence: Range<Int>) -> StatementDraft? {
    var end = i + 2
    while end < sentence.upperBound, end - i < 14, shape(end) == .word || shape(end) == .number { end += 1 }
    let source = (i + 2)..<end
    guard hasWords(source, minimum: 1), end < sentence.upperBound else { return nil }
    let atStart = i == sentence.lowerBound
    let atEnd = i > sentence.lowerBound && isWord(i - 1, ",") && shape(end) == .terminal
    guard atStart ? isWord(end, ",") : atEnd else { return nil }
    return sentenceMinusPhrase(i..<end, sentence: sentence).map { makeDraft(source: source, cue: i..<(i + 2), content: $0) }
  }

  /// "According to X, ..." and "..., according to X." without a parse: X
  /// is the mention after "to"; the content the clause after its comma,
  /// or the sentence before the comma before "according".
  func accordingToMention(at i: Int, sentence: Range<Int>) -> StatementDraft? {
    guard let speaker = mentionStartingAt[i + 2] else { return nil }
    let speakerEnd = mentions[speaker].tokens.upperBound
    let cue = i..<(i + 2)
    if i == sentence.lowerBound {
      guard speakerEnd < sentence.upperBound, lower(speakerEnd) == "," else { return nil }
      guard let content = contentAfter(start: speakerEnd + 1, sentence: sentence) else { return nil }
      return StatementDraft(speakerMention: speaker, speakerTokens: mentions[speaker].tokens, cue: cue, content: [content], kind: .indirect)
    }
    guard i - 1 > sentence.lowerBound, lower(i - 1) == "," else { return nil }
    let range = scalars(sentence.lowerBound..<(i - 1))
    return StatementDraft(speakerMention: speaker, speakerTokens: mentions[speaker].tokens, cue: cue, content: [range], kind: .indirect)
  }
}
