import Lexicon

extension ParseRule {
  /// `parse.headline-colon`: "Senator Smith: The bridge must stay open."
  static let headlineColon = ParseRule(name: "parse.headline-colon") { extractor, site in
    site.token == site.sentence.lowerBound ? extractor.colonStatement(in: site.sentence) : nil
  }
}

/// Headline and transcript attributions by a colon: "Senator Smith: The
/// bridge must stay open.", "MAYOR: We will rebuild." A short capitalised
/// phrase opens the sentence and names the source; what follows the colon
/// is the content.
extension StatementExtractor {
  /// Lowercase words that may join the capitalised words of a colon's
  /// source ("Mayor of Springfield", "Smith at the council").
  static let colonSourceJoiners: WordSet = ["of", "at", "to", "the", "'s", "’s", "and", "on", "in"]

  /// The statement of a sentence of the form "Source: content", or nil.
  func colonStatement(in sentence: Range<Int>) -> StatementDraft? {
    var colon = sentence.lowerBound
    while colon < sentence.upperBound, colon - sentence.lowerBound <= 6, !isWord(colon, ":") {
      let k = colon
      guard shape(k) == .word, quote(containing: k) == nil else { return nil }
      let upos = document.tokenTable[k].pos
      if upos == .verb || upos == .aux || upos == .pron { return nil }
      guard isCapitalised(k) || Self.colonSourceJoiners.contains(lower(k)) else { return nil }
      colon += 1
    }
    guard colon > sentence.lowerBound, colon < sentence.upperBound, isWord(colon, ":"),
      !Self.colonSourceJoiners.contains(lower(colon - 1)), !isWord(sentence.lowerBound, "the")
    else { return nil }
    // An interview's "Q:" and "A:" mark turns, not a named source.
    if colon - sentence.lowerBound == 1, document.tokenTable[sentence.lowerBound].range.count == 1 { return nil }
    let content = trimmed((colon + 1)..<sentence.upperBound)
    guard hasWords(content, minimum: 3) else { return nil }
    return makeDraft(source: sentence.lowerBound..<colon, cue: colon..<(colon + 1), content: [content])
  }
}
