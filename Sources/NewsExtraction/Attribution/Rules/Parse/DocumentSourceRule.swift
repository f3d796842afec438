extension ParseRule {
  /// `parse.document-source`: a document or poll that states the rest of
  /// the sentence: "In a poll released Monday, ...", "..., in the survey".
  static let documentSource = ParseRule(name: "parse.document-source") { extractor, site in
    guard extractor.isWord(site.token, "in") else { return nil }
    return extractor.documentSourceStatement(at: site.token, sentence: site.sentence, tree: site.tree)
  }
}

extension StatementExtractor {
  /// "In a poll released Monday, ...", "..., in the survey": a document
  /// that states the rest of the sentence.
  func documentSourceStatement(at i: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    let noun = tree.head(i)
    guard noun != i, noun > i, sentence.contains(noun), document.tokenTable[i].label == .caseMarker,
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
}
