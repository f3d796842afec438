/// A dateline ("CITY — Name said ...") read as the subject of the first
/// sentence of an article.
extension StatementExtractor {
  /// The subject after a dateline when `span` starts inside one: the
  /// parser often takes the capitalised place before the dash as the
  /// subject (`head`) and hangs the real one on it, or gives the cue a
  /// second subject. A dateline the extractor cut off as a sentence of its
  /// own (``Dateline``) lies before `sentence`: a subject there is found
  /// after it or not at all. Returns `span` (kept inside the sentence)
  /// when no nominal word after the dash hangs on `head` and no second
  /// subject follows the dash.
  func pastDateline(_ span: Range<Int>, head: Int, cue v: Int, tree: ParseTree, sentence: Range<Int>) -> Range<Int>? {
    let cutOff = head < sentence.lowerBound
    let kept = span.clamped(to: sentence)
    let dash: Int
    if cutOff {
      dash = sentence.lowerBound - 1
    } else if let found = datelineDash(in: sentence), head < found {
      dash = found
    } else {
      return kept.isEmpty ? nil : kept
    }
    guard dash + 1 < v else { return cutOff || kept.isEmpty ? nil : kept }
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
      if start < phrase.upperBound { return start..<phrase.upperBound }
      break
    }
    return cutOff || kept.isEmpty ? nil : kept
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
