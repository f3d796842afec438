extension ParseRule {
  /// `parse.stance-holder`: a sentence-initial holder of a stance named by
  /// a mention of people: "For many voters, ...".
  static let stanceHolder = ParseRule(name: "parse.stance-holder") { extractor, site in
    guard extractor.isWord(site.token, "for") else { return nil }
    return extractor.stanceHolderStatement(at: site.token, sentence: site.sentence, tree: site.tree)
  }
}

extension StatementExtractor {
  /// "For many voters, ...": a sentence-initial stance holder named by a
  /// mention of people.
  func stanceHolderStatement(at i: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    guard i == sentence.lowerBound || (i == sentence.lowerBound + 1 && ["but", "and"].contains(lower(sentence.lowerBound)))
    else { return nil }
    let noun = tree.head(i)
    guard noun != i, noun > i, sentence.contains(noun), document.tokenTable[i].label == .caseMarker else { return nil }
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
}
