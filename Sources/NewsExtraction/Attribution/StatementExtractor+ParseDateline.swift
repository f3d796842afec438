/// A dateline ("CITY — Name said ...") read as the subject of the first
/// sentence of an article.
extension StatementExtractor {
  /// The subject after a dateline when `span` starts inside one: the
  /// parser often takes the capitalised place before the dash as the
  /// subject (`head`) and hangs the real one on it, or gives the cue a
  /// second subject. Returns `span` when no nominal word after the dash
  /// hangs on `head` and no second subject follows the dash.
  func pastDateline(_ span: Range<Int>, head: Int, cue v: Int, tree: ParseTree, sentence: Range<Int>) -> Range<Int> {
    guard let dash = datelineDash(in: sentence), head < dash, dash + 1 < v else { return span }
    let secondSubject = tree.children(v).first {
      Int($0) > dash && Int($0) < v && document.tokenTable[Int($0)].label == .nsubj
    }
    for child32 in (secondSubject.map { [$0] } ?? []) + tree.children(head) {
      let child = Int(child32)
      guard child > dash, child < v else { continue }
      let upos = document.tokenTable[child].pos
      guard upos == .propn || upos == .noun || upos == .pron else { continue }
      let phrase = nounPhrase(child, tree: tree)
      let start = max(phrase.lowerBound, dash + 1)
      return start < phrase.upperBound ? start..<phrase.upperBound : span
    }
    return span
  }

  /// The most tokens a dateline takes before its dash.
  static let datelineLength = 10

  /// The dash closing a dateline at the start of `sentence`: an all-capital
  /// word first, then only capitalised words, numbers, commas and a
  /// parenthesised agency before a dash ("—", "–" or "--").
  func datelineDash(in sentence: Range<Int>) -> Int? {
    guard !sentence.isEmpty, document.isAllCapitals(sentence.lowerBound) else { return nil }
    var k = sentence.lowerBound + 1
    while k < min(sentence.upperBound, sentence.lowerBound + Self.datelineLength) {
      if isWord(k, "—") || isWord(k, "–") || isWord(k, "--") { return k }
      guard document.startsWithASCIICapitalOrDigit(k) || isWord(k, ",") || isWord(k, "(") || isWord(k, ")") || isWord(k, ".") else { return nil }
      k += 1
    }
    return nil
  }
}
