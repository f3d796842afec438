/// Attributions whose cue is not a verb: a reporting noun with its "that"
/// clause ("the claim that ..."), "according to X", a document or poll as
/// source, and a stance holder before a comma.
extension StatementExtractor {
  /// The sentence's text around a phrase, without its punctuation.
  func sentenceMinusPhrase(_ phrase: Range<Int>, sentence: Range<Int>) -> [Range<Int>]? {
    let spans = [trimmed(sentence.lowerBound..<phrase.lowerBound), trimmed(phrase.upperBound..<sentence.upperBound)]
      .filter { hasWords($0, minimum: 1) }
    guard spans.contains(where: { hasWords($0, minimum: 3) }) else { return nil }
    return spans
  }
}
