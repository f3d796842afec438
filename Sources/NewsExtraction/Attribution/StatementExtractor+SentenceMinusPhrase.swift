/// The content of the parse rules whose cue is a phrase set off in the
/// sentence ("according to X", "in a poll", "for many voters"): the rest
/// of the sentence.
extension StatementExtractor {
  /// The sentence's text around a phrase, without its punctuation.
  func sentenceMinusPhrase(_ phrase: Range<Int>, sentence: Range<Int>) -> [Range<Int>]? {
    let spans = [trimmed(sentence.lowerBound..<phrase.lowerBound), trimmed(phrase.upperBound..<sentence.upperBound)]
      .filter { hasWords($0, minimum: 1) }
    guard spans.contains(where: { hasWords($0, minimum: 3) }) else { return nil }
    return spans
  }
}
